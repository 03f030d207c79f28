import { useEffect } from 'react';
import { PayloadExplorer } from '../features/explorer/payload-explorer';
import { RunnerPanel } from '../features/runner/runner-panel';
import { RunToolbar } from '../features/runner/run-toolbar';
import { ShareButton } from '../features/share/share-dialog';
import { WorkspacesButton } from '../features/workspaces/workspaces-dialog';
import { AppLayout } from './app-layout';
import { MainArea } from './main-area';
import { PlainCodeArea } from './plain-code-area';
import { useDarkTheme } from './use-theme';

/** The application shell: the features, arranged and wired together. */
export function App() {
  useDarkTheme();
  useEffect(() => void performance.mark('shell-rendered'), []);
  return (
    <AppLayout
      headerActions={
        <>
          <WorkspacesButton />
          <ShareButton />
        </>
      }
      sidebar={<PayloadExplorer />}
      main={<MainArea toolbar={<RunToolbar />} code={<PlainCodeArea />} result={<RunnerPanel />} />}
    />
  );
}
