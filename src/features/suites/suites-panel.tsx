import { useEffect, useState } from 'react';
import { afterStartUp } from '../../lib/start-up-marks';
import type { RunOutcome } from '../../sandbox/protocol';
import { useStore } from '../../store/store';
import { Tabs } from '../../ui/tabs';
import { BatchToolbar } from './batch-toolbar';
import { CaseDrawer } from './case-drawer';
import { CaseEditor } from './case-editor';
import { CaseTable } from './case-table';
import { RobustnessReport } from './robustness-report';
import { useSuiteRun, warmUpBatches } from './suite-run';

/** Props of the suites panel. */
export interface SuitesPanelProps {
  /** The last single run's outcome (the runner's), for the expectations of a new case. */
  lastOutcome: RunOutcome | null;
}

type TabId = 'cases' | 'robustness';

function CasesView({
  editing,
  onEdit,
}: {
  editing: string | null;
  onEdit: (id: string | null) => void;
}) {
  const testCase = useStore((s) => s.cases.find((c) => c.id === editing));
  const note = useSuiteRun((s) => (s.note?.kind === 'cases' ? s.note : null));
  const running = useSuiteRun((s) => s.running !== null);
  const caseResults = useSuiteRun((s) => s.caseResults);
  const results = running ? null : Object.values(caseResults);
  const passed = results?.filter((r) => r.passed).length ?? 0;
  return (
    <>
      {(note || (results && results.length > 0)) && (
        <p role="status" className="px-2 py-1 text-xs">
          {results && results.length > 0 && (
            <span
              className={
                passed === results.length
                  ? 'text-emerald-700 dark:text-emerald-300'
                  : 'text-red-700 dark:text-red-300'
              }
            >
              {passed} of {results.length} cases passed.{' '}
            </span>
          )}
          {note && <span className="text-amber-800 dark:text-amber-200">{note.text}</span>}
        </p>
      )}
      <CaseTable editing={editing} onEdit={onEdit} />
      {testCase && (
        <CaseDrawer focusKey={testCase.id} onClose={() => onEdit(null)}>
          <CaseEditor key={testCase.id} testCase={testCase} onClose={() => onEdit(null)} />
        </CaseDrawer>
      )}
    </>
  );
}

/** The test suites (region Tests): saved cases and Run all, and the robustness check. */
export function SuitesPanel({ lastOutcome }: SuitesPanelProps) {
  const [tab, setTab] = useState<TabId>('cases');
  const [editing, setEditing] = useState<string | null>(null);
  const count = useStore((s) => s.cases.length);
  useEffect(() => afterStartUp(warmUpBatches), []);
  const tabs = [
    { id: 'cases', label: `Cases (${count})` },
    { id: 'robustness', label: 'Robustness' },
  ] as const;
  return (
    <section aria-label="Tests" className="flex min-h-0 flex-1 flex-col bg-white dark:bg-slate-950">
      <BatchToolbar
        lastOutcome={lastOutcome}
        onCreated={(id) => {
          setTab('cases');
          setEditing(id);
        }}
        onStart={setTab}
      />
      <Tabs label="Test views" tabs={tabs} selected={tab} onSelect={setTab} idPrefix="tests" />
      {tabs.map(({ id }) => (
        <div
          key={id}
          id={`tests-panel-${id}`}
          role="tabpanel"
          aria-labelledby={`tests-tab-${id}`}
          hidden={tab !== id}
          className="min-h-0 flex-1 overflow-auto"
        >
          {tab === id && id === 'cases' && <CasesView editing={editing} onEdit={setEditing} />}
          {tab === id && id === 'robustness' && <RobustnessReport />}
        </div>
      ))}
    </section>
  );
}
