/**
 * The debugger's session: the open recording and the current step, in a zustand store of its own,
 * with the views derived from them memoized so a step move only recomputes what depends on the step.
 */
import { useMemo } from 'react';
import { create } from 'zustand';
import type { Breakpoint } from '../../schema/workspace';
import { useStore } from '../../store/store';
import { breakpointView, type BreakpointView } from './breakpoint-hits';
import { firstLambdaStep } from './navigation';
import {
  buildRecording,
  type Recording,
  type RecordingInput,
  type TimelineEntry,
} from './recording';
import { callStackAt, inlineValuesAt, scopesAt, type InlineValue } from './values-at-step';

/** The session's state and actions. */
export interface DebugSession {
  recording: Recording | null;
  step: number;
  /** Builds the recording of a Debug run and opens it at the first step inside lambda. */
  openRecording: (input: RecordingInput) => void;
  /** Moves to step `step` (clamped to the recording). */
  moveTo: (step: number) => void;
  closeDebugger: () => void;
}

/** The debugger's session store. */
export const useDebugSession = create<DebugSession>()((set, get) => ({
  recording: null,
  step: 0,
  openRecording: (input) => {
    const recording = buildRecording(input);
    set({ recording, step: firstLambdaStep(recording) });
  },
  moveTo: (step) => {
    const { recording } = get();
    if (!recording) return;
    set({ step: Math.max(0, Math.min(Math.round(step), recording.count - 1)) });
  },
  closeDebugger: () => set({ recording: null, step: 0 }),
}));

/** The scopes at the current step (memoized per recording and step). */
export function useScopes() {
  const recording = useDebugSession((s) => s.recording);
  const step = useDebugSession((s) => s.step);
  return useMemo(() => (recording ? scopesAt(recording, step) : []), [recording, step]);
}

/** The call stack at the current step. */
export function useCallStack() {
  const recording = useDebugSession((s) => s.recording);
  const step = useDebugSession((s) => s.step);
  return useMemo(() => (recording ? callStackAt(recording, step) : []), [recording, step]);
}

let lastView: { recording: Recording; breakpoints: Breakpoint[]; view: BreakpointView } | null =
  null;

/** The breakpoints against a recording, kept for the latest pair (buttons, keys and lists share it). */
export function breakpointViewFor(recording: Recording, breakpoints: Breakpoint[]): BreakpointView {
  if (lastView?.recording !== recording || lastView.breakpoints !== breakpoints)
    lastView = { recording, breakpoints, view: breakpointView(recording, breakpoints) };
  return lastView.view;
}

/** The workspace's breakpoints against the open recording (recomputed when either changes). */
export function useBreakpointView(): BreakpointView | null {
  const recording = useDebugSession((s) => s.recording);
  const breakpoints = useStore((s) => s.breakpoints);
  return useMemo(
    () => (recording ? breakpointViewFor(recording, breakpoints) : null),
    [recording, breakpoints],
  );
}

/** The timeline: the run's messages and the logpoints' messages, by step. */
export function useTimeline(view: BreakpointView | null): TimelineEntry[] {
  const recording = useDebugSession((s) => s.recording);
  return useMemo(() => {
    if (!recording) return [];
    const logpoints = view?.logpoints ?? [];
    if (!logpoints.length) return recording.timeline;
    return [...recording.timeline, ...logpoints].sort((a, b) => a.step - b.step);
  }, [recording, view]);
}

/** What the editor shows while the debugger is open: the current line and the inline values; null when closed. */
export function useEditorDebugView(): { line: number | null; inline: InlineValue[] } | null {
  const recording = useDebugSession((s) => s.recording);
  const step = useDebugSession((s) => s.step);
  return useMemo(() => {
    if (!recording) return null;
    return {
      line: recording.count ? recording.lines[step]! : null,
      inline: inlineValuesAt(recording, step),
    };
  }, [recording, step]);
}

/** The step of the run's n-th log or of the request with id `ref`, in the open recording; null when none. */
export function stepOfEntry(kind: 'log' | 'request', ref: number): number | null {
  const { recording } = useDebugSession.getState();
  if (!recording) return null;
  return (kind === 'log' ? recording.logSteps : recording.requestSteps).get(ref) ?? null;
}
