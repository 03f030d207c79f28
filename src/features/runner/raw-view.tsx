import { useMemo, useState } from 'react';
import { formatCount } from '../../lib/format-count';
import { RESULT_JSON_CHARS } from '../../lib/message-limits';
import type { RunOutcome } from '../../sandbox/protocol';
import { Button } from '../../ui/button';
import { shownPart } from './format-value';
import { ModuleOutputBlock } from './module-output';

/** Most characters of the CLI's output the Raw tab lays out; Copy and Download give all of it. */
const RAW_SHOWN_CHARS = 100_000;

/** Saves `text` as a .json file. */
function download(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'lpf-invoke-output.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** What the CLI printed instead of JSON, or nothing at all. */
function withoutJson(outcome: RunOutcome): string {
  if (outcome.noJson) return `The CLI prints no JSON for this run: ${outcome.noJson}.`;
  return `Nothing: the run was ${outcome.status === 'cancelled' ? 'cancelled' : 'stopped'} before it answered.`;
}

/** The Raw tab: the run as `lpf invoke` prints it, whole: module-level output, then its JSON. */
export function RawView({ outcome }: { outcome: RunOutcome | null }) {
  const [copied, setCopied] = useState(false);
  const raw = outcome?.raw ?? '';
  const { shown, hidden } = useMemo(() => shownPart(raw, RAW_SHOWN_CHARS), [raw]);
  if (!outcome)
    return (
      <p className="p-2 text-xs text-slate-500 dark:text-slate-400">
        Run the function to see what the CLI would print.
      </p>
    );
  return (
    <div className="flex flex-col gap-1 p-2">
      <div className="flex items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
        <span>
          The run as the LivePerson Functions CLI prints it (timestamps aside; legacy error codes).
        </span>
        {outcome.raw && (
          <>
            <Button
              onClick={() =>
                void navigator.clipboard?.writeText(outcome.raw).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {copied ? 'Copied' : 'Copy'}
            </Button>
            <Button onClick={() => download(outcome.raw)}>Download</Button>
          </>
        )}
      </div>
      <ModuleOutputBlock
        lines={outcome.moduleOutput}
        dropped={outcome.droppedModuleLines}
        label="Printed before the JSON (module-level console)"
      />
      {outcome.raw ? (
        <pre
          aria-label="Raw result"
          className="overflow-auto rounded bg-slate-100 p-2 font-mono text-xs dark:bg-slate-900"
        >
          {shown}
        </pre>
      ) : (
        <p aria-label="Raw result" className="rounded bg-slate-100 p-2 text-xs dark:bg-slate-900">
          {withoutJson(outcome)}
        </p>
      )}
      {hidden > 0 && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          … {formatCount(hidden)} more characters are not shown here, so that the page stays
          responsive: Copy and Download give all the text the playground kept (of a result&apos;s
          JSON, the first {formatCount(RESULT_JSON_CHARS)} characters).
        </p>
      )}
    </div>
  );
}
