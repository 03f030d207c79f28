import { describe, expect, it } from 'vitest';
import { toTagged } from '../../lib/safe-serialise';
import type { RunOutcome } from '../../sandbox/protocol';
import { runOutcome } from '../../sandbox/test-support/run-outcome';
import type { TestCase } from '../../schema/test-case';
import { expectationFrom, logText, newCase, toCaseRun } from './case-run';

const outcome = (over: Partial<RunOutcome>): RunOutcome => runOutcome({ durationMs: 5, ...over });
const failure = {
  code: 'com.liveperson.faas.handler.custom-failure',
  name: 'Error',
  message: 'nope',
  phase: 'invoke' as const,
};

describe('logText', () => {
  it('writes the message as it is and the extras as JSON', () => {
    const entry = {
      level: 'Info' as const,
      message: toTagged('Closed by'),
      extras: [toTagged({ by: 'AGENT' }), toTagged(3)],
      timestamp: 0,
    };
    expect(logText(entry)).toBe('Closed by {"by":"AGENT"} 3');
    expect(logText({ ...entry, message: toTagged({ a: 1 }), extras: [] })).toBe('{"a":1}');
  });
});

describe('toCaseRun', () => {
  it('gives the result as JSON, the error in words and the console as text', () => {
    const run = toCaseRun({
      index: 0,
      status: 'failed',
      durationMs: 1,
      hasResult: false,
      result: null,
      error: { ...failure, name: 'TypeError', message: 'x is not a function' },
      logs: [{ level: 'Warn', message: toTagged('careful'), extras: [], timestamp: 0 }],
    });
    expect(run).toEqual({
      status: 'failed',
      hasResult: false,
      result: undefined,
      error: { code: failure.code, message: 'TypeError: x is not a function' },
      logs: ['careful'],
    });
    const ok = toCaseRun({
      ...run,
      index: 0,
      durationMs: 1,
      error: null,
      logs: [],
      status: 'succeeded',
      hasResult: true,
      result: toTagged({ a: [1] }),
    });
    expect(ok.result).toEqual({ a: [1] });
  });
});

describe('expectationFrom', () => {
  it('expects the last success with its returned value', () => {
    expect(expectationFrom(outcome({ hasResult: true, result: toTagged('ok') }))).toEqual({
      status: 'succeeds',
      resultEquals: 'ok',
    });
    expect(expectationFrom(outcome({}))).toEqual({ status: 'succeeds' });
  });

  it('expects the last failure with its error code', () => {
    expect(expectationFrom(outcome({ status: 'failed', error: failure }))).toEqual({
      status: 'fails',
      errorCode: failure.code,
    });
  });

  it('expects a success when there is no finished run', () => {
    expect(expectationFrom(null)).toEqual({ status: 'succeeds' });
    expect(expectationFrom(outcome({ status: 'cancelled' }))).toEqual({ status: 'succeeds' });
  });
});

describe('newCase', () => {
  it('copies the payload, names the case after what it expects, and picks a new id', () => {
    const payload = { conversationId: 'c1', nested: { a: 1 } };
    const existing: TestCase[] = [
      { id: 'a', name: 'Case 2: returns "ok"', payload: {}, expect: {} },
    ];
    const created = newCase(
      existing,
      payload,
      'surveybot_messaging_survey_started',
      outcome({ hasResult: true, result: toTagged('ok') }),
    );
    expect(created).toMatchObject({
      name: 'Case 3: returns "ok"',
      event: 'surveybot_messaging_survey_started',
      payload,
      expect: { status: 'succeeds', resultEquals: 'ok' },
    });
    expect(created.payload.nested).not.toBe(payload.nested);
    expect(created.id).not.toBe('a');
  });
});
