import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../store/store';
import { staleText, takeSnapshot, withSecretUpdates } from './stale-result';

const fresh = () => createAppStore().getState();

describe('staleText', () => {
  it('says nothing while the workspace is as the run had it', () => {
    const s = fresh();
    expect(staleText(takeSnapshot(s), takeSnapshot(s))).toBeNull();
  });

  it('compares values, not references: an equal payload typed again is not a change', () => {
    const s = fresh();
    const now = { ...takeSnapshot(s), payload: structuredClone(s.payload), env: [...s.env] };
    expect(staleText(takeSnapshot(s), now)).toBeNull();
  });

  it('names what changed, in a fixed order', () => {
    const ran = takeSnapshot(fresh());
    expect(staleText(ran, { ...ran, payload: { conversationId: 'x' }, code: 'other' })).toBe(
      'Out of date: the code and the payload changed since this run.',
    );
    expect(staleText(ran, { ...ran, timeoutMs: 1000 })).toBe(
      'Out of date: the timeout changed since this run.',
    );
    expect(
      staleText(ran, {
        ...ran,
        event: 'surveybot_messaging_survey_started',
        mocks: [{ url: '*' }],
        keepWarm: !ran.keepWarm,
        secrets: [],
        env: [],
      }),
    ).toBe(
      'Out of date: the event, the environment variables, the secrets, the mock rules and the warm-instance setting changed since this run.',
    );
  });

  it('says another workspace is open after a switch, whatever else differs', () => {
    const ran = takeSnapshot(fresh());
    expect(staleText(ran, { ...ran, workspaceId: 'other', code: 'x' })).toBe(
      'Out of date: another workspace is open.',
    );
  });
});

describe('withSecretUpdates', () => {
  it('applies what the run wrote, so its own secret updates do not make it out of date', () => {
    const ran = { ...takeSnapshot(fresh()), secrets: [{ key: 'a', value: '1' }] };
    const after = withSecretUpdates(ran, [
      { key: 'a', value: '2' },
      { key: 'b', value: '3' },
    ]);
    expect(after.secrets).toEqual([
      { key: 'a', value: '2' },
      { key: 'b', value: '3' },
    ]);
    expect(staleText(after, { ...ran, secrets: [...after.secrets] })).toBeNull();
    expect(staleText(ran, after)).toBe('Out of date: the secrets changed since this run.');
  });
});
