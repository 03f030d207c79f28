/** The URL of each bundled library, from the library-bundles Vite plugin (tools/library-bundles.ts). */
declare module 'virtual:library-urls' {
  const urls: Record<Exclude<import('./protocol').LibraryName, 'acorn'>, string>;
  export default urls;
}
