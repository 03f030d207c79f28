import { describe, expect, it } from 'vitest';
import { envSchema, mockRuleSchema, secretsSchema } from '../../schema/workspace';
import { z } from 'zod';
import { rowProblems } from './row-problems';

describe('rowProblems', () => {
  it('files schema messages under their row and field', () => {
    const problems = rowProblems(envSchema, [
      { key: 'OK', value: 'v' },
      { key: '1BAD', value: 'x'.repeat(201) },
    ]);
    expect(problems).toEqual({
      1: {
        key: 'names use letters, digits and _ and do not start with a digit',
        value: 'values are at most 200 characters',
      },
    });
  });

  it('flags repeated keys', () => {
    expect(
      rowProblems(secretsSchema, [
        { key: 'a', value: '1' },
        { key: 'a', value: '2' },
      ]),
    ).toEqual({ 1: { key: 'this key is used twice' } });
  });

  it('works for mock rules', () => {
    expect(rowProblems(z.array(mockRuleSchema), [{ url: '' }])).toEqual({
      0: { url: 'a mock needs a URL pattern' },
    });
  });
});
