// The editor's TypeScript worker, started before Monaco has loaded: its large script then downloads
// and compiles on its own thread while the page evaluates Monaco, instead of after. It waits for
// Monaco's first message to start its language service.
import FunctionTsWorker from './function-ts-worker?worker';

let early: Worker | null = null;

/** Starts the TypeScript worker now (once), for the editor to take when it asks for one. */
export function startTsWorker(): void {
  early ??= new FunctionTsWorker();
}

/** The worker started early if it is still unused, else a new one. */
export function takeTsWorker(): Worker {
  const worker = early ?? new FunctionTsWorker();
  early = null;
  return worker;
}
