/**
 * Source texts of the libraries function code may require, fetched from the app's own origin
 * only when a function needs them, and handed to the worker. The bundles (tools/library-bundles.ts)
 * are assets of the build, served by the dev server, and never part of the app's own scripts.
 */
import acornUrl from '/node_modules/acorn/dist/acorn.js?url';
import bundleUrls from 'virtual:library-urls';
import type { LibraryName } from './protocol';

const URLS: Record<LibraryName, string> = { ...bundleUrls, acorn: acornUrl };
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
