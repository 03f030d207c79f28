// Monaco, configured once: the editor API with its contributions, JavaScript (with Monaco's
// TypeScript service) and JSON only, workers bundled by Vite, typings, schema and themes. Nothing
// is fetched from another origin: no CDN, no schema requests.
import * as monaco from 'monaco-editor/editor/editor.api';
import './monaco-features';
import 'monaco-editor/languages/definitions/javascript/register';
import {
  javascriptDefaults,
  ModuleKind,
  ModuleResolutionKind,
  ScriptTarget,
} from 'monaco-editor/languages/features/typescript/register';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import { payloadJsonSchema } from '../../schema/payload-json-schema';
import { payloadTypings } from '../../schema/payload-typings';
import type { EventId } from '../../schema/events';
import type { Runtime } from '../../schema/workspace';
import { EDITOR_LIB, PAYLOAD_FILE, TYPINGS_FILES } from './editor-files';
import FunctionTsWorker from './function-ts-worker?worker';
import { runtimeGlobals } from './runtime-globals';
import toolbeltClients from './toolbelt-clients.d.ts?raw';
import toolbeltModules from './toolbelt-modules.d.ts?raw';
import toolbeltMoreClients from './toolbelt-more-clients.d.ts?raw';

// Monaco starts the TypeScript worker (about 7 MB: the compiler) once the editor is drawn. Started
// earlier, its compile shares the two cores of a small machine with Monaco's own start: measured on
// one, the editor was drawn 20% later for checks 8% sooner.
globalThis.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => {
    if (label === 'javascript' || label === 'typescript') return new FunctionTsWorker();
    if (label === 'json') return new JsonWorker();
    return new EditorWorker();
  },
};

/** TypeScript diagnostics the platform lints report better, or that do not apply. */
const IGNORED_DIAGNOSTICS = [
  2307, // Cannot find module 'x': the unknown-module lint names what the platform offers.
  80001, // "File is a CommonJS module; it may be converted to an ES module."
];

javascriptDefaults.setCompilerOptions({
  allowJs: true,
  checkJs: true,
  strict: false,
  allowNonTsExtensions: true,
  noEmit: true,
  target: ScriptTarget.ES2020,
  lib: EDITOR_LIB,
  module: ModuleKind.CommonJS,
  moduleResolution: ModuleResolutionKind.NodeJs,
});
javascriptDefaults.setDiagnosticsOptions({
  noSemanticValidation: false,
  noSyntaxValidation: false,
  noSuggestionDiagnostics: false,
  diagnosticCodesToIgnore: IGNORED_DIAGNOSTICS,
});
javascriptDefaults.setEagerModelSync(true);

jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  enableSchemaRequest: false,
  schemas: [
    {
      uri: 'inmemory://schemas/payload.json',
      fileMatch: [PAYLOAD_FILE],
      schema: payloadJsonSchema(),
    },
  ],
});

let typingsFor = '';

/**
 * Gives TypeScript the typings of an event's `input`, the toolbelts and a runtime's globals. A new
 * runtime or event swaps the extra libs: the worker re-checks without restarting.
 */
export function setTypings(event: EventId, runtime: Runtime): void {
  if (typingsFor === `${event}:${runtime}`) return;
  typingsFor = `${event}:${runtime}`;
  javascriptDefaults.setExtraLibs([
    { filePath: TYPINGS_FILES.payload, content: payloadTypings(event) },
    { filePath: TYPINGS_FILES.toolbeltClients, content: toolbeltClients },
    { filePath: TYPINGS_FILES.toolbeltMoreClients, content: toolbeltMoreClients },
    { filePath: TYPINGS_FILES.toolbeltModules, content: toolbeltModules },
    { filePath: TYPINGS_FILES.runtime, content: runtimeGlobals(runtime) },
  ]);
}

monaco.editor.defineTheme('playground-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#ffffff' },
});
monaco.editor.defineTheme('playground-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#0f172a' },
});

/**
 * Creates an editor. Monaco reads messages to screen readers through hidden live regions with role
 * `alert`; the app keeps that role for its error banners (tests and assistive tools list alerts),
 * so those regions become assertive live regions without the role, which are read out the same.
 */
export function createEditor(
  host: HTMLElement,
  options: monaco.editor.IStandaloneEditorConstructionOptions,
): monaco.editor.IStandaloneCodeEditor {
  const editor = monaco.editor.create(host, options);
  for (const region of document.querySelectorAll('.monaco-aria-container [role="alert"]')) {
    region.removeAttribute('role');
    region.setAttribute('aria-live', 'assertive');
  }
  return editor;
}

/** The Monaco theme for the app's resolved light or dark look. */
export const themeFor = (dark: boolean) => (dark ? 'playground-dark' : 'playground-light');

export { monaco };
