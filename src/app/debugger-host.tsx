/**
 * The debugger wired into the page, loaded on the first Debug: its panel and keys, the editor's
 * current line and inline values, the result panel's links to steps; a plain Run closes a
 * recording that no longer matches the result shown.
 */
import { useEffect } from 'react';
import { showDebugView } from '../features/editor/editor-handle';
import { DebuggerPanel } from '../features/debugger/debugger-panel';
import {
  stepOfEntry,
  useDebugSession,
  useEditorDebugView,
} from '../features/debugger/debug-session';
import { useDebuggerKeys } from '../features/debugger/use-debugger-keys';
import { useRunState } from '../features/runner/run-state';
import { isDebugRunGoing } from './debug-action';
import { useDebuggerHost } from './debugger-wiring';

const STEP_LINKS = {
  log: (index: number) => stepOfEntry('log', index),
  request: (id: number) => stepOfEntry('request', id),
  go: (step: number) => useDebugSession.getState().moveTo(step),
};

useRunState.subscribe((state, previous) => {
  if (state.running && !previous.running && !isDebugRunGoing())
    useDebugSession.getState().closeDebugger();
});

/** The debugger panel, its keys and what it shows in the editor and the result panel. */
export default function DebuggerHost() {
  useDebuggerKeys();
  const view = useEditorDebugView();
  useEffect(() => showDebugView(view), [view]);
  useEffect(() => {
    useDebuggerHost.setState({ stepLinks: STEP_LINKS });
    return () => useDebuggerHost.setState({ stepLinks: null });
  }, []);
  return <DebuggerPanel />;
}
