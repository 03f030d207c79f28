/**
 * Collects what a worker streams during one run (logs, requests, secret updates, warnings) with
 * caps against floods, and turns it into the run's outcome, whether the worker finished the run
 * or the app stopped it.
 */
import { secretsSchema, type Runtime, type SecretRow } from '../schema/workspace';
import { cliOutput, cliSilence, type CliRun } from './cli-output';
import { timeoutError } from '../lib/timeout-error';
import type {
  LogEntry,
  RequestLogEntry,
  RunDone,
  RunError,
  RunOutcome,
  RunStatus,
  SecretRead,
  TraceBounds,
  TraceLimits,
  WorkerMessage,
} from './protocol';
import { TraceCollector } from './trace-collector';

/** Caps on what one run keeps. */
export const COLLECTOR_LIMITS = {
  logs: 1000,
  requests: 500,
  warnings: 100,
  secretUpdates: 100,
  secretReads: 100,
};

/** Streamed parts of a run, as the app has received them so far. */
export interface RunProgress {
  logs: LogEntry[];
  droppedLogs: number;
  warnings: string[];
  requests: RequestLogEntry[];
  secretUpdates: SecretRow[];
  secretReads: SecretRead[];
}

const secretRow = secretsSchema.element;

/** The warning of a run that received messages it had to refuse. */
export const malformedWarning = (count: number) =>
  `${count.toLocaleString('en')} message${count === 1 ? '' : 's'} from the sandbox ${count === 1 ? 'was' : 'were'} malformed or not allowed, and ignored (forged by the function's code?).`;

/** Collects the messages of one run. */
export class RunCollector {
  private readonly progress: RunProgress = {
    logs: [],
    droppedLogs: 0,
    warnings: [],
    requests: [],
    secretUpdates: [],
    secretReads: [],
  };
  private workerDropped = 0;
  private refused = 0;
  private readonly startedAt = performance.now();
  /** A Debug run's recording (null for a plain run, which must send none). */
  private readonly trace: TraceCollector | null;

  /**
   * @param secretKeys the keys of the secrets the run was given: the only ones it may update.
   * @param runtime the runtime the run emulates (its timeout failure and its CLI's output).
   * @param trace a Debug run's ProgramMap sizes and limits, which its trace batches must keep to.
   */
  constructor(
    private readonly secretKeys: ReadonlySet<string> = new Set(),
    private readonly runtime: Runtime = 'v1',
    trace?: { bounds: TraceBounds; limits: TraceLimits },
  ) {
    this.trace = trace ? new TraceCollector(trace.bounds, trace.limits) : null;
  }

  /** Counts a message refused as malformed or forged. */
  malformed(): void {
    this.refused++;
  }

  /** Takes one message of this run; returns whether it changed what is shown. */
  add(message: WorkerMessage): boolean {
    const p = this.progress;
    switch (message.kind) {
      case 'log':
        if (p.logs.length < COLLECTOR_LIMITS.logs) p.logs.push(message.entry);
        else p.droppedLogs++;
        return true;
      case 'logs-dropped':
        this.workerDropped = Math.max(this.workerDropped, message.count);
        return true;
      case 'request': {
        const index = p.requests.findIndex((r) => r.id === message.entry.id);
        if (index >= 0) p.requests[index] = message.entry;
        else if (p.requests.length < COLLECTOR_LIMITS.requests) p.requests.push(message.entry);
        return true;
      }
      case 'secret-updated': {
        const row: SecretRow =
          message.type === 'json'
            ? { key: message.key, value: message.value, type: 'json' }
            : { key: message.key, value: message.value };
        if (!this.secretKeys.has(row.key) || !secretRow.safeParse(row).success) {
          this.refused++;
          return true;
        }
        const index = p.secretUpdates.findIndex((u) => u.key === row.key);
        if (index >= 0) p.secretUpdates[index] = row;
        else if (p.secretUpdates.length < COLLECTOR_LIMITS.secretUpdates) p.secretUpdates.push(row);
        return true;
      }
      case 'secret-read':
        if (!this.secretKeys.has(message.key)) this.refused++;
        else if (p.secretReads.length < COLLECTOR_LIMITS.secretReads)
          p.secretReads.push({ key: message.key, from: message.from });
        return true;
      case 'trace':
        // The first refused batch is counted; the recording stops there and later ones are dropped.
        if (!this.trace || (!this.trace.refused && !this.trace.add(message.batch))) this.refused++;
        return false;
      case 'warning':
        if (p.warnings.length < COLLECTOR_LIMITS.warnings && !p.warnings.includes(message.text))
          p.warnings.push(message.text);
        return true;
      default:
        return false;
    }
  }

  /** What has arrived so far. */
  snapshot(): RunProgress {
    const p = this.progress;
    const warnings =
      this.refused > 0 ? [...p.warnings, malformedWarning(this.refused)] : p.warnings;
    return {
      ...p,
      logs: [...p.logs],
      warnings: [...warnings],
      requests: [...p.requests],
      secretUpdates: [...p.secretUpdates],
      secretReads: [...p.secretReads],
      droppedLogs: p.droppedLogs + this.workerDropped,
    };
  }

  /** Milliseconds since the run started. */
  elapsed(): number {
    return Math.round(performance.now() - this.startedAt);
  }

  /** The outcome of a run the worker completed. */
  finish(done: RunDone): RunOutcome {
    this.workerDropped = Math.max(this.workerDropped, done.droppedLogs);
    const json: Pick<CliRun, 'resultJson' | 'resultJsonCut'> = {};
    if (done.resultJson !== undefined) json.resultJson = done.resultJson;
    if (done.resultJsonCut !== undefined) json.resultJsonCut = done.resultJsonCut;
    const rest = {
      hasResult: done.hasResult,
      result: done.result,
      contract: done.contract,
      coldStart: done.coldStart,
      moduleOutput: done.moduleOutput ?? [],
    };
    const dropped = done.droppedModuleLines ? { droppedModuleLines: done.droppedModuleLines } : {};
    return this.outcome(done.status, done.error, { ...rest, ...dropped }, json);
  }

  /** The outcome of a run the app ended: timed out, cancelled, or its worker crashed. */
  stop(status: Exclude<RunStatus, 'succeeded' | 'failed'>, detail?: string): RunOutcome {
    const error: RunError | null = status === 'timed-out' ? timeoutError(this.runtime) : null;
    if (detail && !this.progress.warnings.includes(detail)) this.progress.warnings.push(detail);
    return this.outcome(status, error, {
      hasResult: false,
      result: null,
      contract: null,
      coldStart: false,
      moduleOutput: [],
    });
  }

  private outcome(
    status: RunStatus,
    error: RunError | null,
    rest: Pick<
      RunOutcome,
      'hasResult' | 'result' | 'contract' | 'coldStart' | 'moduleOutput' | 'droppedModuleLines'
    >,
    json: Pick<CliRun, 'resultJson' | 'resultJsonCut'> = {},
  ): RunOutcome {
    const progress = this.snapshot();
    const run: CliRun = {
      status,
      runtime: this.runtime,
      error,
      logs: progress.logs,
      hasResult: rest.hasResult,
      result: rest.result,
      endedAt: Date.now(),
      ...json,
    };
    const raw = cliOutput(run);
    const silence = cliSilence(run);
    const noJson = silence ? { noJson: silence } : {};
    const trace = this.trace ? { trace: this.trace.result() } : {};
    return {
      status,
      durationMs: this.elapsed(),
      error,
      ...rest,
      ...progress,
      raw,
      ...noJson,
      ...trace,
    };
  }
}
