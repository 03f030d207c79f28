import { describe, expect, it } from 'vitest';
import { jsonContains, jsonEquals, matchExpectation, type CaseRun } from './expectation-match';

const ok = (result: unknown, logs: string[] = []): CaseRun => ({
  status: 'succeeded',
  hasResult: result !== undefined,
  result,
  error: null,
  logs,
});
const failed = (code: string, message: string): CaseRun => ({
  status: 'failed',
  hasResult: false,
  result: undefined,
  error: { code, message },
  logs: [],
});
const RUNTIME = 'com.liveperson.faas.handler.runtime-exception';

describe('jsonEquals', () => {
  it('ignores key order and compares deeply', () => {
    expect(jsonEquals({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(jsonEquals({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEquals([1, 2], [2, 1])).toBe(false);
    expect(jsonEquals(null, {})).toBe(false);
    expect(jsonEquals('1', 1)).toBe(false);
  });
});

describe('jsonContains', () => {
  it('finds keys and array items recursively, in any order', () => {
    const actual = { status: 'ok', items: [{ id: 1, tags: ['a', 'b'] }, { id: 2 }], n: 3 };
    expect(jsonContains(actual, { status: 'ok' })).toBe(true);
    expect(jsonContains(actual, { items: [{ id: 2 }, { tags: ['b'] }] })).toBe(true);
    expect(jsonContains(actual, { items: [{ id: 3 }] })).toBe(false);
    expect(jsonContains(actual, { missing: null })).toBe(false);
    expect(jsonContains(actual, { n: '3' })).toBe(false);
  });

  it('compares other values for equality', () => {
    expect(jsonContains('ok', 'ok')).toBe(true);
    expect(jsonContains('okay', 'ok')).toBe(false);
    expect(jsonContains([1, 2], 1)).toBe(false);
  });
});

describe('matchExpectation', () => {
  it('passes a case with no expectations whatever happened', () => {
    expect(matchExpectation({}, failed(RUNTIME, 'boom'))).toEqual([]);
  });

  it('checks the status, with the error as the actual side', () => {
    expect(matchExpectation({ status: 'succeeds' }, ok('ok'))).toEqual([]);
    expect(matchExpectation({ status: 'succeeds' }, failed(RUNTIME, 'x is not defined'))).toEqual([
      { expectation: 'Status', expected: 'succeeds', actual: 'fails: x is not defined' },
    ]);
    expect(matchExpectation({ status: 'fails' }, ok('ok'))).toEqual([
      { expectation: 'Status', expected: 'fails', actual: 'succeeds' },
    ]);
  });

  it('counts a timeout as a failure', () => {
    const run: CaseRun = {
      ...failed('com.liveperson.faas.handler.executiontime-exceeded', 'late'),
      status: 'timed-out',
    };
    expect(matchExpectation({ status: 'fails' }, run)).toEqual([]);
    expect(matchExpectation({ status: 'succeeds' }, run)[0]?.actual).toBe('times out: late');
  });

  it('compares the returned value, expected beside actual', () => {
    expect(matchExpectation({ resultEquals: { a: [1] } }, ok({ a: [1] }))).toEqual([]);
    expect(matchExpectation({ resultEquals: 'ok' }, ok('nok'))).toEqual([
      { expectation: 'Returned value equals', expected: '"ok"', actual: '"nok"' },
    ]);
    expect(matchExpectation({ resultEquals: null }, ok(undefined))).toEqual([
      { expectation: 'Returned value equals', expected: 'null', actual: 'no value' },
    ]);
    expect(matchExpectation({ resultEquals: null }, ok(null))).toEqual([]);
  });

  it('checks containment in the returned value', () => {
    expect(matchExpectation({ resultContains: { a: 1 } }, ok({ a: 1, b: 2 }))).toEqual([]);
    expect(matchExpectation({ resultContains: { a: 2 } }, ok({ a: 1 }))).toEqual([
      { expectation: 'Returned value contains', expected: '{"a":2}', actual: '{"a":1}' },
    ]);
  });

  it('checks the error code', () => {
    expect(matchExpectation({ errorCode: RUNTIME }, failed(RUNTIME, 'x'))).toEqual([]);
    expect(matchExpectation({ errorCode: RUNTIME }, ok('ok'))).toEqual([
      { expectation: 'Error code', expected: RUNTIME, actual: 'no error' },
    ]);
  });

  it('looks for a text in any console entry', () => {
    const run = ok('ok', ['Payload received {"n":1}', 'Conversation c-1 closed by AGENT']);
    expect(matchExpectation({ logContains: 'closed by AGENT' }, run)).toEqual([]);
    expect(matchExpectation({ logContains: 'CONSUMER' }, run)).toEqual([
      {
        expectation: 'Console contains',
        expected: 'CONSUMER',
        actual: 'Payload received {"n":1}\nConversation c-1 closed by AGENT',
      },
    ]);
    expect(matchExpectation({ logContains: 'x' }, ok('ok'))[0]?.actual).toBe('no console entries');
  });

  it('reports every expectation that failed', () => {
    const mismatches = matchExpectation(
      { status: 'succeeds', resultEquals: 'ok', errorCode: RUNTIME, logContains: 'hi' },
      failed(RUNTIME, 'boom'),
    );
    expect(mismatches.map((m) => m.expectation)).toEqual([
      'Status',
      'Returned value equals',
      'Console contains',
    ]);
  });
});
