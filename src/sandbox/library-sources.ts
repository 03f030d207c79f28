/**
 * Source texts of the libraries function code may require, fetched from the app's own origin
 * only when a function needs them, and handed to the worker.
 */
import acornUrl from '/node_modules/acorn/dist/acorn.js?url';
import lodashUrl from '/node_modules/lodash/lodash.min.js?url';
import luxonUrl from '/node_modules/luxon/build/cjs-browser/luxon.js?url';
import type { LibraryName } from './protocol';

const URLS: Record<LibraryName, string> = { lodash: lodashUrl, luxon: luxonUrl, acorn: acornUrl };
const cache = new Map<LibraryName, Promise<string>>();

/** The CommonJS/UMD source of a library, without its source map comment. */
export function librarySource(name: LibraryName): Promise<string> {
  let source = cache.get(name);
  if (!source) {
    source = fetch(URLS[name])
      .then((response) => {
        if (!response.ok) throw new Error(`${name} could not be loaded (${response.status})`);
        return response.text();
      })
      .then((text) => text.replace(/\/\/# sourceMappingURL=\S+\s*$/, ''));
    source.catch(() => cache.delete(name));
    cache.set(name, source);
  }
  return source;
}
