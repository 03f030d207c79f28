import { describe, expect, it } from 'vitest';
import { toTagged } from '../lib/safe-serialise';
import { cliOutput, cliSilence, INCORRECT_FORMAT_MESSAGE, type CliRun } from './cli-output';
import type { RunError } from './protocol';
import type { LogEntry } from './protocol';

const log = (level: LogEntry['level'], message: unknown, ...extras: unknown[]): LogEntry => ({
  level,
  message: toTagged(message),
  extras: extras.map((e) => toTagged(e)),
  timestamp: 1700000000000,
});
const base: CliRun = {
  status: 'succeeded',
  runtime: 'v1',
  hasResult: true,
  result: toTagged('ok'),
  error: null,
  logs: [],
  endedAt: 1700000000001,
};

describe('cliOutput', () => {
  it('prints a success as { result, logs } indented by 4', () => {
    const text = cliOutput({ ...base, logs: [log('Info', 'hello', { a: 1 })] });
    expect(text).toBe(
      '{\n    "result": "ok",\n    "logs": [\n        {\n            "level": "Info",\n            "message": "hello",\n            "extras": [\n                {\n                    "a": 1\n                }\n            ],\n            "timestamp": 1700000000000\n        }\n    ]\n}',
    );
  });

  it('leaves the result key out when there is no result, and keeps null', () => {
    expect(JSON.parse(cliOutput({ ...base, hasResult: false, result: null }))).toEqual({
      logs: [],
    });
    expect(cliOutput({ ...base, result: toTagged(null) })).toContain('"result": null');
  });

  it('serialises messages and extras as JSON carries them', () => {
    const text = cliOutput({
      ...base,
      result: toTagged(Promise.resolve()),
      logs: [log('Error', new Error('x'), new Error('y'), undefined, new Map())],
    });
    const parsed = JSON.parse(text) as { result: unknown; logs: unknown[] };
    expect(parsed.result).toEqual({});
    expect(parsed.logs[0]).toEqual({
      level: 'Error',
      message: {},
      extras: [{}, null, {}],
      timestamp: 1700000000000,
    });
    expect(
      Object.keys(JSON.parse(cliOutput({ ...base, logs: [log('Info', undefined)] })).logs[0]),
    ).toEqual(['level', 'extras', 'timestamp']);
  });

  it('prints a failure with the runtime entry Received Error - <message> last', () => {
    const text = cliOutput({
      ...base,
      status: 'failed',
      error: {
        code: 'com.liveperson.faas.handler.runtime-exception',
        name: 'TypeError',
        message: 'console.log is not a function',
        phase: 'invoke',
      },
      logs: [log('Info', 'before')],
    });
    expect(JSON.parse(text)).toEqual({
      errorCode: 'com.liveperson.faas.handler.runtime-exception',
      errorMsg: 'console.log is not a function',
      errorLogs: [
        { level: 'Info', message: 'before', extras: [], timestamp: 1700000000000 },
        {
          level: 'Error',
          message: 'Received Error - console.log is not a function',
          extras: [],
          timestamp: 1700000000001,
        },
      ],
    });
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['errorCode', 'errorMsg', 'errorLogs']);
  });

  it('prints a failure that is not an Error with the Warn entry and the original value', () => {
    const text = cliOutput({
      ...base,
      status: 'failed',
      error: {
        code: 'com.liveperson.faas.handler.custom-failure',
        name: 'NonError',
        message: 'bad',
        phase: 'invoke',
        value: toTagged('bad'),
      },
    });
    expect(JSON.parse(text)).toEqual({
      errorCode: 'com.liveperson.faas.handler.custom-failure',
      errorMsg: 'bad',
      errorLogs: [
        {
          level: 'Warn',
          message:
            'Received error in an incorrect format. Please provide an error object to the callback.',
          extras: [{ originalFailure: 'bad' }],
          timestamp: 1700000000001,
        },
      ],
    });
  });

  it('prints a timeout with the logs so far, and nothing for a cancelled run', () => {
    const timeout = {
      code: 'com.liveperson.faas.handler.executiontime-exceeded',
      name: 'Timeout',
      message: 'Lambda did not call callback within execution time limit',
      phase: 'invoke' as const,
    };
    expect(
      JSON.parse(
        cliOutput({ ...base, status: 'timed-out', error: timeout, logs: [log('Debug', 'x')] }),
      ),
    ).toEqual({
      errorCode: timeout.code,
      errorMsg: timeout.message,
      errorLogs: [{ level: 'Debug', message: 'x', extras: [], timestamp: 1700000000000 }],
    });
    expect(cliOutput({ ...base, status: 'cancelled', error: null })).toBe('');
  });

  const failure = (error: Partial<RunError>): CliRun => ({
    ...base,
    status: 'failed',
    error: {
      code: 'com.liveperson.faas.handler.custom-failure',
      name: 'Error',
      message: 'm',
      phase: 'invoke',
      ...error,
    },
  });

  it('builds the result from its exact JSON text (indented as it stands in the output), and marks a cut', () => {
    const resultJson = JSON.stringify({ a: [1, 2], s: 'x'.repeat(50_000) }, null, 4).replaceAll(
      '\n',
      '\n    ',
    );
    const text = cliOutput({ ...base, resultJson });
    expect(text).toBe(
      JSON.stringify({ result: { a: [1, 2], s: 'x'.repeat(50_000) }, logs: [] }, null, 4),
    );
    const cut = cliOutput({ ...base, resultJson: '"xx', resultJsonCut: 7 });
    expect(cut).toContain(
      '"result": "xx\n    [… the playground cut 7 characters here: the result\'s JSON has 5,000,007 characters and the Raw view keeps the first 5,000,000]',
    );
  });

  it('prints no JSON when the process ended or the module failed to load, and says why', () => {
    const ended = failure({ name: 'TypeError', processEnded: 'unsendable-output' });
    expect(cliOutput(ended)).toBe('');
    expect(cliSilence(ended)).toBe(
      'its process ended (a log or the result that JSON cannot carry)',
    );
    const syntax = failure({ name: 'SyntaxError', phase: 'load' });
    expect(cliOutput(syntax)).toBe('');
    expect(cliSilence(syntax)).toMatch(/syntax error/);
    expect(cliSilence(failure({ phase: 'load' }))).toMatch(/uncaught error at module level/);
    expect(cliSilence(failure({}))).toBeNull();
  });

  it('prints success for V1 log-limit-reached: the CLI has no log limit', () => {
    const text = cliOutput({
      ...failure({ name: 'LogLimit', code: 'com.liveperson.faas.handler.log-limit-reached' }),
      resultJson: '"r"',
    });
    expect(JSON.parse(text)).toEqual({ result: 'r', logs: [] });
  });

  it('prints the legacy code only, in V2 too', () => {
    const text = cliOutput({
      ...failure({ platformCode: 'com.customer.faas.function.threw-error' }),
      runtime: 'v2',
    });
    expect(JSON.parse(text).errorCode).toBe('com.liveperson.faas.handler.custom-failure');
    expect(text).not.toContain('com.customer');
  });

  it('formats message-less failures as each runtime does', () => {
    const empty = failure({ name: 'NonError', message: '{}', value: toTagged(new Error('')) });
    expect(JSON.parse(cliOutput(empty))).toMatchObject({ errorMsg: {} });
    const props = Object.assign(new Error(''), { code: 'C1', details: { a: 1 } });
    expect(
      JSON.parse(cliOutput(failure({ name: 'NonError', value: toTagged(props) }))),
    ).toMatchObject({ errorMsg: { code: 'C1', details: { a: 1 } } });
    // V2: no "incorrect format" branch, the call prints success with an empty result.
    for (const error of [{ name: 'NonError', value: toTagged('bad') }, { message: '' }])
      expect(JSON.parse(cliOutput({ ...failure(error), runtime: 'v2' }))).toEqual({
        result: '',
        logs: [],
      });
  });

  it('prints success for a falsy failure and for a non-Error with a message (both runtimes)', () => {
    expect(JSON.parse(cliOutput(failure({ name: 'NonError', value: toTagged(0) })))).toEqual({
      result: '',
      logs: [
        {
          level: 'Warn',
          message: {
            errorMsg: INCORRECT_FORMAT_MESSAGE,
            errorCode: 'com.liveperson.faas.handler.custom-failure',
          },
          extras: [{ originalFailure: 0 }],
          timestamp: 1700000000001,
        },
      ],
    });
    const withMessage = failure({ name: 'NonError', value: toTagged({ message: 'x' }) });
    for (const runtime of ['v1', 'v2'] as const)
      expect(JSON.parse(cliOutput({ ...withMessage, runtime }))).toEqual({
        result: '',
        logs: [{ level: 'Error', message: { message: 'x' }, extras: [], timestamp: 1700000000001 }],
      });
  });
});

describe('values the serialiser cut', () => {
  it('are marked where they were cut in the CLI text, never cut silently', () => {
    const text = cliOutput({
      status: 'succeeded',
      hasResult: false,
      result: null,
      error: null,
      endedAt: 0,
      runtime: 'v2',
      logs: [
        {
          level: 'Info',
          message: { t: 'string', v: 'abc', cut: 20_000 },
          extras: [{ t: 'array', items: [{ t: 'number', v: 1 }], more: 4 }],
          timestamp: 1,
        },
      ],
    });
    expect(text).toContain('"message": "abc[… the playground cut 20000 more characters here]"');
    expect(text).toContain('"[… the playground cut 4 more items here]"');
  });
});
