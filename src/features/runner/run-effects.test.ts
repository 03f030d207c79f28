import { describe, expect, it, vi } from 'vitest';
import type { RunOutcome } from '../../sandbox/protocol';
import { runOutcome } from '../../sandbox/test-support/run-outcome';
import { applyRunEffects, type ApplySecret } from './run-effects';

const outcome = (status: RunOutcome['status']): RunOutcome =>
  runOutcome({
    status,
    durationMs: 1,
    contract: 'v1',
    secretUpdates: [{ key: 'apiKey', value: 'new' }],
  });

describe('applyRunEffects', () => {
  it('writes a finished run’s updates to its own workspace and says so', () => {
    const apply = vi.fn<ApplySecret>(() => ({ applied: true, workspaceName: 'Alpha' }));
    const effects = applyRunEffects(outcome('succeeded'), 'w-a', 'Alpha', apply);
    expect(apply).toHaveBeenCalledWith('w-a', 'apiKey', 'new', 'text');
    expect(effects).toEqual([
      { tone: 'info', text: 'updateSecret changed apiKey in workspace Alpha.' },
    ]);
  });

  it('keeps the type of a JSON secret it writes back', () => {
    const apply = vi.fn<ApplySecret>(() => ({ applied: true, workspaceName: 'Alpha' }));
    const json = {
      ...outcome('succeeded'),
      secretUpdates: [{ key: 'creds', value: '{}', type: 'json' as const }],
    };
    const effects = applyRunEffects(json, 'w-a', 'Alpha', apply);
    expect(apply).toHaveBeenCalledWith('w-a', 'creds', '{}', 'json');
    expect(effects[0]?.text).toBe(
      'updateSecret changed creds (a JSON secret now) in workspace Alpha.',
    );
  });

  it('writes a failed run’s updates too: they happened before it failed', () => {
    const apply = vi.fn<ApplySecret>(() => ({ applied: true, workspaceName: 'Alpha' }));
    applyRunEffects(outcome('failed'), 'w-a', 'Alpha', apply);
    expect(apply).toHaveBeenCalledOnce();
  });

  it.each(['cancelled', 'timed-out', 'crashed'] as const)(
    'a run that %s writes nothing',
    (status) => {
      const apply = vi.fn<ApplySecret>();
      const [effect] = applyRunEffects(outcome(status), 'w-a', 'Alpha', apply);
      expect(apply).not.toHaveBeenCalled();
      expect(effect?.tone).toBe('warning');
      expect(effect?.text).toContain('were not saved to workspace Alpha');
    },
  );

  it('says when an update was dropped', () => {
    const apply: ApplySecret = () => ({ applied: false, reason: 'the workspace was deleted' });
    expect(applyRunEffects(outcome('succeeded'), 'w-a', 'Alpha', apply)[0]?.text).toBe(
      'updateSecret changed apiKey, but the change was dropped: the workspace was deleted.',
    );
  });
});
