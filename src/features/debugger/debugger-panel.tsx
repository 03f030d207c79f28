/**
 * The Debugger region: the moves (buttons with their keys), the Steps slider, the step and line
 * read-outs, what the recording holds and its limits, and the Variables, Call stack, Timeline and
 * Breakpoints views of the current step.
 */
import type { ReactNode } from 'react';
import { Button } from '../../ui/button';
import { BreakpointsList } from './breakpoints-list';
import { CallStack } from './call-stack';
import { DEBUG_COMMANDS, runDebugCommand } from './debugger-commands';
import { useBreakpointView, useDebugSession } from './debug-session';
import { limitsText, partText } from './recording';
import { Timeline } from './timeline';
import { VariablesTree } from './variables-tree';

function Pane({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="min-w-0 rounded border border-slate-200 p-2 dark:border-slate-700">
      <h3 className="mb-1 text-xs font-semibold text-slate-600 dark:text-slate-300">{title}</h3>
      {children}
    </div>
  );
}

/** The debugger panel; nothing while no recording is open. */
export function DebuggerPanel() {
  const recording = useDebugSession((s) => s.recording);
  const step = useDebugSession((s) => s.step);
  const moveTo = useDebugSession((s) => s.moveTo);
  const closeDebugger = useDebugSession((s) => s.closeDebugger);
  const view = useBreakpointView();
  if (!recording) return null;
  const { count } = recording;
  const stepText = `Step ${count ? (step + 1).toLocaleString('en') : 0} of ${count.toLocaleString('en')}`;
  const line = count ? recording.lines[step]! : null;
  return (
    <section
      aria-label="Debugger"
      className="max-h-[50%] shrink-0 space-y-2 overflow-auto border-t border-slate-200 bg-slate-50 p-2 min-[800px]:max-h-none min-[800px]:w-[26rem] min-[800px]:border-t-0 min-[800px]:border-l text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex flex-wrap items-center gap-1">
        {DEBUG_COMMANDS.map(({ command, label, key }) => (
          <Button
            key={command}
            title={`${label} (${key})`}
            aria-keyshortcuts={key}
            disabled={count === 0}
            onClick={() => runDebugCommand(command)}
          >
            {label}
          </Button>
        ))}
        <input
          type="range"
          aria-label="Steps"
          aria-valuetext={stepText}
          min={0}
          max={Math.max(0, count - 1)}
          value={step}
          disabled={count === 0}
          onChange={(e) => moveTo(Number(e.target.value))}
          className="mx-2 min-w-32 flex-1"
        />
        <output aria-label="Step" className="text-xs tabular-nums">
          {stepText}
        </output>
        <output aria-label="Current line" className="text-xs tabular-nums">
          {line === null ? 'No line' : `Line ${line}`}
        </output>
        <Button onClick={closeDebugger} aria-label="Close the debugger" title="Close the debugger">
          Close
        </Button>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {partText(recording.part)} {limitsText(recording.limits)}
      </p>
      <div className="grid gap-2">
        <Pane title="Variables">
          <VariablesTree />
        </Pane>
        <div className="space-y-2">
          <Pane title="Call stack">
            <CallStack />
          </Pane>
          <Pane title="Breakpoints">
            <BreakpointsList view={view} />
          </Pane>
        </div>
        <div>
          <Pane title="Timeline">
            <Timeline view={view} />
          </Pane>
        </div>
      </div>
    </section>
  );
}
