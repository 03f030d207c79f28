/**
 * Test helper: routes Node's unhandled promise rejections to the latest run's process, as the
 * worker's `unhandledrejection` event does in the browser. Node, like the browser, reports a
 * rejection only if it is still unhandled once the turn's microtasks are done. Vitest's own
 * listeners (which would count the rejection as a test error) are set aside meanwhile.
 */
import { endLatestProcess } from '../process-life';

/** Starts routing rejections; returns the function that puts Vitest's listeners back. */
export function trapRejections(): () => void {
  const saved = process.listeners('unhandledRejection');
  process.removeAllListeners('unhandledRejection');
  const trap = (reason: unknown) => endLatestProcess('unhandled-rejection', reason);
  process.on('unhandledRejection', trap);
  return () => {
    process.off('unhandledRejection', trap);
    for (const listener of saved) process.on('unhandledRejection', listener);
  };
}
