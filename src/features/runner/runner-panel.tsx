import { useEffect, useState } from 'react';
import { Badge } from '../../ui/badge';
import { Tabs } from '../../ui/tabs';
import { ConsoleView } from './console-view';
import { OutputView } from './output-view';
import { RawView } from './raw-view';
import { RequestLogView } from './request-log-view';
import { StaleNote, useRefusal } from './result-notes';
import { useRunState } from './run-state';
import { outcomeStatus, runningStatus } from './run-status';
import { SettingsView } from './settings-view';
import type { StepLinks } from './step-link';

type TabId = 'output' | 'requests' | 'raw' | 'settings';
const TABS = [
  { id: 'output', label: 'Output' },
  { id: 'requests', label: 'Requests' },
  { id: 'raw', label: 'Raw' },
  { id: 'settings', label: 'Settings' },
] as const;

/** The status line: Running… with the time so far, or how the last run ended. */
function RunStatus() {
  const running = useRunState((s) => s.running);
  const startedAt = useRunState((s) => s.startedAt);
  const outcome = useRunState((s) => s.outcome);
  const refused = useRefusal();
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    setElapsed(0);
    if (!running || startedAt === null) return;
    const timer = setInterval(() => setElapsed(performance.now() - startedAt), 100);
    return () => clearInterval(timer);
  }, [running, startedAt]);
  const text = running
    ? runningStatus(elapsed)
    : (refused ?? (outcome ? outcomeStatus(outcome) : 'Not run yet: press Run'));
  const tone = running
    ? 'text-sky-700 dark:text-sky-300'
    : refused || (outcome && outcome.status !== 'succeeded')
      ? 'text-red-700 dark:text-red-300'
      : outcome
        ? 'text-emerald-700 dark:text-emerald-300'
        : '';
  return (
    <div className="flex items-center gap-2 px-2 py-1 text-xs">
      <span role="status" aria-label="Run status" className={`font-semibold ${tone}`}>
        {text}
      </span>
      {!running && outcome?.contract && (
        <Badge title="The function contract this code follows">
          {outcome.contract === 'v1' ? 'V1 callback' : 'V2 async'}
        </Badge>
      )}
      {!running && outcome && (outcome.status === 'succeeded' || outcome.status === 'failed') && (
        <Badge
          tone="info"
          title="A cold start loads the code (module level runs); a warm instance keeps module state"
        >
          {outcome.coldStart ? 'cold start' : 'warm instance'}
        </Badge>
      )}
    </div>
  );
}

/** Props of the result panel. */
export interface RunnerPanelProps {
  /** Links from console entries and requests to their debugger steps, while a recording is shown. */
  stepLinks?: StepLinks | undefined;
}

/** The result panel (region Result): status, output and console, requests, raw CLI output, settings. */
export function RunnerPanel({ stepLinks }: RunnerPanelProps = {}) {
  const [tab, setTab] = useState<TabId>('output');
  const running = useRunState((s) => s.running);
  const progress = useRunState((s) => s.progress);
  const outcome = useRunState((s) => s.outcome);
  const effects = useRunState((s) => s.effects);
  const shown = running ? progress : outcome;
  return (
    <section
      aria-label="Result"
      className="flex min-h-0 flex-1 flex-col bg-white dark:bg-slate-950"
    >
      <RunStatus />
      <StaleNote />
      <Tabs label="Result views" tabs={TABS} selected={tab} onSelect={setTab} idPrefix="result" />
      {TABS.map(({ id }) => (
        <div
          key={id}
          id={`result-panel-${id}`}
          role="tabpanel"
          aria-labelledby={`result-tab-${id}`}
          hidden={tab !== id}
          className="min-h-0 flex-1 overflow-auto"
        >
          {tab === id && id === 'output' && (
            <>
              {!running && outcome && <OutputView outcome={outcome} effects={effects} />}
              <ConsoleView
                logs={shown?.logs ?? []}
                droppedLogs={shown?.droppedLogs ?? 0}
                stepLinks={running ? undefined : stepLinks}
              />
            </>
          )}
          {tab === id && id === 'requests' && (
            <RequestLogView
              requests={shown?.requests ?? []}
              stepLinks={running ? undefined : stepLinks}
            />
          )}
          {tab === id && id === 'raw' && <RawView outcome={running ? null : outcome} />}
          {tab === id && id === 'settings' && <SettingsView />}
        </div>
      ))}
    </section>
  );
}
