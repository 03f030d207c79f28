import { describe, expect, it } from 'vitest';
import type { WorkerMessage } from '../protocol';
import type { Runtime, SecretRow } from '../../schema/workspace';
import {
  createRunScope,
  isSecretKey,
  MAX_REPORTED_SECRET_READS,
  MISSING_SECRET,
} from './run-scope';
import { makeRequest } from './test-support/run-in-node';

const scopeWith = (secrets: SecretRow[], runtime: Runtime = 'v1') => {
  const sent: WorkerMessage[] = [];
  const scope = createRunScope(7, makeRequest('', { secrets, runtime }), (message) =>
    sent.push(message),
  );
  return { scope, sent };
};

describe('secret reads', () => {
  it('gives text as is, JSON parsed anew on each read, and MISSING_SECRET for an unknown key', () => {
    const { scope } = scopeWith([
      { key: 'token', value: 'a' },
      { key: 'creds', value: '{"clientId":"abc"}', type: 'json' },
      { key: 'broken', value: '{oops', type: 'json' },
    ]);
    expect(scope.readSecret('token')).toBe('a');
    const first = scope.readSecret('creds');
    expect(first).toEqual({ clientId: 'abc' });
    expect(scope.readSecret('creds')).not.toBe(first);
    expect(scope.readSecret('nope')).toBe(MISSING_SECRET);
    expect(() => scope.readSecret('broken')).toThrow(SyntaxError);
  });

  it('warns at the start of a run of each JSON secret whose text does not parse', () => {
    const { sent } = scopeWith([
      { key: 'broken', value: '{oops', type: 'json' },
      { key: 'fine', value: '[1]', type: 'json' },
    ]);
    expect(sent).toEqual([
      {
        kind: 'warning',
        runId: 7,
        text: 'Secret broken is typed JSON but its value is not valid JSON: reading it fails. Fix it in Settings.',
      },
    ]);
  });

  it('reports reads (key and source, never the value), at most MAX_REPORTED_SECRET_READS', () => {
    const { scope, sent } = scopeWith([{ key: 'token', value: 'a' }]);
    for (let i = 0; i <= MAX_REPORTED_SECRET_READS; i++) scope.secretRead('token', 'cache');
    expect(sent).toHaveLength(MAX_REPORTED_SECRET_READS);
    expect(sent[0]).toEqual({ kind: 'secret-read', runId: 7, key: 'token', from: 'cache' });
  });
});

describe('secret updates', () => {
  it('sends secret-updated only for a secret of the run, a valid key and a value within the limit', () => {
    const { scope, sent } = scopeWith([
      { key: 'token', value: 'a' },
      { key: 'with space', value: 'b' },
    ]);
    expect(scope.updateSecret('missing', 'v', 'text')).toBe(false);
    expect(scope.updateSecret('with space', 'v', 'text')).toBe(false);
    expect(scope.updateSecret('token', 'x'.repeat(10_001), 'text')).toBe(false);
    expect(scope.readSecret('token')).toBe('a');
    expect(scope.updateSecret('token', 'x'.repeat(10_000), 'text')).toBe(true);
    expect(scope.readSecret('token')).toBe('x'.repeat(10_000));
    expect(scope.updateSecret('token', '{"a":1}', 'json')).toBe(true);
    expect(scope.readSecret('token')).toEqual({ a: 1 });
    expect(sent).toEqual([
      { kind: 'secret-updated', runId: 7, key: 'token', value: 'x'.repeat(10_000), type: 'text' },
      { kind: 'secret-updated', runId: 7, key: 'token', value: '{"a":1}', type: 'json' },
    ]);
  });

  it("takes V2's limit of 16,384 characters", () => {
    const { scope } = scopeWith([{ key: 'token', value: 'a' }], 'v2');
    expect(scope.updateSecret('token', 'x'.repeat(16_385), 'text')).toBe(false);
    expect(scope.updateSecret('token', 'x'.repeat(16_384), 'text')).toBe(true);
  });

  it('sends nothing once the run has ended', () => {
    const { scope, sent } = scopeWith([{ key: 'token', value: 'a' }]);
    scope.close();
    expect(scope.updateSecret('token', 'b', 'text')).toBe(false);
    scope.secretRead('token', 'store');
    scope.log('Info', ['late']);
    scope.warn('late');
    expect(sent).toEqual([]);
  });

  it.each([
    ['a', true],
    ['A-z_0-9', true],
    ['k'.repeat(100), true],
    ['k'.repeat(101), false],
    ['', false],
    ['a b', false],
    ['é', false],
    ['a.b', false],
  ])('isSecretKey(%j) is %s', (key, valid) => {
    expect(isSecretKey(key, 'v1')).toBe(valid);
    expect(isSecretKey(key, 'v2')).toBe(valid);
  });
});
