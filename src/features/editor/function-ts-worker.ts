// The editor's TypeScript worker: Monaco's own, with the function file seen through its shadow
// (see shadow-source.ts) and a `getPlatformLints` method. Built by Vite as a module worker.
import { initialize, TypeScriptWorker } from 'monaco-editor/language/typescript/ts.worker';
import { typescript as ts } from 'monaco-editor/languages/features/typescript/lib/typescriptServices';
import type { Runtime } from '../../schema/workspace';
import { FUNCTION_FILE } from './editor-files';
import { platformLints, type PlatformLint } from './platform-lints';
import {
  mapFromShadow,
  shadowSource,
  toShadow,
  touchesComment,
  type Shadow,
} from './shadow-source';

type Method = (this: FunctionTsWorker, fileName: string, ...args: unknown[]) => Promise<unknown>;

/** Worker methods the editor calls with a file, and which of their arguments are offsets. */
const OFFSET_ARGUMENTS: Record<string, readonly number[]> = {
  getSyntacticDiagnostics: [],
  getSemanticDiagnostics: [],
  getSuggestionDiagnostics: [],
  getNavigationTree: [],
  getFormattingEditsForDocument: [],
  getCompletionsAtPosition: [0],
  getCompletionEntryDetails: [0],
  getSignatureHelpItems: [0],
  getQuickInfoAtPosition: [0],
  getDocumentHighlights: [0],
  getDefinitionAtPosition: [0],
  getReferencesAtPosition: [0],
  findRenameLocations: [0],
  getRenameInfo: [0],
  getFormattingEditsAfterKeystroke: [0],
  getFormattingEditsForRange: [0, 1],
  getCodeFixesAtPosition: [0, 1],
  provideInlayHints: [0, 1],
};

/** The `{ start, length }` of a diagnostic or the `span` of a text edit. */
function spanOf(item: unknown): { start: number; length: number } | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const { start, length, span } = item as {
    start?: unknown;
    length?: unknown;
    span?: { start: number; length: number };
  };
  if (typeof start === 'number') return { start, length: typeof length === 'number' ? length : 0 };
  return span;
}

/** Drops diagnostics and text edits that fall on the inserted comment (they are not the user's). */
function withoutComment(result: unknown, shadow: Shadow): unknown {
  if (!Array.isArray(result)) return result;
  return result.filter((item) => {
    const span = spanOf(item);
    return !span || !touchesComment(shadow, span.start, span.length);
  });
}

/** "'lambda' is declared but its value is never read": the platform reads it. */
const isUnusedLambda = (item: unknown, source: string) => {
  const d = item as { code?: number; start?: number; length?: number };
  return d.code === 6133 && source.slice(d.start, (d.start ?? 0) + (d.length ?? 0)) === 'lambda';
};

class FunctionTsWorker extends TypeScriptWorker {
  private last: { source: string; shadow: Shadow } | undefined;

  /** The function file's current text and its shadow. */
  shadowOf(): { source: string; shadow: Shadow } {
    const source = super._getScriptText(FUNCTION_FILE) ?? '';
    if (this.last?.source !== source) this.last = { source, shadow: shadowSource(ts, source) };
    return this.last;
  }

  override _getScriptText(fileName: string): string | undefined {
    return fileName === FUNCTION_FILE
      ? this.shadowOf().shadow.text
      : super._getScriptText(fileName);
  }

  /** A runtime's rules checked on a file's text (the visible text, not the shadow). */
  async getPlatformLints(fileName: string, runtime: Runtime): Promise<PlatformLint[]> {
    return platformLints(ts, super._getScriptText(fileName) ?? '', runtime);
  }
}

const base = TypeScriptWorker.prototype as unknown as Record<string, Method>;
const shadowed = FunctionTsWorker.prototype as unknown as Record<string, Method>;
for (const [name, offsets] of Object.entries(OFFSET_ARGUMENTS)) {
  const original = base[name];
  if (!original) throw new Error(`Monaco's TypeScript worker has no ${name}`);
  shadowed[name] = async function (this: FunctionTsWorker, fileName, ...args) {
    if (fileName !== FUNCTION_FILE) return original.call(this, fileName, ...args);
    const { source, shadow } = this.shadowOf();
    const moved = args.map((arg, i) =>
      offsets.includes(i) && typeof arg === 'number' ? toShadow(shadow, arg) : arg,
    );
    const result = withoutComment(await original.call(this, fileName, ...moved), shadow);
    const mapped = mapFromShadow(result, shadow, FUNCTION_FILE);
    return name === 'getSuggestionDiagnostics' && Array.isArray(mapped)
      ? mapped.filter((d) => !isUnusedLambda(d, source))
      : mapped;
  };
}

self.onmessage = () => {
  initialize((ctx, createData) => new FunctionTsWorker(ctx, createData));
};
