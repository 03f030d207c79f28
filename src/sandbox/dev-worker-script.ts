/**
 * Dev server only: the dev server serves the harness as separate ES modules, which a classic
 * worker cannot load. This gathers them (fetched from the app's own origin) into one classic
 * script that, inside the worker, turns each module into a blob URL with its imports pointing at
 * the others' blobs, then imports the entry. Production builds bundle the harness instead.
 */

const STATIC_IMPORT =
  /^[ \t]*(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?(["'])([./][^"'\n]*)\1/gm;

/** Runs in the worker: links the modules through blob URLs and imports the entry. */
function linkModules(modules: Record<string, string>, entry: string): void {
  const pattern =
    /^([ \t]*(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?)(["'])([./][^"'\n]*)\2/gm;
  const blobs: Record<string, string> = {};
  const blobFor = (url: string): string => {
    if (!blobs[url]) {
      const code = (modules[url] ?? '').replace(
        pattern,
        (_all, head: string, quote: string, specifier: string) => {
          return head + quote + blobFor(new URL(specifier, url).href) + quote;
        },
      );
      blobs[url] = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    }
    return blobs[url];
  };
  // Messages that arrive before the modules are loaded wait, then go to the harness.
  const early: MessageEvent[] = [];
  const hold = (event: MessageEvent) => {
    early.push(event);
    event.stopImmediatePropagation();
  };
  self.addEventListener('message', hold);
  // Through Function, so that the dev server does not rewrite this import for the page.
  const importModule = new Function('url', 'return import(url)') as (
    url: string,
  ) => Promise<unknown>;
  importModule(blobFor(entry)).then(
    () => {
      self.removeEventListener('message', hold);
      for (const event of early)
        self.dispatchEvent(
          new MessageEvent('message', { data: event.data, ports: [...event.ports] }),
        );
    },
    (error: unknown) => {
      setTimeout(() => {
        throw error;
      });
    },
  );
}

/** The classic worker script for the dev server, from the URL of the harness entry module. */
export async function devWorkerScript(entryUrl: string): Promise<string> {
  const entry = new URL(entryUrl, location.href).href;
  const modules: Record<string, string> = {};
  const queue = [entry];
  for (let url = queue.pop(); url !== undefined; url = queue.pop()) {
    if (url in modules) continue;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Could not load ${url} (${response.status})`);
    const code = await response.text();
    modules[url] = code;
    for (const match of code.matchAll(STATIC_IMPORT))
      if (match[2]) queue.push(new URL(match[2], url).href);
  }
  return `(${linkModules.toString()})(${JSON.stringify(modules)}, ${JSON.stringify(entry)});`;
}
