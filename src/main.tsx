import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { App } from './app/app';
import { warmUpSandbox } from './features/runner/run-state';
import { watchLinkImports } from './features/share/link-import';

// Boot order: a link in the address bar wins over saved work, which wins over the defaults
// (the store has already restored saved work when this runs).
watchLinkImports();
// Boot the sandbox's spare instance once the shell has painted: the first run never waits for it,
// and the first render does not wait for the sandbox's frame either.
requestAnimationFrame(() => setTimeout(warmUpSandbox));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
