import { useMemo, useState } from 'react';
import { applyPayloadEdits } from '../../lib/payload-edit';
import { Button } from '../../ui/button';
import { loadPayload } from './case-actions';
import { groupFailures, tallyKinds, type FailureGroup, type KindTally } from './robustness-groups';
import { useSuiteRun, VARIANT_TIMEOUT_MS, type RobustnessCheck } from './suite-run';

/** Variant buttons shown per error before "Show all". */
const SHOWN_PER_ERROR = 12;
const n = (count: number) => count.toLocaleString('en');

function ErrorGroup({
  check,
  path,
  error,
  variants,
}: { check: RobustnessCheck; path: string } & FailureGroup['errors'][number]) {
  const [all, setAll] = useState(false);
  const shown = all ? variants : variants.slice(0, SHOWN_PER_ERROR);
  return (
    <li className="flex flex-col gap-1">
      <pre className="font-mono break-all whitespace-pre-wrap text-red-800 dark:text-red-200">
        {error}
      </pre>
      <div className="flex flex-wrap gap-1">
        {shown.map((index) => {
          const variant = check.variants[index]!;
          return (
            <Button
              key={index}
              aria-label={`Open the payload with ${path} ${variant.change}`}
              title={`Load the payload with ${path} ${variant.change}`}
              onClick={() =>
                loadPayload(
                  applyPayloadEdits(check.base, variant.edits),
                  `the variant with ${path} ${variant.change}`,
                )
              }
            >
              {variant.change}
            </Button>
          );
        })}
        {variants.length > shown.length && (
          <Button variant="ghost" onClick={() => setAll(true)}>
            Show all {n(variants.length)}
          </Button>
        )}
      </div>
    </li>
  );
}

function Summary({ check, running }: { check: RobustnessCheck; running: boolean }) {
  const failing = check.failures.length;
  const total = check.variants.length;
  const seconds = (check.elapsedMs / 1000).toFixed(2);
  return (
    <p role="status" className="text-slate-700 dark:text-slate-300">
      {running
        ? `Checking: ${n(check.checked)} of ${n(total)} variants, ${n(failing)} failing so far.`
        : `${n(check.checked)} of ${n(total)} variants checked in ${seconds} s: ${
            failing === 0 ? 'none fails' : `${n(failing)} fail`
          }.`}
    </p>
  );
}

/** What was tried (table Variants tried): each kind of change, its variants and how many fail. */
function Tried({ tallies }: { tallies: KindTally[] }) {
  return (
    <table aria-label="Variants tried" className="w-full max-w-md tabular-nums">
      <thead className="text-left text-slate-600 dark:text-slate-400">
        <tr>
          <th scope="col" className="pr-2 font-medium">
            Change
          </th>
          <th scope="col" className="pr-2 text-right font-medium">
            Variants
          </th>
          <th scope="col" className="text-right font-medium">
            Failing
          </th>
        </tr>
      </thead>
      <tbody>
        {tallies.map((t) => (
          <tr key={t.kind} className="border-t border-slate-200 dark:border-slate-800">
            <th scope="row" className="pr-2 text-left font-normal">
              {t.label}
            </th>
            <td className="pr-2 text-right">{n(t.tried)}</td>
            <td
              className={`text-right ${t.failing ? 'font-semibold text-red-700 dark:text-red-300' : ''}`}
            >
              {n(t.failing)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The robustness report (region Robustness report): what was tried, failing variants by field path and error. */
export function RobustnessReport() {
  const check = useSuiteRun((s) => s.robustness);
  const running = useSuiteRun((s) => s.running === 'robustness');
  const note = useSuiteRun((s) => (s.note?.kind === 'robustness' ? s.note : null));
  const { groups, tallies } = useMemo(() => {
    if (!check) return { groups: [], tallies: [] };
    const failures = check.failures.filter((f) => f.error !== check.baseFailure);
    return {
      groups: groupFailures(check.variants, failures),
      tallies: tallyKinds(check.variants, failures),
    };
  }, [check]);
  return (
    <section aria-label="Robustness report" className="flex flex-col gap-2 p-2 text-xs">
      {!check && (
        <p className="text-slate-600 dark:text-slate-400">
          Robustness check runs the function against variants of the current payload: each
          documented field removed, null, empty, of the wrong type and set to each known value; long
          and non-ASCII strings; empty and long arrays. It lists the variants that make the function
          fail, by field and error. Each variant gets at most {VARIANT_TIMEOUT_MS / 1000} s.
        </p>
      )}
      {check && <Summary check={check} running={running} />}
      {tallies.length > 0 && <Tried tallies={tallies} />}
      {note && <p className="text-amber-800 dark:text-amber-200">{note.text}</p>}
      {check?.baseFailure && (
        <p className="text-amber-800 dark:text-amber-200">
          The unchanged payload already fails ({check.baseFailure}): variants that fail the same way
          are left out.
        </p>
      )}
      {groups.map((group) => (
        <section key={group.path} aria-labelledby={`robustness-${group.path}`}>
          <h3 id={`robustness-${group.path}`} className="font-mono font-semibold">
            {group.path}
          </h3>
          <ul className="ml-3 flex flex-col gap-2">
            {group.errors.map((e) => (
              <ErrorGroup key={e.error} check={check!} path={group.path} {...e} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
