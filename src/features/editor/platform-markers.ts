import { getJavaScriptWorker } from 'monaco-editor/languages/features/typescript/register';
import { monaco } from './monaco-setup';
import type { PlatformLint } from './platform-lints';

/** Owner of the platform-check markers (TypeScript's own are `javascript`). */
export const PLATFORM_MARKER_OWNER = 'platform';

/** The extra method the editor's TypeScript worker has (function-ts-worker.ts). */
interface LintingWorker {
  getPlatformLints(fileName: string): Promise<PlatformLint[]>;
}

/**
 * The worker for a model. Monaco starts the JavaScript mode when it first meets the language, a
 * moment after the model exists; until then it answers "JavaScript not registered!", so wait.
 */
async function lintingWorker(uri: monaco.Uri): Promise<LintingWorker> {
  for (let attempt = 1; ; attempt++) {
    try {
      const workerFor = await getJavaScriptWorker();
      return (await workerFor(uri)) as unknown as LintingWorker;
    } catch (error) {
      if (attempt >= 400) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

function toMarker(model: monaco.editor.ITextModel, lint: PlatformLint): monaco.editor.IMarkerData {
  const start = model.getPositionAt(lint.start);
  const end = model.getPositionAt(lint.end);
  return {
    severity: monaco.MarkerSeverity.Warning,
    message: lint.message,
    code: lint.code,
    source: 'LivePerson Functions',
    startLineNumber: start.lineNumber,
    startColumn: start.column,
    endLineNumber: end.lineNumber,
    endColumn: end.column,
  };
}

/**
 * Keeps a model's platform-check warnings up to date (checked in the TypeScript worker, a moment
 * after each change); `onChecked` runs after every completed check.
 */
export function watchPlatformLints(
  model: monaco.editor.ITextModel,
  onChecked: () => void,
): monaco.IDisposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  const check = async () => {
    const version = model.getVersionId();
    const worker = await lintingWorker(model.uri);
    const lints = await worker.getPlatformLints(model.uri.toString());
    if (disposed || model.isDisposed() || model.getVersionId() !== version) return;
    monaco.editor.setModelMarkers(
      model,
      PLATFORM_MARKER_OWNER,
      lints.map((l) => toMarker(model, l)),
    );
    onChecked();
  };
  const run = () =>
    void check().catch((error: unknown) => console.warn('Platform checks failed', error));
  run();
  const changes = model.onDidChangeContent(() => {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  return {
    dispose() {
      disposed = true;
      clearTimeout(timer);
      changes.dispose();
    },
  };
}
