import { describe, expect, it } from 'vitest';
import { rulesOf } from '../../schema/platform';
import { RUNTIMES } from '../../schema/workspace';
import { timeoutError } from '../../lib/timeout-error';
import { describeFailure, failureCodes } from './error-info';

describe.each(RUNTIMES)('failure codes in %s', (runtime) => {
  const rules = rulesOf(runtime);
  const platform = (kind: 'runtime' | 'custom' | 'timeout') =>
    rules.platformCodes ? { platformCode: rules.platformCodes[kind] } : {};

  it.each(rules.runtimeErrorNames)('gives exactly a %s the runtime code', (name) => {
    const Ctor = (globalThis as unknown as Record<string, new (m: string) => Error>)[name]!;
    expect(failureCodes(new Ctor('x'), runtime)).toEqual({
      code: rules.errorCodes.runtime,
      ...platform('runtime'),
    });
    class Sub extends Ctor {}
    expect(failureCodes(new Sub('x'), runtime).code).toBe(rules.errorCodes.custom);
  });

  it('gives any other error, or a value that is not one, the custom code', () => {
    for (const value of [new Error('x'), new RangeError('x'), 'bad'])
      expect(failureCodes(value, runtime)).toEqual({
        code: rules.errorCodes.custom,
        ...platform('custom'),
      });
  });

  it('describes a timeout with the runtime message and codes', () => {
    expect(timeoutError(runtime)).toEqual({
      code: rules.errorCodes.timeout,
      ...platform('timeout'),
      name: 'Timeout',
      message: rules.timeoutMessage,
      phase: 'invoke',
    });
  });
});

describe('message-less errors', () => {
  it('V1 formats them as a failure in an incorrect format, V2 keeps the Error', () => {
    const error = Object.assign(new TypeError(''), { code: 'C1' });
    expect(describeFailure(error, 'invoke', 'v1')).toMatchObject({
      name: 'NonError',
      code: 'com.liveperson.faas.handler.custom-failure',
      message: '{"code":"C1"}',
    });
    expect(describeFailure(error, 'invoke', 'v2')).toMatchObject({
      name: 'TypeError',
      message: '',
      platformCode: 'com.customer.faas.function.js-runtime-error',
    });
  });
});
