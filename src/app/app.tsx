import { useEffect } from 'react';
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
import { SuitesPanel } from '../features/suites/suites-panel';
import { WorkspacesButton } from '../features/workspaces/workspaces-dialog';
import { AppLayout } from './app-layout';
import { MainArea } from './main-area';
import { useDarkTheme } from './use-theme';

/** The suites panel, given the runner's last outcome for new cases. */
function Tests() {
  const outcome = useRunState((s) => s.outcome);
  return <SuitesPanel lastOutcome={outcome} />;
}

/** The application shell: the features, arranged and wired together. */
export function App() {
  useDarkTheme();
  useEffect(() => void performance.mark('shell-rendered'), []);
  return (
    <AppLayout
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
          renderRawEditor={(props) => <JsonPayloadEditor {...props} />}
        />
      }
      main={
        <MainArea
          toolbar={<RunToolbar />}
          code={
            <CodeEditor
              onRun={() => void runCurrent()}
              onStop={stopCurrent}
              onShare={requestShare}
            />
          }
          result={<RunnerPanel />}
          tests={<Tests />}
        />
      }
    />
  );
}
