import { describe, expect, it } from 'vitest';
import { PLATFORM } from '../../schema/platform';
import { failureCode } from './error-info';

describe('failureCode', () => {
  it.each(PLATFORM.runtimeErrorNames)('gives a %s the runtime code', (name) => {
    const Ctor = (globalThis as unknown as Record<string, new () => Error>)[name];
    expect(Ctor && failureCode(new Ctor())).toBe(PLATFORM.errorCodes.runtime);
  });

  it('gives any other error, or a value that is not one, the custom code', () => {
    expect(failureCode(new Error('x'))).toBe(PLATFORM.errorCodes.custom);
    expect(failureCode(new RangeError('x'))).toBe(PLATFORM.errorCodes.custom);
    expect(failureCode('bad')).toBe(PLATFORM.errorCodes.custom);
  });
});
