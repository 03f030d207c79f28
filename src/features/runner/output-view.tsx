import { useMemo, type ReactNode } from 'react';
import { formatCount } from '../../lib/format-count';
import { RESULT_JSON_CHARS } from '../../lib/message-limits';
import type { Tagged } from '../../lib/safe-serialise';
import type { RunError, RunOutcome } from '../../sandbox/protocol';
import { formatValue, shownPart } from './format-value';
import { ModuleOutputBlock } from './module-output';
import type { RunEffect } from './run-effects';
import { SecretReadsView } from './secret-reads-view';

const CONSOLE_LOG_FAILURE = 'console.log is not a function';

/** Why the runtime's process ended, as the error block says it. */
const ENDED: Record<NonNullable<RunError['processEnded']>, string> = {
  'uncaught-error': 'an error nothing caught',
  'unhandled-rejection': 'a promise rejection nothing handled',
  exit: 'process.exit()',
  'unsendable-output': 'a log or the result that JSON cannot carry (a circular object, a BigInt)',
};

function Note({ tone = 'info', children }: { tone?: 'info' | 'warning'; children: ReactNode }) {
  const style =
    tone === 'warning'
      ? 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100'
      : 'border-sky-200 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100';
  return <p className={`rounded border px-2 py-1 text-xs ${style}`}>{children}</p>;
}

function where(error: RunError): string {
  const position = error.line === undefined ? '' : ` at line ${error.line}, column ${error.column}`;
  if (error.phase === 'load')
    return `while loading the function${position} (module-level code runs when the instance starts, before lambda)`;
  if (error.phase === 'result') return `while sending the result as JSON`;
  return position ? `in lambda${position}` : '';
}

/** The returned value's text, its first 50,000 characters laid out (shownPart); Raw has the rest. */
function ReturnedValue({ value }: { value: Tagged }) {
  const { shown, hidden } = useMemo(() => shownPart(formatValue(value)), [value]);
  return (
    <>
      <pre
        aria-label="Returned value"
        className="max-h-80 overflow-auto rounded bg-slate-100 p-2 font-mono text-xs dark:bg-slate-900"
      >
        {shown}
      </pre>
      {hidden > 0 && (
        <Note>
          … {formatCount(hidden)} more characters of this value are not shown here, so that the page
          stays responsive: the Raw tab has the result as the CLI prints it (its JSON up to{' '}
          {formatCount(RESULT_JSON_CHARS)} characters), to copy or download.
        </Note>
      )}
    </>
  );
}

/** The error block: code, then message, then where and the stack. */
function ErrorBlock({ error }: { error: RunError }) {
  const place = where(error);
  return (
    <div
      role="group"
      aria-label="Error"
      className="rounded border border-red-300 bg-red-50 p-2 text-xs text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      {error.processEnded ? (
        <div className="font-semibold">
          The runtime's process ended: {ENDED[error.processEnded]}. No error code: the CLI prints no
          JSON.
        </div>
      ) : (
        <div className="font-mono font-semibold">
          {error.platformCode ? `${error.platformCode} (legacy: ${error.code})` : error.code}
        </div>
      )}
      <div className="font-mono whitespace-pre-wrap">{error.message}</div>
      <div className="mt-1 text-red-800 dark:text-red-200">
        {error.name === 'NonError'
          ? 'The failure was not an Error object with a message'
          : error.name}
        {place && ` ${place}`}
      </div>
      {error.stack && (
        <pre className="mt-1 overflow-auto whitespace-pre-wrap font-mono">{error.stack}</pre>
      )}
    </div>
  );
}

/** What the run produced: the returned value, the error, what it wrote back, and the notes and warnings about them. */
export function OutputView({
  outcome,
  effects = [],
}: {
  outcome: RunOutcome;
  effects?: readonly RunEffect[];
}) {
  const { error } = outcome;
  return (
    <div className="flex flex-col gap-2 p-2">
      {error && <ErrorBlock error={error} />}
      {error?.message === CONSOLE_LOG_FAILURE && (
        <Note tone="warning">
          The Functions runtime's console has no <code>console.log</code>: it has{' '}
          <code>console.debug</code>, <code>console.info</code>, <code>console.warn</code> and{' '}
          <code>console.error</code>. Use <code>console.info</code> (or <code>console.debug</code>{' '}
          for test runs only).
        </Note>
      )}
      <ModuleOutputBlock
        lines={outcome.moduleOutput}
        dropped={outcome.droppedModuleLines}
        label="Printed at module level (not in logs)"
      />
      {outcome.hasResult && outcome.result && (
        <div>
          <h3 className="text-xs font-semibold">Returned value</h3>
          <ReturnedValue value={outcome.result} />
        </div>
      )}
      {outcome.status === 'succeeded' && (
        <Note>
          The survey bot ignores what the function returns: the run counts, not the result
          (templates answer <code>'ok'</code>).
        </Note>
      )}
      <SecretReadsView reads={outcome.secretReads} />
      {effects.length > 0 && (
        <section aria-label="Run effects" className="flex flex-col gap-1">
          {effects.map((effect) => (
            <Note key={effect.text} tone={effect.tone}>
              {effect.text}
            </Note>
          ))}
        </section>
      )}
      {outcome.warnings.length > 0 && (
        <section aria-label="Warnings">
          <h3 className="text-xs font-semibold text-amber-800 dark:text-amber-200">Warnings</h3>
          <ul className="list-disc pl-5 text-xs text-amber-900 dark:text-amber-100">
            {outcome.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
