/** The timeline of a recording: console entries, requests, secrets, logpoints and the result, each at its step. */
import type { BreakpointView } from './breakpoint-hits';
import { useDebugSession, useTimeline } from './debug-session';
import { memo } from 'react';
import type { TimelineEntry, TimelineKind } from './recording';

const KIND_LABELS: Record<TimelineKind, string> = {
  log: 'Console',
  request: 'Request',
  'secret-read': 'Secret',
  'secret-updated': 'Secret',
  result: 'Result',
  error: 'Error',
  logpoint: 'Logpoint',
};

const KIND_CLASSES: Record<TimelineKind, string> = {
  log: 'text-slate-600 dark:text-slate-300',
  request: 'text-sky-700 dark:text-sky-300',
  'secret-read': 'text-violet-700 dark:text-violet-300',
  'secret-updated': 'text-violet-700 dark:text-violet-300',
  result: 'text-emerald-700 dark:text-emerald-300',
  error: 'text-red-700 dark:text-red-300',
  logpoint: 'text-amber-700 dark:text-amber-300',
};

const TimelineRow = memo(function TimelineRow({
  entry,
  current,
  moveTo,
}: {
  entry: TimelineEntry;
  current: boolean;
  moveTo: (step: number) => void;
}) {
  return (
    <li>
      <button
        type="button"
        aria-current={current ? 'step' : undefined}
        onClick={() => moveTo(entry.step)}
        className={`flex w-full gap-2 rounded px-1 text-left hover:bg-slate-200 dark:hover:bg-slate-700 ${
          current ? 'bg-sky-50 dark:bg-sky-950' : ''
        }`}
      >
        <span className={`shrink-0 font-semibold ${KIND_CLASSES[entry.kind]}`}>
          {KIND_LABELS[entry.kind]}
          {entry.level ? ` ${entry.level}` : ''}
        </span>
        <span className="min-w-0 flex-1 truncate font-mono">{entry.text}</span>
        <span className="shrink-0 text-slate-600 dark:text-slate-300">step {entry.step + 1}</span>
      </button>
    </li>
  );
});

/** The Timeline list: a click moves to the entry's step (rows re-render only when they become or stop being current). */
export function Timeline({ view }: { view: BreakpointView | null }) {
  const entries = useTimeline(view);
  const step = useDebugSession((s) => s.step);
  const moveTo = useDebugSession((s) => s.moveTo);
  if (!entries.length)
    return (
      <p className="text-xs text-slate-600 dark:text-slate-300">
        Nothing happened on the timeline.
      </p>
    );
  return (
    <ol aria-label="Timeline" className="space-y-0.5 text-xs">
      {entries.map((entry, i) => (
        <TimelineRow key={i} entry={entry} current={entry.step === step} moveTo={moveTo} />
      ))}
    </ol>
  );
}
