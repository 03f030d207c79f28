/**
 * The debugger wired into the rest of the page: the editor shows its current line and inline
 * values, the result panel's console and request log link to their steps, and a plain Run closes
 * a recording that no longer matches the result shown.
 */
import { useEffect } from 'react';
import { showDebugView } from '../features/editor/editor-handle';
import {
  stepOfEntry,
  useDebugSession,
  useEditorDebugView,
} from '../features/debugger/debug-session';
import { useRunState } from '../features/runner/run-state';
import { isDebugRunGoing } from './debug-action';

/** The result panel's links from console entries and requests to their steps. */
export const STEP_LINKS = {
  log: (index: number) => stepOfEntry('log', index),
  request: (id: number) => stepOfEntry('request', id),
  go: (step: number) => useDebugSession.getState().moveTo(step),
};

/** Keeps the editor's debug view (current line, inline values) in step with the session. */
export function useEditorDebugSync(): void {
  const view = useEditorDebugView();
  useEffect(() => showDebugView(view), [view]);
}

// A plain Run replaces the result the recording belongs to: the debugger closes.
useRunState.subscribe((state, previous) => {
  if (state.running && !previous.running && !isDebugRunGoing())
    useDebugSession.getState().closeDebugger();
});
