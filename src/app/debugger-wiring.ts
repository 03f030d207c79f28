/**
 * What the shell knows of the debugger before its code has loaded: whether it is wanted (the
 * first Debug loads it, so its code and acorn stay out of the first load) and the step links it
 * gives the result panel once loaded.
 */
import { lazy } from 'react';
import { create } from 'zustand';
import type { StepLinks } from '../features/runner/step-link';

/** Whether the debugger has been asked for, and its step links once it has loaded. */
export const useDebuggerHost = create<{ wanted: boolean; stepLinks: StepLinks | null }>(() => ({
  wanted: false,
  stepLinks: null,
}));

/** The debugger's code (panel, keys, the editor's debug view), loaded on the first Debug. */
export const loadDebugger = () => import('./debugger-host');

/** The debugger, lazily. */
export const DebuggerHost = lazy(loadDebugger);
