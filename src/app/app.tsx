import { useEffect } from 'react';
import { PayloadExplorer } from '../features/explorer/payload-explorer';
import { WorkspacesButton } from '../features/workspaces/workspaces-dialog';
import { AppLayout } from './app-layout';
import { PlainCodeArea } from './plain-code-area';
import { useDarkTheme } from './use-theme';

/** The application shell: the features, arranged and wired together. */
export function App() {
  useDarkTheme();
  useEffect(() => void performance.mark('shell-rendered'), []);
  return (
    <AppLayout
      headerActions={<WorkspacesButton />}
      sidebar={<PayloadExplorer />}
      main={<PlainCodeArea />}
    />
  );
}
