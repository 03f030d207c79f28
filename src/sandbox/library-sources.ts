/** Source texts of the libraries function code may require, loaded on demand and handed to the worker. */
import type { LibraryName } from './protocol';

const loaders: Record<LibraryName, () => Promise<{ default: string }>> = {
  lodash: () => import('/node_modules/lodash/lodash.min.js?raw'),
  luxon: () => import('/node_modules/luxon/build/cjs-browser/luxon.js?raw'),
  acorn: () => import('/node_modules/acorn/dist/acorn.js?raw'),
};
const cache = new Map<LibraryName, Promise<string>>();

/** The CommonJS/UMD source of a library, without its source map comment. */
export function librarySource(name: LibraryName): Promise<string> {
  let source = cache.get(name);
  if (!source) {
    source = loaders[name]().then((module) =>
      module.default.replace(/\/\/# sourceMappingURL=\S+\s*$/, ''),
    );
    cache.set(name, source);
  }
  return source;
}
