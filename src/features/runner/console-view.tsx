import { useState } from 'react';
import { LOG_LEVELS, type LogEntry, type LogLevel } from '../../sandbox/protocol';
import { formatLogArgument } from './format-value';
import { StepLink, type StepLinks } from './step-link';

const LEVEL_STYLE: Record<LogLevel, string> = {
  Debug: 'text-slate-500 dark:text-slate-400',
  Info: 'text-slate-900 dark:text-slate-100',
  Warn: 'bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-100',
  Error: 'bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100',
};

/** The text of one console entry: `[Level] message extras…`. */
export function logText(entry: LogEntry): string {
  const parts = [entry.message, ...entry.extras].map(formatLogArgument);
  return `[${entry.level}] ${parts.join(' ')}`;
}

/** Props of the console. */
export interface ConsoleViewProps {
  logs: LogEntry[];
  droppedLogs: number;
  /** Links from each entry to its debugger step, when a recording is shown. */
  stepLinks?: StepLinks | undefined;
}

/** The function's console: one entry per call, with level filters and the count of dropped entries. */
export function ConsoleView({ logs, droppedLogs, stepLinks }: ConsoleViewProps) {
  const [hidden, setHidden] = useState<ReadonlySet<LogLevel>>(new Set());
  const counts = Object.fromEntries(
    LOG_LEVELS.map((l) => [l, logs.filter((e) => e.level === l).length]),
  );
  const toggle = (level: LogLevel) =>
    setHidden((set) => {
      const next = new Set(set);
      if (!next.delete(level)) next.add(level);
      return next;
    });
  const shown = logs.flatMap((entry, index) => (hidden.has(entry.level) ? [] : [{ entry, index }]));
  return (
    <section aria-labelledby="console-heading" className="flex min-h-0 flex-col">
      <div className="flex flex-wrap items-center gap-3 px-2 py-1 text-xs">
        <h3 id="console-heading" className="font-semibold">
          Console
        </h3>
        <fieldset className="flex gap-2">
          <legend className="sr-only">Show levels</legend>
          {LOG_LEVELS.map((level) => (
            <label key={level} className="flex items-center gap-1">
              <input type="checkbox" checked={!hidden.has(level)} onChange={() => toggle(level)} />
              {level} ({counts[level]})
            </label>
          ))}
        </fieldset>
        {droppedLogs > 0 && (
          <span className="text-amber-700 dark:text-amber-300">
            {droppedLogs.toLocaleString('en')} more entries were not shown (only the first{' '}
            {logs.length.toLocaleString('en')} are kept)
          </span>
        )}
      </div>
      <ol
        role="log"
        aria-label="Console"
        className="min-h-0 flex-1 overflow-auto font-mono text-xs"
      >
        {shown.map(({ entry, index }) => (
          <li
            key={index}
            className={`flex gap-2 border-b border-slate-100 px-2 py-0.5 dark:border-slate-800 ${LEVEL_STYLE[entry.level]}`}
          >
            <span className="min-w-0 flex-1 whitespace-pre-wrap break-words">{logText(entry)}</span>
            {stepLinks && <StepLink step={stepLinks.log(index)} go={stepLinks.go} />}
            <time
              className="shrink-0 text-slate-400"
              dateTime={new Date(entry.timestamp).toISOString()}
            >
              {new Date(entry.timestamp).toISOString().slice(11, 23)}
            </time>
          </li>
        ))}
      </ol>
      {logs.length === 0 && (
        <p className="px-2 py-1 text-xs text-slate-500 dark:text-slate-400">No console output.</p>
      )}
    </section>
  );
}
