/**
 * Builds the libraries function code may require into one CommonJS script each, bundled with
 * Rolldown for the browser: Node's built-ins they use stay `require(...)` calls, which the sandbox
 * answers with its own modules (so every library shares one `Buffer`, one `crypto`). The Vite plugin
 * serves them on the dev server and emits them as assets of the build; tests bundle them the same way.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';
import type { LibraryName } from '../protocol';

/** Libraries built by this module (acorn ships a browser build of its own). */
export type BundledLibrary = Exclude<LibraryName, 'acorn'>;

const own = (file: string) => fileURLToPath(new URL(`./${file}`, import.meta.url));

/** The entry of each library: a package, or a file of src/sandbox/libraries. */
const ENTRIES: Record<BundledLibrary, string> = {
  lodash: 'lodash',
  luxon: 'luxon',
  'luxon-v1': 'luxon-v1',
  jsonwebtoken: 'jsonwebtoken',
  'oauth-1.0a': 'oauth-1.0a',
  'es-toolkit': 'es-toolkit',
  crypto: own('crypto.js'),
  stream: 'stream-browserify',
  util: 'util/',
  events: 'events/',
  string_decoder: own('string-decoder.js'),
  querystring: 'querystring-es3',
  url: own('url.js'),
};

/** Node built-ins a bundle leaves to the sandbox's `require`. */
const NODE_MODULES = new Set([
  'buffer',
  'crypto',
  'stream',
  'util',
  'events',
  'string_decoder',
  'querystring',
  'url',
]);

const bundled = Object.keys(ENTRIES) as BundledLibrary[];
const cache = new Map<BundledLibrary, Promise<string>>();

/** The CommonJS source of a library, bundled for the browser and minified (cached). */
export function bundleLibrary(name: BundledLibrary): Promise<string> {
  let source = cache.get(name);
  if (!source) {
    source = (async () => {
      const build = await rolldown({
        input: ENTRIES[name],
        platform: 'browser',
        external: (id) => NODE_MODULES.has(id.replace(/^node:/, '')),
        logLevel: 'silent',
      });
      try {
        const { output } = await build.generate({ format: 'cjs', minify: true, exports: 'auto' });
        return output[0].code;
      } finally {
        await build.close();
      }
    })();
    cache.set(name, source);
  }
  return source;
}

const VIRTUAL = 'virtual:library-urls';
const DEV_PREFIX = '/@library/';

/** Serves `virtual:library-urls` (each library's URL) and the bundles, on the dev server and in the build. */
export function libraryBundles(): Plugin {
  let command: 'build' | 'serve' = 'serve';
  let base = '/';
  return {
    name: 'library-bundles',
    configResolved(config) {
      command = config.command;
      base = config.base;
    },
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null),
    async load(id) {
      if (id !== `\0${VIRTUAL}`) return null;
      const urls: Record<string, string> = {};
      for (const name of bundled) {
        if (command === 'serve') {
          urls[name] = `${DEV_PREFIX}${name}.js`;
          continue;
        }
        const source = await bundleLibrary(name);
        const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
        const fileName = `assets/lib-${name}-${hash}.js`;
        this.emitFile({ type: 'asset', fileName, source });
        urls[name] = `${base}${fileName}`;
      }
      return `export default ${JSON.stringify(urls)};`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_PREFIX, (req, res, next) => {
        const name = /^\/([\w.-]+)\.js$/.exec(req.url ?? '')?.[1] as BundledLibrary | undefined;
        if (!name || !bundled.includes(name)) return next();
        bundleLibrary(name).then(
          (source) => {
            res.setHeader('Content-Type', 'text/javascript');
            res.end(source);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}
