import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { App } from './app/app';
import { warmUpSandbox } from './features/runner/run-state';
import { watchLinkImports } from './features/share/link-import';
import { afterStartUp, READY_MARK } from './lib/start-up-marks';

// Boot order: a link in the address bar wins over saved work, which wins over the defaults
// (the store has already restored saved work when this runs).
watchLinkImports();
// Boot the sandbox's spare instance once the editor has drawn the code (or sooner, when the
// pointer or focus reaches Run): booted during the editor's start it delayed the editor by about
// 180 ms (11 alternated cold loads: 1,011 vs 828 ms). The test suites' sandbox waits for the
// editor's first checks (suites-panel.tsx).
afterStartUp(warmUpSandbox, { after: READY_MARK, idle: false });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
