import { describe, expect, it } from 'vitest';
import { withFakeLocalStorage } from './fake-local-storage';
import { createAppStore } from './store';
import { defaultWorkspace } from './workspace-slice';

withFakeLocalStorage();

/** A store with an open workspace "Open" and a saved one "Saved", both with the secret `token`. */
function twoWorkspaces() {
  const store = createAppStore();
  const secrets = [
    { key: 'token', value: 'old' },
    { key: 'other', value: 'same' },
  ];
  const savedId = store.getState().createWorkspace({ ...defaultWorkspace(), secrets }, 'Saved');
  const openId = store.getState().createWorkspace({ ...defaultWorkspace(), secrets }, 'Open');
  const savedSecrets = () =>
    store.getState().savedWorkspaces.find((w) => w.id === savedId)?.workspace.secrets;
  return { store, openId, savedId, savedSecrets, secrets };
}

describe('applySecretUpdate', () => {
  it('writes to the open workspace', () => {
    const { store, openId, savedSecrets, secrets } = twoWorkspaces();
    expect(store.getState().applySecretUpdate(openId, 'token', 'new')).toEqual({
      applied: true,
      workspaceName: 'Open',
    });
    expect(store.getState().secrets).toEqual([
      { key: 'token', value: 'new' },
      { key: 'other', value: 'same' },
    ]);
    expect(savedSecrets()).toEqual(secrets);
  });

  it('keeps the type of a JSON secret, and checks its text parses', () => {
    const { store, openId } = twoWorkspaces();
    expect(store.getState().applySecretUpdate(openId, 'token', '{"a":1}', 'json')).toMatchObject({
      applied: true,
    });
    expect(store.getState().secrets[0]).toEqual({ key: 'token', value: '{"a":1}', type: 'json' });
    expect(store.getState().applySecretUpdate(openId, 'other', '{oops', 'json')).toMatchObject({
      applied: false,
    });
  });

  it('writes to a saved workspace that is not open, leaving the open one alone', () => {
    const { store, savedId, savedSecrets, secrets } = twoWorkspaces();
    expect(store.getState().applySecretUpdate(savedId, 'token', 'new')).toEqual({
      applied: true,
      workspaceName: 'Saved',
    });
    expect(savedSecrets()).toEqual([
      { key: 'token', value: 'new' },
      { key: 'other', value: 'same' },
    ]);
    expect(store.getState().secrets).toEqual(secrets);
    store.getState().switchWorkspace(savedId);
    expect(store.getState().secrets[0]).toEqual({ key: 'token', value: 'new' });
  });

  it.each([
    ['a deleted workspace', 'deleted', 'token', 'new', 'the workspace it ran in no longer exists'],
    [
      'a key the workspace lacks',
      'open',
      'missing',
      'new',
      'workspace "Open" has no secret "missing"',
    ],
    [
      'a value too long',
      'open',
      'token',
      // The default workspace runs on V2: 16,384 characters of JSON text, quotes included.
      'x'.repeat(16_383),
      'secret.value: values are at most 16,384 characters as JSON text',
    ],
  ])('changes nothing for %s, and says why', (_name, which, key, value, reason) => {
    const { store, openId, savedId } = twoWorkspaces();
    store.getState().deleteWorkspace(savedId);
    const before = structuredClone({
      secrets: store.getState().secrets,
      saved: store.getState().savedWorkspaces,
    });
    const id = which === 'open' ? openId : savedId;
    expect(store.getState().applySecretUpdate(id, key, value)).toEqual({ applied: false, reason });
    expect(store.getState().secrets).toEqual(before.secrets);
    expect(store.getState().savedWorkspaces).toEqual(before.saved);
    expect(store.getState().notices).toEqual([]);
  });

  it('refuses a key the platform would not accept, even when the row exists', () => {
    const { store, openId } = twoWorkspaces();
    store.getState().setSecrets([{ key: 'bad key!', value: 'typed' }]);
    expect(store.getState().applySecretUpdate(openId, 'bad key!', 'run')).toEqual({
      applied: false,
      reason: 'secret.key: keys use only letters, digits, _ and -',
    });
    expect(store.getState().secrets).toEqual([{ key: 'bad key!', value: 'typed' }]);
  });
});
