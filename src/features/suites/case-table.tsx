import { useStore } from '../../store/store';
import type { TestCase } from '../../schema/test-case';
import { Button } from '../../ui/button';
import { deleteCase, loadPayload } from './case-actions';
import { useSuiteRun, type CaseResult } from './suite-run';

/** Props of the cases table. */
export interface CaseTableProps {
  /** The case being edited. */
  editing: string | null;
  onEdit: (id: string | null) => void;
}

function ResultCell({ result, waiting }: { result: CaseResult | undefined; waiting: boolean }) {
  if (!result)
    return (
      <span className="text-slate-600 dark:text-slate-400">{waiting ? 'Waiting' : 'Not run'}</span>
    );
  return result.passed ? (
    <span className="font-semibold text-emerald-700 dark:text-emerald-300">Passed</span>
  ) : (
    <span className="font-semibold text-red-700 dark:text-red-300">Failed</span>
  );
}

function Differences({ result }: { result: CaseResult }) {
  return (
    <ul className="flex flex-col gap-1">
      {result.mismatches.map((m) => (
        <li key={m.expectation}>
          <div className="font-medium">{m.expectation}</div>
          <div className="grid grid-cols-2 gap-1">
            {(['Expected', 'Actual'] as const).map((side) => (
              <div key={side} className="min-w-0">
                <span className="text-slate-500 dark:text-slate-400">{side}</span>
                <pre className="max-h-24 overflow-auto rounded bg-slate-100 p-1 font-mono break-all whitespace-pre-wrap dark:bg-slate-900">
                  {side === 'Expected' ? m.expected : m.actual}
                </pre>
              </div>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}

function CaseRow({ testCase, editing, onEdit }: { testCase: TestCase } & CaseTableProps) {
  const result = useSuiteRun((s) => s.caseResults[testCase.id]);
  const waiting = useSuiteRun((s) => s.running === 'cases');
  const selected = editing === testCase.id;
  return (
    <tbody
      className={`border-t border-slate-200 dark:border-slate-800 ${selected ? 'bg-sky-50 dark:bg-sky-950' : ''}`}
    >
      <tr className="align-top">
        <td className="px-2 py-1">
          <div className="break-words">{testCase.name || '(no name)'}</div>
          <div className="mt-1 flex flex-wrap gap-1">
            <Button
              onClick={() => loadPayload(testCase.payload, `"${testCase.name}"`, testCase.event)}
            >
              Load payload
            </Button>
            <Button aria-pressed={selected} onClick={() => onEdit(selected ? null : testCase.id)}>
              Edit
            </Button>
            <Button
              variant="danger"
              onClick={() => {
                if (selected) onEdit(null);
                deleteCase(testCase.id);
              }}
            >
              Delete
            </Button>
          </div>
        </td>
        <td className="px-2 py-1">
          <ResultCell result={result} waiting={waiting} />
        </td>
        <td className="px-2 py-1 text-right tabular-nums">
          {result ? `${Math.round(result.durationMs).toLocaleString('en')} ms` : ''}
        </td>
      </tr>
      {result && !result.passed && (
        <tr>
          <td colSpan={3} className="px-2 pb-2">
            <div className="text-slate-600 dark:text-slate-400">What differed</div>
            <Differences result={result} />
          </td>
        </tr>
      )}
    </tbody>
  );
}

/** The workspace's cases with the last Run all's results (table Test results). */
export function CaseTable({ editing, onEdit }: CaseTableProps) {
  const cases = useStore((s) => s.cases);
  if (cases.length === 0)
    return (
      <p className="p-2 text-xs text-slate-600 dark:text-slate-400">
        No test cases yet. New case saves the current payload with the last run&apos;s result as its
        expectation; Run all runs every case and shows what differed.
      </p>
    );
  return (
    <table aria-label="Test results" className="w-full table-fixed text-xs">
      <thead className="text-left text-slate-600 dark:text-slate-400">
        <tr>
          <th scope="col" className="px-2 py-1 font-medium">
            Name
          </th>
          <th scope="col" className="w-20 px-2 py-1 font-medium">
            Result
          </th>
          <th scope="col" className="w-20 px-2 py-1 text-right font-medium">
            Duration
          </th>
        </tr>
      </thead>
      {cases.map((c) => (
        <CaseRow key={c.id} testCase={c} editing={editing} onEdit={onEdit} />
      ))}
    </table>
  );
}
