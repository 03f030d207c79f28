/**
 * Debug: the open workspace's code, instrumented in the app (sandbox/recorder), runs in the
 * sandbox as a plain Run would, recording each step; the debugger then opens on the recording.
 * The transform and the debugger load on first use, so acorn and magic-string stay out of the
 * first load.
 */
import { runCurrent } from '../features/runner/run-state';
import { toCommonJs } from '../lib/module-syntax';
import { TRACE_LIMITS } from '../sandbox/recorder/trace-limits';
import { useStore } from '../store/store';
import { loadDebugger, useDebuggerHost } from './debugger-wiring';

let going = 0;

/** Whether a Debug run is going on (a plain Run closes the debugger; a Debug run does not). */
export const isDebugRunGoing = () => going > 0;

/** Loads the transform (on the first Debug). */
const loadTransform = () => import('../sandbox/recorder/instrument');

/** Instruments and runs the open workspace's function, then opens the debugger on its recording. */
export async function debugCurrent(): Promise<void> {
  useDebuggerHost.setState({ wanted: true });
  const [{ instrument }, { useDebugSession }] = await Promise.all([
    loadTransform(),
    import('../features/debugger/debug-session'),
    loadDebugger(),
  ]);
  const instrumented = instrument(toCommonJs(useStore.getState().code));
  if (!instrumented.ok) {
    // Code that does not parse runs plainly: the run reports its syntax error as Run does.
    await runCurrent();
    return;
  }
  const { map } = instrumented;
  useDebugSession.getState().closeDebugger();
  going++;
  try {
    const outcome = await runCurrent({
      trace: {
        request: { code: instrumented.code, limits: TRACE_LIMITS },
        bounds: {
          points: map.points.length,
          sites: map.sites.length,
          functions: map.functions.length,
        },
        userColumn: instrumented.userColumn,
      },
    });
    if (outcome?.trace)
      useDebugSession
        .getState()
        .openRecording({ map, trace: outcome.trace, outcome, limits: TRACE_LIMITS });
  } finally {
    going--;
  }
}
