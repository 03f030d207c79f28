import type { RunOutcome } from '../../sandbox/protocol';
import { useStore } from '../../store/store';
import { Button } from '../../ui/button';
import { addCase } from './case-actions';
import { newCase } from './case-run';
import { runAllCases, runRobustnessCheck, stopBatch, useSuiteRun } from './suite-run';

/** Props of the suites' toolbar. */
export interface BatchToolbarProps {
  /** The last single run's outcome, for the expectations of a new case. */
  lastOutcome: RunOutcome | null;
  /** Called with the id of a case just created. */
  onCreated: (id: string) => void;
  /** Called when a batch starts, with its kind. */
  onStart: (kind: 'cases' | 'robustness') => void;
}

function BatchProgress() {
  const done = useSuiteRun((s) => s.done);
  const total = useSuiteRun((s) => s.total);
  return (
    <div className="flex items-center gap-2">
      <progress aria-label="Batch progress" max={total} value={done} className="w-32" />
      <span className="tabular-nums">
        {done.toLocaleString('en')} / {total.toLocaleString('en')}
      </span>
      <Button variant="danger" onClick={stopBatch}>
        Stop batch
      </Button>
    </div>
  );
}

/** New case, Run all, Robustness check, and the progress of the batch in progress. */
export function BatchToolbar({ lastOutcome, onCreated, onStart }: BatchToolbarProps) {
  const running = useSuiteRun((s) => s.running);
  const count = useStore((s) => s.cases.length);
  const create = () => {
    const { cases, payload, event } = useStore.getState();
    const testCase = newCase(cases, payload, event, lastOutcome);
    addCase(testCase);
    onCreated(testCase.id);
  };
  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-2 py-1.5 text-xs dark:border-slate-800">
      <h2 className="font-semibold">Tests</h2>
      <Button
        onClick={create}
        title="Save the current payload as a case, expecting what the last run did"
      >
        New case
      </Button>
      <Button
        disabled={running !== null || count === 0}
        onClick={() => {
          onStart('cases');
          void runAllCases();
        }}
      >
        Run all
      </Button>
      <Button
        disabled={running !== null}
        onClick={() => {
          onStart('robustness');
          void runRobustnessCheck();
        }}
      >
        Robustness check
      </Button>
      {running && <BatchProgress />}
    </div>
  );
}
