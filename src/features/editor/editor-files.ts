// The URIs of the editor's models and extra libs, shared by the page and the TypeScript worker.

/** The function source's model: the one file the worker shadows and lints. */
export const FUNCTION_FILE = 'file:///function.js';
/** The payload JSON's model, matched by the JSON Schema. */
export const PAYLOAD_FILE = 'file:///payload.json';
/** Extra libs: generated payload typings, toolbelt modules and runtime globals. */
export const TYPINGS_FILES = {
  payload: 'file:///typings/payload.d.ts',
  toolbeltClients: 'file:///typings/toolbelt-clients.d.ts',
  toolbeltMoreClients: 'file:///typings/toolbelt-more-clients.d.ts',
  toolbeltModules: 'file:///typings/toolbelt-modules.d.ts',
  runtime: 'file:///typings/runtime.d.ts',
} as const;
/** The editor's lib: ECMAScript alone; each runtime's globals come with its extra lib (runtime-globals.ts). */
export const EDITOR_LIB = ['lib.es2024.d.ts'];
