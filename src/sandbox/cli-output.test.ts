import { describe, expect, it } from 'vitest';
import { toTagged } from '../lib/safe-serialise';
import { cliOutput, type CliRun } from './cli-output';
import type { LogEntry } from './protocol';

const log = (level: LogEntry['level'], message: unknown, ...extras: unknown[]): LogEntry => ({
  level,
  message: toTagged(message),
  extras: extras.map((e) => toTagged(e)),
  timestamp: 1700000000000,
});
const base: CliRun = {
  status: 'succeeded',
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
});
