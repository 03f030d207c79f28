/**
 * The runner's own state (is a run going on, what arrived so far, the last outcome) and the
 * module-level actions the app wires to buttons and shortcuts. Code runs only when these are
 * called: nothing here runs on load, so code from a link waits for the user's Run.
 */
import { create } from 'zustand';
import { createSandbox, type RunHooks, type Sandbox } from '../../sandbox/client';
import type { RunOutcome, RunRequest } from '../../sandbox/protocol';
import type { RunProgress } from '../../sandbox/run-collector';
import { runRequestOf } from '../../schema/workspace';
import { useStore } from '../../store/store';
import { applyRunEffects, type RunEffect } from './run-effects';
import { takeSnapshot, withSecretUpdates, type RunSnapshot } from './stale-result';

/** State of the runner. */
export interface RunState {
  running: boolean;
  /** `performance.now()` when the current run started. */
  startedAt: number | null;
  /** What the current run has streamed so far. */
  progress: RunProgress | null;
  /** The outcome of the last finished run. */
  outcome: RunOutcome | null;
  /** What the last finished run wrote back to its workspace (or could not). */
  effects: RunEffect[];
  /** What the last finished run ran with, to tell when its outcome is out of date. */
  ranWith: RunSnapshot | null;
  /** Why the last Run was refused (nothing ran), until the next run. */
  refused: string | null;
}

/** The runner's state, read through selectors. */
export const useRunState = create<RunState>()(() => ({
  running: false,
  startedAt: null,
  progress: null,
  outcome: null,
  effects: [],
  ranWith: null,
  refused: null,
}));

let sandbox: Sandbox | null = null;
let lastRun = 0;

const getSandbox = () => (sandbox ??= createSandbox());

/** Boots the sandbox's spare instance now, so that the first run does not wait for it. */
export function warmUpSandbox(): void {
  getSandbox().warmUp();
}

/** The run request for the open workspace. */
export function currentRequest(): RunRequest {
  return runRequestOf(useStore.getState());
}

// A warm instance belongs to one workspace: switching drops it, with its module state and timers.
useStore.subscribe((state, previous) => {
  if (state.currentWorkspaceId !== previous.currentWorkspaceId) sandbox?.dropWarm();
});

/** What a Debug run adds to a run: the instrumented code with the recording's limits, the bounds its batches are checked against, and its column map. */
export type TraceHook = NonNullable<RunHooks['trace']>;

/** Options of a run: `trace` makes it a Debug run (its outcome then carries the recording). */
export interface RunOptions {
  trace?: TraceHook;
}

/**
 * Runs the open workspace's function (stopping a run in progress) and resolves its outcome.
 * Refuses (resolving null, nothing run) while the payload's JSON text does not parse.
 */
export async function runCurrent(options: RunOptions = {}): Promise<RunOutcome | null> {
  const draftError = useStore.getState().payloadDraftError;
  if (draftError) {
    useRunState.setState({
      refused: `Not run: the payload's JSON does not parse (${draftError}). Fix it, or revert to the last valid payload.`,
    });
    return null;
  }
  const run = ++lastRun;
  const snapshot = takeSnapshot(useStore.getState());
  const { currentWorkspaceId: workspaceId, savedWorkspaces } = useStore.getState();
  const workspaceName = savedWorkspaces.find((w) => w.id === workspaceId)?.name ?? '(unnamed)';
  const hooks: RunHooks & RunOptions = {
    workspaceId,
    onProgress: (progress) => {
      if (run === lastRun) useRunState.setState({ progress });
    },
    ...(options.trace && { trace: options.trace }),
  };
  const pending = getSandbox().run(currentRequest(), hooks);
  // The request is posted by now when an instance was ready: show Running.
  useRunState.setState({
    running: true,
    startedAt: performance.now(),
    progress: null,
    refused: null,
  });
  const outcome = await pending;
  // The outcome arrived in the task that received and checked its message: draw it in the next one.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const effects = applyRunEffects(
    outcome,
    workspaceId,
    workspaceName,
    useStore.getState().applySecretUpdate,
  );
  if (run === lastRun) {
    const ranWith = withSecretUpdates(
      snapshot,
      outcome.status === 'succeeded' || outcome.status === 'failed' ? outcome.secretUpdates : [],
    );
    useRunState.setState({
      running: false,
      startedAt: null,
      progress: null,
      outcome,
      effects,
      ranWith,
    });
  }
  return outcome;
}

/** Stops the run in progress, if any. */
export function stopCurrent(): void {
  sandbox?.stop();
}
