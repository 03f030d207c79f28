import { describe, expect, it } from 'vitest';
import { envSchema, mockRuleSchema, secretsSchema } from '../../schema/workspace';
import { z } from 'zod';
import { envLimitsText, envSchemaOf, rowProblems } from './row-problems';

describe('rowProblems', () => {
  it('files schema messages under their row and field', () => {
    const problems = rowProblems(envSchema, [
      { key: 'OK', value: 'v' },
      { key: '1BAD', value: 'x'.repeat(1025) },
    ]);
    expect(problems).toEqual({
      1: {
        key: 'names use letters, digits and _ and do not start with a digit',
        value: 'values are at most 1,024 characters',
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

describe('the environment per runtime', () => {
  const long = { key: 'LONG', value: 'x'.repeat(500) };

  it('keeps rows within the larger limits of both runtimes', () => {
    expect(envSchema.safeParse([long]).success).toBe(true);
    expect(envSchema.safeParse([{ key: 'A', value: 'x'.repeat(1025) }]).success).toBe(false);
  });

  it("flags a row past the chosen runtime's limit, naming it", () => {
    expect(rowProblems(envSchemaOf('v1'), [long])).toEqual({
      0: { value: 'V1 takes values of at most 200 characters' },
    });
    expect(rowProblems(envSchemaOf('v2'), [long])).toEqual({});
    const many = Array.from({ length: 513 }, (_, i) => ({ key: `K${i}`, value: '' }));
    expect(rowProblems(envSchemaOf('v2'), many)).toEqual({
      512: { row: 'V2 takes at most 512 variables' },
    });
    expect(rowProblems(envSchemaOf('v1'), many)).toEqual({});
  });

  it("states the runtime's limits", () => {
    expect(envLimitsText('v1')).toBe('V1: names at most 200 characters, values at most 200');
    expect(envLimitsText('v2')).toBe(
      'V2: names at most 200 characters, values at most 1,024, at most 512 variables',
    );
  });
});
