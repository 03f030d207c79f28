import { describe, expect, it } from 'vitest';
import { validateLinkState } from './link-state';
import { secretsSchemaFor, secretValueOf, storedSecrets } from './secret-rows';
import { keptWorkspaceSchema, secretsSchema } from './workspace';

const problemOf = (schema: typeof secretsSchema, rows: unknown[]) => {
  const parsed = schema.safeParse(rows);
  return parsed.success ? null : parsed.error.issues[0]?.message;
};

describe('secret rows', () => {
  it('loads a saved workspace whose secrets have no type as text', () => {
    const kept = keptWorkspaceSchema.parse({
      event: 'surveybot_messaging_survey_ended',
      payload: {},
      code: '',
      secrets: [{ key: 'token', value: '{"a":1}' }],
    });
    expect(kept.secrets).toEqual([{ key: 'token', value: '{"a":1}' }]);
    expect(secretValueOf(kept.secrets[0]!)).toBe('{"a":1}');
  });

  it('reads a JSON secret as its parsed value, and refuses one that does not parse', () => {
    expect(secretValueOf({ key: 'c', value: '{"clientId":"abc"}', type: 'json' })).toEqual({
      clientId: 'abc',
    });
    expect(problemOf(secretsSchema, [{ key: 'c', value: '{oops', type: 'json' }])).toMatch(
      /^not valid JSON \(/,
    );
  });

  it("checks each runtime's limit: V1 10,000 characters, V2 16,384 of JSON text", () => {
    const row = (value: string) => [{ key: 'k', value }];
    const v1 = secretsSchemaFor(['v1']);
    const v2 = secretsSchemaFor(['v2']);
    expect(problemOf(v1, row('x'.repeat(10_000)))).toBeNull();
    expect(problemOf(v1, row('x'.repeat(10_001)))).toBe('values are at most 10,000 characters');
    // Two quotes more as JSON.
    expect(problemOf(v2, row('x'.repeat(16_382)))).toBeNull();
    expect(problemOf(v2, row('x'.repeat(16_383)))).toBe(
      'values are at most 16,384 characters as JSON text',
    );
    expect(problemOf(secretsSchema, row('x'.repeat(12_000)))).toBeNull();
  });

  it('takes the stored form (CLI files, #json= links): a value that is not a string is a JSON secret', () => {
    expect(
      secretsSchema.parse([
        { key: 'creds', value: { clientId: 'abc' } },
        { key: 'n', value: 5 },
        { key: 'token', value: 'abc' },
      ]),
    ).toEqual([
      { key: 'creds', value: '{"clientId":"abc"}', type: 'json' },
      { key: 'n', value: '5', type: 'json' },
      { key: 'token', value: 'abc' },
    ]);
    const link = validateLinkState({ secrets: [{ key: 'creds', value: { clientId: 'abc' } }] });
    expect(link).toEqual({
      state: { secrets: [{ key: 'creds', value: '{"clientId":"abc"}', type: 'json' }] },
    });
  });

  it('writes the stored form: a JSON secret as its parsed value, kept as typed when it does not parse', () => {
    expect(
      storedSecrets([
        { key: 'creds', value: '{"clientId":"abc"}', type: 'json' },
        { key: 'token', value: 'abc', type: 'text' },
        { key: 'bad', value: '{oops', type: 'json' },
      ]),
    ).toEqual([
      { key: 'creds', value: { clientId: 'abc' } },
      { key: 'token', value: 'abc' },
      { key: 'bad', value: '{oops', type: 'json' },
    ]);
  });
});
