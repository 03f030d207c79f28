// Types for the parts of monaco-editor 0.57 that ship without declarations: the TypeScript
// worker's entry (to extend its language service host) and the TypeScript copy it bundles.

declare module 'monaco-editor/language/typescript/ts.worker' {
  /** Monaco's TypeScript language service host, run in the worker; one instance per language. */
  export class TypeScriptWorker {
    constructor(ctx: unknown, createData: unknown);
    /** The text TypeScript sees for a file: a model's value, an extra lib or a lib file. */
    _getScriptText(fileName: string): string | undefined;
  }
  /** Starts the worker: `factory` builds the object whose methods the editor calls. */
  export function initialize(factory: (ctx: unknown, createData: unknown) => unknown): void;
}

declare module 'monaco-editor/languages/features/typescript/lib/typescriptServices' {
  /** The TypeScript compiler API bundled in Monaco's worker. */
  export const typescript: typeof import('typescript');
}
