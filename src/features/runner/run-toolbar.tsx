import { useEffect, useRef, useState } from 'react';
import { timeoutSchema } from '../../schema/workspace';
import { useStore } from '../../store/store';
import { Button } from '../../ui/button';
import { runCurrent, stopCurrent, useRunState, warmUpSandbox } from './run-state';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The timeout field, in seconds, checked against the workspace schema. */
function TimeoutField() {
  const timeoutMs = useStore((s) => s.timeoutMs);
  const setTimeoutMs = useStore((s) => s.setTimeoutMs);
  const [draft, setDraft] = useState(String(timeoutMs / 1000));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    // Follow the store (link import, workspace switch) unless the draft already says the same.
    setDraft((text) =>
      Math.round(Number(text) * 1000) === timeoutMs ? text : String(timeoutMs / 1000),
    );
  }, [timeoutMs]);
  const commit = (text: string) => {
    setDraft(text);
    const parsed = timeoutSchema.safeParse(Math.round(Number(text) * 1000));
    setProblem(text.trim() !== '' && parsed.success ? null : 'Between 0.1 and 600 seconds');
    if (text.trim() !== '' && parsed.success) setTimeoutMs(parsed.data);
  };
  return (
    <label className="flex items-center gap-1 text-xs">
      Timeout (s)
      <input
        type="number"
        min={0.1}
        max={600}
        step={0.1}
        value={draft}
        aria-invalid={problem !== null}
        aria-describedby={problem ? 'timeout-problem' : undefined}
        onChange={(e) => commit(e.target.value)}
        className="w-16 rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-600 dark:bg-slate-800"
      />
      {problem && (
        <span id="timeout-problem" className="text-red-700 dark:text-red-300">
          {problem}
        </span>
      )}
    </label>
  );
}

/** Props of the run toolbar. */
export interface RunToolbarProps {
  /** Debug: runs the function recording its steps (the button and Ctrl/Cmd+Shift+Enter); without it, no Debug. */
  onDebug?: (() => void) | undefined;
}

/** Run, Debug and Stop (Ctrl/Cmd+Enter, Ctrl/Cmd+Shift+Enter and Esc anywhere), the timeout and the keep-warm option. */
export function RunToolbar({ onDebug }: RunToolbarProps = {}) {
  const running = useRunState((s) => s.running);
  const keepWarm = useStore((s) => s.keepWarm);
  const setKeepWarm = useStore((s) => s.setKeepWarm);
  const debug = useRef(onDebug);
  useEffect(() => {
    debug.current = onDebug;
  }, [onDebug]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const modified = event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey;
      if (modified && !event.shiftKey) {
        event.preventDefault();
        void runCurrent();
      } else if (modified && debug.current) {
        event.preventDefault();
        debug.current();
      } else if (event.key === 'Escape' && useRunState.getState().running) {
        event.preventDefault();
        stopCurrent();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="flex flex-wrap items-center gap-3 border-b border-slate-200 px-3 py-1.5 dark:border-slate-800">
      <button
        type="button"
        onClick={() => void runCurrent()}
        // A pointer or focus on Run boots the sandbox if the page's start has not yet.
        onPointerEnter={warmUpSandbox}
        onFocus={warmUpSandbox}
        title={`Run the function (${isMac ? '⌘' : 'Ctrl'}+Enter)`}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        className="rounded bg-blue-700 px-3 py-0.5 text-xs font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-500"
      >
        Run
      </button>
      {onDebug && (
        <Button
          onClick={() => debug.current?.()}
          title={`Debug the function (${isMac ? '⌘' : 'Ctrl'}+Shift+Enter)`}
          aria-keyshortcuts="Control+Shift+Enter Meta+Shift+Enter"
        >
          Debug
        </Button>
      )}
      <Button
        variant="danger"
        onClick={stopCurrent}
        disabled={!running}
        title="Stop the run (Esc)"
        aria-keyshortcuts="Escape"
      >
        Stop
      </Button>
      <TimeoutField />
      <label
        className="flex items-center gap-1 text-xs"
        title="Keep module-level state between runs of the same code, like a warm instance"
      >
        <input type="checkbox" checked={keepWarm} onChange={(e) => setKeepWarm(e.target.checked)} />
        Keep instance warm
      </label>
    </div>
  );
}
