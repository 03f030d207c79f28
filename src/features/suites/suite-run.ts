/**
 * The suites' own state (the batch in progress, the last results of Run all and of the
 * robustness check) and the actions the panel's buttons call. Batches run in the batch
 * sandbox, never on the page; results arrive in chunks and are folded in per chunk.
 */
import { create } from 'zustand';
import { matchExpectation, type Mismatch } from '../../lib/expectation-match';
import { payloadVariants, type PayloadVariant } from '../../lib/payload-variants';
import { createBatchRunner, type BatchCaseOutcome, type BatchRunner } from '../../sandbox/batch';
import type { BatchRequest } from '../../sandbox/protocol';
import { runRequestOf } from '../../schema/workspace';
import { useStore } from '../../store/store';
import { toCaseRun } from './case-run';
import { failureText, type VariantFailure } from './robustness-groups';

/** The result of one case in the last Run all. */
export interface CaseResult {
  passed: boolean;
  durationMs: number;
  /** What differed, expected beside actual (empty when the case passed). */
  mismatches: Mismatch[];
}

/** The last robustness check. */
export interface RobustnessCheck {
  /** The payload the variants were made from. */
  base: Record<string, unknown>;
  variants: PayloadVariant[];
  /** How the unchanged payload failed, when it did. */
  baseFailure: string | null;
  /** Variants the function failed on. */
  failures: VariantFailure[];
  /** Variants checked so far. */
  checked: number;
  /** Milliseconds from the start of the check to its end (or so far). */
  elapsedMs: number;
}

/** How the last batch ended, when it did not simply finish. */
export interface BatchNote {
  kind: 'cases' | 'robustness';
  status: 'stopped' | 'failed';
  text: string;
}

/** State of the suites. */
export interface SuiteRunState {
  /** The batch in progress. */
  running: 'cases' | 'robustness' | null;
  done: number;
  total: number;
  /** Results of the last Run all, by case id. */
  caseResults: Record<string, CaseResult>;
  robustness: RobustnessCheck | null;
  note: BatchNote | null;
}

/** Each variant's timeout in the robustness check (the workspace's, when shorter). */
export const VARIANT_TIMEOUT_MS = 5000;

/** The suites' state, read through selectors. */
export const useSuiteRun = create<SuiteRunState>()(() => ({
  running: null,
  done: 0,
  total: 0,
  caseResults: {},
  robustness: null,
  note: null,
}));

let runner: BatchRunner | null = null;
let lastBatch = 0;
const getRunner = () => (runner ??= createBatchRunner());

/** Boots a batch sandbox ahead, so that the first batch does not wait for it. */
export function warmUpBatches(): void {
  getRunner().warmUp();
}

/** Stops the batch in progress. */
export function stopBatch(): void {
  runner?.stop();
}

function baseRequest(items: BatchRequest['items'], keepWarm: boolean, withLogs: boolean) {
  const { keepWarm: _keepWarm, ...run } = runRequestOf(useStore.getState());
  return { run, items, keepWarm, withLogs } satisfies BatchRequest;
}

async function runBatch(
  kind: 'cases' | 'robustness',
  request: BatchRequest,
  caseTimeoutMs: number,
  onCases: (cases: BatchCaseOutcome[]) => Partial<SuiteRunState>,
): Promise<void> {
  const batch = ++lastBatch;
  const total = request.items.length;
  useSuiteRun.setState({ running: kind, done: 0, total, note: null });
  const end = await getRunner().run(request, caseTimeoutMs, {
    onCases: (cases) => {
      if (batch === lastBatch)
        useSuiteRun.setState((s) => ({ ...onCases(cases), done: s.done + cases.length }));
    },
  });
  if (batch !== lastBatch) return;
  const { done } = useSuiteRun.getState();
  const text =
    end.status === 'failed'
      ? (end.detail ?? 'The batch could not run.')
      : `Stopped after ${done.toLocaleString('en')} of ${total.toLocaleString('en')}.`;
  useSuiteRun.setState({
    running: null,
    note: end.status === 'finished' ? null : { kind, status: end.status, text },
  });
}

/** Runs every saved case of the workspace and checks each against its expectations. */
export async function runAllCases(): Promise<void> {
  const { cases, keepWarm, timeoutMs } = useStore.getState();
  if (cases.length === 0) return;
  const items = cases.map((c) => ({ payload: c.payload, ...(c.event && { event: c.event }) }));
  useSuiteRun.setState({ caseResults: {} });
  await runBatch('cases', baseRequest(items, keepWarm, true), timeoutMs, (outcomes) => {
    const caseResults = { ...useSuiteRun.getState().caseResults };
    for (const outcome of outcomes) {
      const testCase = cases[outcome.index];
      if (!testCase) continue;
      const mismatches = matchExpectation(testCase.expect, toCaseRun(outcome));
      caseResults[testCase.id] = {
        passed: mismatches.length === 0,
        durationMs: outcome.durationMs,
        mismatches,
      };
    }
    return { caseResults };
  });
}

/** Runs the function against every variant of the current payload (and the payload itself, first). */
export async function runRobustnessCheck(): Promise<void> {
  const { payload, timeoutMs } = useStore.getState();
  const variants = payloadVariants(payload);
  const items = [{}, ...variants.map((v) => ({ edits: v.edits }))];
  const startedAt = performance.now();
  const check: RobustnessCheck = {
    base: payload,
    variants,
    baseFailure: null,
    failures: [],
    checked: 0,
    elapsedMs: 0,
  };
  useSuiteRun.setState({ robustness: check });
  const caseTimeoutMs = Math.min(timeoutMs, VARIANT_TIMEOUT_MS);
  let baseStuck: string | null = null;
  await runBatch('robustness', baseRequest(items, false, false), caseTimeoutMs, (outcomes) => {
    const current = useSuiteRun.getState().robustness ?? check;
    const failures = [...current.failures];
    let { baseFailure } = current;
    for (const outcome of outcomes) {
      const failure = failureText(outcome);
      if (outcome.index === 0) {
        baseFailure = failure;
        // Every variant would likely wait as long: stop rather than spend the timeout on each.
        if (outcome.status === 'timed-out' || outcome.status === 'crashed') {
          baseStuck = `The unchanged payload already ${outcome.status === 'crashed' ? 'crashes the sandbox' : `runs past ${caseTimeoutMs.toLocaleString('en')} ms`}: the check stopped. Fix that first.`;
          stopBatch();
        }
      } else if (failure) failures.push({ variant: outcome.index - 1, error: failure });
    }
    const checked = current.checked + outcomes.filter((o) => o.index > 0).length;
    const elapsedMs = performance.now() - startedAt;
    return { robustness: { ...current, baseFailure, failures, checked, elapsedMs } };
  });
  const current = useSuiteRun.getState().robustness;
  if (current?.variants !== variants) return;
  useSuiteRun.setState({ robustness: { ...current, elapsedMs: performance.now() - startedAt } });
  if (baseStuck)
    useSuiteRun.setState({ note: { kind: 'robustness', status: 'stopped', text: baseStuck } });
}
