import { describe, expect, it } from 'vitest';
import { pickWorkspace, type MockRule } from '../schema/workspace';
import { withFakeLocalStorage } from './fake-local-storage';
import { createAppStore } from './store';
import { defaultWorkspace } from './workspace-slice';

withFakeLocalStorage();

describe('workspace writes', () => {
  it('keeps rows being typed in the settings tables', () => {
    const store = createAppStore();
    expect(store.getState().setEnv([{ key: '', value: '' }])).toEqual({ ok: true });
    expect(store.getState().setSecrets([{ key: 'with space', value: '' }])).toEqual({ ok: true });
    expect(store.getState().setMocks([{ url: '', status: 1 }])).toEqual({ ok: true });
    expect(store.getState().env).toEqual([{ key: '', value: '' }]);
    expect(store.getState().notices).toEqual([]);
  });

  it.each([
    ['a timeout out of range', (s: Store) => s.setTimeoutMs(5), 'timeoutMs: '],
    [
      'a mock status that cannot be saved',
      (s: Store) => s.setMocks([{ url: '*', status: Infinity } as MockRule]),
      'mocks.0.status: ',
    ],
    [
      'a payload that is not an object',
      (s: Store) => s.setPayload([] as unknown as Record<string, unknown>),
      'payload: ',
    ],
    [
      'a row without a value',
      (s: Store) => s.setEnv([{ key: 'A' } as { key: string; value: string }]),
      'env.0.value: ',
    ],
  ])('refuses %s: nothing changes, an alert says why', (_name, write, reason) => {
    const store = createAppStore();
    const before = structuredClone(pickWorkspace(store.getState()));
    const result = write(store.getState());
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining(reason) });
    expect(pickWorkspace(store.getState())).toEqual(before);
    const { notices } = store.getState();
    expect(notices).toMatchObject([{ id: 'refused-change', tone: 'error' }]);
    expect(notices[0]?.message).toContain(reason);
  });

  it('refuses to create or restore a workspace it could not save', () => {
    const store = createAppStore();
    const broken = { ...defaultWorkspace(), timeoutMs: -1 };
    expect(store.getState().createWorkspace(broken, 'Broken')).toBe('');
    expect(store.getState().savedWorkspaces).toHaveLength(1);
    const entry = { id: 'x', name: 'X', updatedAt: 1, workspace: broken };
    expect(store.getState().restoreWorkspace(entry)).toMatchObject({ ok: false });
    expect(store.getState().savedWorkspaces).toHaveLength(1);
  });
});

type Store = ReturnType<ReturnType<typeof createAppStore>['getState']>;
