import { describe, expect, it } from 'vitest';
import type { WorkerMessage } from '../protocol';
import { createRunScope, isSecretKey } from './run-scope';
import { makeRequest } from './test-support/run-in-node';

const scopeWith = (secrets: { key: string; value: string }[]) => {
  const sent: WorkerMessage[] = [];
  const scope = createRunScope(7, makeRequest('', { secrets }), (message) => sent.push(message));
  return { scope, sent };
};

describe('secret updates', () => {
  it('sends secret-updated only for a secret of the run, a valid key and a value within 10,000 characters', () => {
    const { scope, sent } = scopeWith([
      { key: 'token', value: 'a' },
      { key: 'with space', value: 'b' },
    ]);
    expect(scope.updateSecret('missing', 'v')).toBe(false);
    expect(scope.updateSecret('with space', 'v')).toBe(false);
    expect(scope.updateSecret('token', 'x'.repeat(10_001))).toBe(false);
    expect(scope.readSecret('token')).toBe('a');
    expect(scope.updateSecret('token', 'x'.repeat(10_000))).toBe(true);
    expect(scope.readSecret('token')).toBe('x'.repeat(10_000));
    expect(sent).toEqual([
      { kind: 'secret-updated', runId: 7, key: 'token', value: 'x'.repeat(10_000) },
    ]);
  });

  it('sends nothing once the run has ended', () => {
    const { scope, sent } = scopeWith([{ key: 'token', value: 'a' }]);
    scope.close();
    expect(scope.updateSecret('token', 'b')).toBe(false);
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
    expect(isSecretKey(key)).toBe(valid);
  });
});
