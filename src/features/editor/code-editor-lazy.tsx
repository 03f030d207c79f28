import { lazy, Suspense } from 'react';
import { afterNextPaint } from '../../lib/after-paint';
import { REQUESTED_MARK } from '../../lib/start-up-marks';
import { Button } from '../../ui/button';
import type { CodeEditorProps } from './code-editor';
import { formatDocument, useEditorLoaded } from './editor-handle';
import { TemplateMenu } from './template-menu';

// The shell renders this file; Monaco and its workers load in a separate chunk once the shell's
// first frame is painted: requested during the shell's render, their download, compilation and
// style sheets slowed the shell (11 alternated cold loads: usable at 544 vs 340 ms), for an
// editor ready no sooner.

const MonacoCodeEditor = lazy(async () => {
  await afterNextPaint();
  performance.mark(REQUESTED_MARK);
  return import('./code-editor').then((m) => ({ default: m.CodeEditor }));
});

/** What shows while Monaco loads. */
function LoadingEditor() {
  return (
    <div aria-busy="true" className="flex h-full items-center justify-center">
      <p className="rounded bg-slate-200 px-3 py-1 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-300">
        Loading the code editor…
      </p>
    </div>
  );
}

/** The function's code editor (Monaco, loaded lazily) with "New from template" and Format. */
export function CodeEditor(props: CodeEditorProps) {
  const loaded = useEditorLoaded();
  return (
    <section aria-label="Code editor" className="flex h-full min-h-0 flex-1 flex-col">
      <div className="flex items-center gap-2 border-b border-slate-200 px-2 py-1 dark:border-slate-800">
        <TemplateMenu />
        <Button onClick={() => formatDocument()} disabled={!loaded} title="Shift+Alt+F">
          Format
        </Button>
      </div>
      <div className="min-h-0 flex-1">
        <Suspense fallback={<LoadingEditor />}>
          <MonacoCodeEditor {...props} />
        </Suspense>
      </div>
    </section>
  );
}
