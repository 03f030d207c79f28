/**
 * The source text of the worker script (the bundled harness), fetched once from the app's own
 * origin and handed to each sandbox frame, which starts it from a blob. The dev server has no
 * bundle: there the script links the harness modules itself (dev-worker-script.ts).
 */
import harnessUrl from './worker/entry?worker&url';

let script: Promise<string> | null = null;

/** The harness script as text, for a classic worker. */
export function workerScript(): Promise<string> {
  script ??= import.meta.env.DEV
    ? import('./dev-worker-script').then(({ devWorkerScript }) => devWorkerScript(harnessUrl))
    : fetch(harnessUrl).then((response) => {
        if (!response.ok) throw new Error(`Could not load the sandbox worker (${response.status})`);
        return response.text();
      });
  return script;
}
