import { lazy, Suspense, useEffect, useState } from 'react';
import { CodeEditor } from '../features/editor/code-editor-lazy';
import { insertAtCursor } from '../features/editor/editor-handle';
import { JsonPayloadEditor } from '../features/editor/json-payload-editor-lazy';
import { PayloadExplorer } from '../features/explorer/payload-explorer';
import { RunnerPanel } from '../features/runner/runner-panel';
import { runCurrent, stopCurrent, useRunState } from '../features/runner/run-state';
import { RunToolbar } from '../features/runner/run-toolbar';
import { ExamplesButton } from '../features/share/examples-gallery';
import { FileDropZone } from '../features/share/file-drop';
import { ImportExportButton } from '../features/share/import-export-dialog';
import { requestShare, ShareButton } from '../features/share/share-dialog';
import { WorkspacesButton } from '../features/workspaces/workspaces-dialog';
import { afterNextPaint } from '../lib/after-paint';
import { AppLayout } from './app-layout';
import { debugCurrent } from './debug-action';
import { DebuggerHost, useDebuggerHost } from './debugger-wiring';
import type { Area } from './focus-areas';
import { MainArea } from './main-area';
import { moveArea, useAppKeys } from './use-app-keys';
import { useDarkTheme } from './use-theme';

// The tests panel loads after the shell's first frame: its code is not needed for it.
const SuitesPanel = lazy(() =>
  afterNextPaint()
    .then(() => import('../features/suites/suites-panel'))
    .then((m) => ({ default: m.SuitesPanel })),
);

/** The suites panel (loaded lazily), given the runner's last outcome for new cases. */
function Tests() {
  const outcome = useRunState((s) => s.outcome);
  return (
    <Suspense
      fallback={
        <section aria-label="Tests" aria-busy="true" className="p-2 text-xs">
          Loading the tests…
        </section>
      }
    >
      <SuitesPanel lastOutcome={outcome} />
    </Suspense>
  );
}

/** The debugger once a Debug has asked for it (its code loads then). */
function Debugger() {
  const wanted = useDebuggerHost((s) => s.wanted);
  return wanted ? (
    <Suspense fallback={null}>
      <DebuggerHost />
    </Suspense>
  ) : null;
}

/** The result panel, with links to the debugger's steps while it is loaded. */
function Result() {
  const stepLinks = useDebuggerHost((s) => s.stepLinks);
  return <RunnerPanel stepLinks={stepLinks ?? undefined} />;
}

/** The area a small screen shows: the result's when a run starts from the code or the payload. */
function usePane(): [Area, (pane: Area) => void] {
  const [pane, setPane] = useState<Area>('code');
  const running = useRunState((s) => s.running);
  useEffect(() => {
    if (running) setPane((p) => (p === 'code' || p === 'explorer' ? 'result' : p));
  }, [running]);
  return [pane, setPane];
}

/** The application shell: the features, arranged and wired together. */
export function App() {
  useDarkTheme();
  useAppKeys();
  const [pane, setPane] = usePane();
  useEffect(() => void performance.mark('shell-rendered'), []);
  return (
    <AppLayout
      pane={pane}
      onPaneChange={setPane}
      headerActions={
        <>
          <WorkspacesButton />
          <ExamplesButton />
          <ImportExportButton />
          <ShareButton />
          <FileDropZone />
        </>
      }
      sidebar={
        <PayloadExplorer
          onInsertPath={(expression) => void insertAtCursor(expression)}
          renderRawEditor={(props) => <JsonPayloadEditor {...props} onMoveArea={moveArea} />}
        />
      }
      main={
        <MainArea
          pane={pane}
          toolbar={<RunToolbar onDebug={() => void debugCurrent()} />}
          code={
            <CodeEditor
              onRun={() => void runCurrent()}
              onDebug={() => void debugCurrent()}
              onStop={stopCurrent}
              onShare={requestShare}
              onMoveArea={moveArea}
            />
          }
          debug={<Debugger />}
          result={<Result />}
          tests={<Tests />}
        />
      }
    />
  );
}
