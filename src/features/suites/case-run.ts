// Turns what the sandbox reports into what the suites show and check: a case's run for the
// expectation matcher, console text, error text, and a new case from the last single run.
import { showJson, type CaseRun } from '../../lib/expectation-match';
import { taggedToJson, type Tagged } from '../../lib/safe-serialise';
import type { BatchCaseOutcome } from '../../sandbox/batch';
import type { LogEntry, RunError, RunOutcome } from '../../sandbox/protocol';
import type { Expectation, TestCase } from '../../schema/test-case';
import type { EventId } from '../../schema/events';

const tagText = (value: Tagged) =>
  value.t === 'string' ? value.v : JSON.stringify(taggedToJson(value) ?? null);

/** A console entry as one line: the message, then its extras as JSON. */
export function logText(entry: LogEntry): string {
  return [entry.message, ...entry.extras].map(tagText).join(' ');
}

/** An error as a person reads it: `TypeError: message` (the message alone when not an Error). */
export function errorText(error: Pick<RunError, 'name' | 'message'>): string {
  return error.name === 'NonError' ? error.message : `${error.name}: ${error.message}`;
}

/** A batch case as the expectation matcher sees it. */
export function toCaseRun(outcome: BatchCaseOutcome): CaseRun {
  const { error } = outcome;
  return {
    status: outcome.status,
    hasResult: outcome.hasResult,
    result: outcome.hasResult && outcome.result ? taggedToJson(outcome.result) : undefined,
    error: error ? { code: error.code, message: errorText(error) } : null,
    logs: outcome.logs.map(logText),
  };
}

/** What a new case expects, from the last run: its status, and its returned value or error code. */
export function expectationFrom(outcome: RunOutcome | null): Expectation {
  if (outcome?.status === 'succeeded') {
    const result = outcome.hasResult && outcome.result ? taggedToJson(outcome.result) : undefined;
    return result === undefined
      ? { status: 'succeeds' }
      : { status: 'succeeds', resultEquals: result };
  }
  if ((outcome?.status === 'failed' || outcome?.status === 'timed-out') && outcome.error)
    return { status: 'fails', errorCode: outcome.error.code };
  return { status: 'succeeds' };
}

function caseName(existing: readonly TestCase[], expect: Expectation): string {
  const names = new Set(existing.map((c) => c.name));
  const what =
    expect.status === 'fails'
      ? 'fails'
      : expect.resultEquals !== undefined
        ? `returns ${showJson(expect.resultEquals).slice(0, 40)}`
        : 'succeeds';
  let n = existing.length + 1;
  while (names.has(`Case ${n}: ${what}`)) n++;
  return `Case ${n}: ${what}`;
}

function newId(existing: readonly TestCase[]): string {
  const ids = new Set(existing.map((c) => c.id));
  let id: string;
  do id = crypto.randomUUID().slice(0, 8);
  while (ids.has(id));
  return id;
}

/** A new case: a copy of `payload`, expectations from the last run, a name and an id of its own. */
export function newCase(
  existing: readonly TestCase[],
  payload: Record<string, unknown>,
  event: EventId,
  outcome: RunOutcome | null,
): TestCase {
  const expect = expectationFrom(outcome);
  return {
    id: newId(existing),
    name: caseName(existing, expect),
    event,
    payload: structuredClone(payload),
    expect,
  };
}
