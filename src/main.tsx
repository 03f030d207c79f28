import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { App } from './app/app';
import { afterStartUp } from './lib/start-up-marks';
import { warmUpSandbox } from './features/runner/run-state';
import { watchLinkImports } from './features/share/link-import';

// Boot order: a link in the address bar wins over saved work, which wins over the defaults
// (the store has already restored saved work when this runs).
watchLinkImports();
// Boot the sandbox's spare instance once the editor has started: a run before that boots it at once,
// and start-up does not share the CPU with the sandbox's frame and worker.
afterStartUp(warmUpSandbox);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
