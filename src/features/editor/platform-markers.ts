import { getJavaScriptWorker } from 'monaco-editor/languages/features/typescript/register';
import type { Runtime } from '../../schema/workspace';
import { monaco } from './monaco-setup';
import type { PlatformLint } from './platform-lints';
import { switchRuntime } from './runtime-switch';

/** Owner of the platform-check markers (TypeScript's own are `javascript`). */
export const PLATFORM_MARKER_OWNER = 'platform';
const SOURCE = 'LivePerson Functions';
const SWITCH_COMMAND = 'playground.switchRuntime';

/** The extra method the editor's TypeScript worker has (function-ts-worker.ts). */
interface LintingWorker {
  getPlatformLints(fileName: string, runtime: Runtime): Promise<PlatformLint[]>;
}

/** The last findings per model, for their quick fixes. */
const shown = new WeakMap<monaco.editor.ITextModel, PlatformLint[]>();

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

function rangeOf(model: monaco.editor.ITextModel, lint: PlatformLint): monaco.IRange {
  const start = model.getPositionAt(lint.start);
  const end = model.getPositionAt(lint.end);
  return {
    startLineNumber: start.lineNumber,
    startColumn: start.column,
    endLineNumber: end.lineNumber,
    endColumn: end.column,
  };
}

function toMarker(model: monaco.editor.ITextModel, lint: PlatformLint): monaco.editor.IMarkerData {
  const severity =
    lint.severity === 'info' ? monaco.MarkerSeverity.Info : monaco.MarkerSeverity.Warning;
  return {
    severity,
    message: lint.message,
    code: lint.code,
    source: SOURCE,
    ...rangeOf(model, lint),
  };
}

let fixesRegistered = false;

/** Offers each finding's fixes (switch the runtime, rename a module, rewrite as import) as quick fixes. */
function registerQuickFixes(): void {
  if (fixesRegistered) return;
  fixesRegistered = true;
  monaco.editor.registerCommand(SWITCH_COMMAND, (_accessor, runtime: Runtime) =>
    switchRuntime(runtime),
  );
  monaco.languages.registerCodeActionProvider('javascript', {
    provideCodeActions(model, _range, context) {
      const actions: monaco.languages.CodeAction[] = [];
      for (const marker of context.markers.filter((m) => m.source === SOURCE)) {
        const lint = shown
          .get(model)
          ?.find(
            (l) => l.code === marker.code && monaco.Range.equalsRange(rangeOf(model, l), marker),
          );
        for (const fix of lint?.fixes ?? []) {
          const base = { title: fix.title, kind: 'quickfix', diagnostics: [marker] };
          actions.push(
            'runtime' in fix
              ? {
                  ...base,
                  command: { id: SWITCH_COMMAND, title: fix.title, arguments: [fix.runtime] },
                }
              : {
                  ...base,
                  edit: {
                    edits: [
                      {
                        resource: model.uri,
                        versionId: model.getVersionId(),
                        textEdit: { range: rangeOf(model, lint!), text: fix.text },
                      },
                    ],
                  },
                },
          );
        }
      }
      return { actions, dispose() {} };
    },
  });
}

/** What watches a model: stop, or check again now (the runtime changed). */
export interface LintWatch extends monaco.IDisposable {
  recheck(): void;
}

/**
 * Keeps a model's platform-check warnings up to date for the runtime `runtime()` names (checked
 * in the TypeScript worker, a moment after each change); `onChecked` runs after every completed check.
 */
export function watchPlatformLints(
  model: monaco.editor.ITextModel,
  runtime: () => Runtime,
  onChecked: () => void,
): LintWatch {
  registerQuickFixes();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  const check = async () => {
    const version = model.getVersionId();
    const chosen = runtime();
    const worker = await lintingWorker(model.uri);
    const lints = await worker.getPlatformLints(model.uri.toString(), chosen);
    const stale = model.getVersionId() !== version || runtime() !== chosen;
    if (disposed || model.isDisposed() || stale) return;
    shown.set(model, lints);
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
    recheck() {
      clearTimeout(timer);
      run();
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
      changes.dispose();
    },
  };
}
