import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PERSIST_VERSION, migrateState, parseSavedText } from './persisted-state';
import { STORAGE_KEY, UNREADABLE_KEY } from './saved-storage';
import { createAppStore } from './store';
import { defaultWorkspace } from './workspace-slice';

/** A Map-backed localStorage that can be made to refuse writes. */
function fakeStorage() {
  const data = new Map<string, string>();
  const fake = {
    full: false,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (fake.full) throw new DOMException('quota', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
    data,
  };
  return fake;
}

let storage: ReturnType<typeof fakeStorage>;
beforeEach(() => {
  storage = fakeStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

describe('saved state', () => {
  it('saves changes with a version and restores them in a new store', () => {
    const store = createAppStore();
    store.getState().setCode('function lambda(input, callback) { callback(null, 1); }');
    store.getState().setEvent('surveybot_messaging_survey_started');
    store.flushSaved();
    const saved = JSON.parse(storage.data.get(STORAGE_KEY)!) as { version: number };
    expect(saved.version).toBe(PERSIST_VERSION);
    const again = createAppStore().getState();
    expect(again.code).toContain('callback(null, 1)');
    expect(again.event).toBe('surveybot_messaging_survey_started');
  });

  it('migrates a version 1 state', () => {
    const v1 = {
      workspace: {
        event: 'surveybot_messaging_survey_ended',
        payload: { conversationId: 'c1' },
        code: 'x',
        env: { REGION: 'emea' },
        secrets: [{ key: 'k', value: 'v' }],
      },
      ui: { theme: 'dark' },
    };
    storage.data.set(STORAGE_KEY, JSON.stringify({ state: v1, version: 1 }));
    const state = createAppStore().getState();
    expect(state.env).toEqual([{ key: 'REGION', value: 'emea' }]);
    expect(state.payload).toEqual({ conversationId: 'c1' });
    expect(state.mocks).toEqual([]);
    expect(state.timeoutMs).toBe(30_000);
    expect(state.theme).toBe('dark');
    expect(state.notices).toEqual([]);
    expect(state.savedWorkspaces.map((w) => w.name)).toEqual(['My workspace']);
  });

  it('migrates a version 2 state into a list of one workspace', () => {
    const workspace = { ...defaultWorkspace(), code: 'v2 code' };
    storage.data.set(
      STORAGE_KEY,
      JSON.stringify({
        state: { workspace, ui: { theme: 'light', sidebarWidth: 500 } },
        version: 2,
      }),
    );
    const state = createAppStore().getState();
    expect(state.code).toBe('v2 code');
    expect(state.sidebarWidth).toBe(500);
    expect(state.savedWorkspaces).toHaveLength(1);
    expect(state.savedWorkspaces[0]?.id).toBe(state.currentWorkspaceId);
  });

  it.each([
    ['not JSON', '{"state": {', 'it is not valid JSON'],
    ['no version', '{"state": {}}', 'it has no version number'],
    [
      'a future version',
      JSON.stringify({ state: {}, version: 99 }),
      'saved by an unknown version (99)',
    ],
    [
      'a wrong shape',
      JSON.stringify({ state: { workspace: { event: 'nope' } }, version: 2 }),
      'workspace.event',
    ],
  ])('recovers from %s: defaults, the text kept, an alert', (_name, text, reason) => {
    storage.data.set(STORAGE_KEY, text);
    const state = createAppStore().getState();
    expect(state.code).toBe(defaultWorkspace().code);
    expect(storage.data.get(UNREADABLE_KEY)).toBe(text);
    expect(state.notices).toHaveLength(1);
    expect(state.notices[0]).toMatchObject({ tone: 'error' });
    expect(state.notices[0]?.message).toContain(reason);
    expect(state.notices[0]?.actions?.[0]?.label).toBe('Download saved text');
  });

  it('keeps work in memory and alerts when storage is full, then clears the alert', () => {
    const store = createAppStore();
    storage.full = true;
    store.getState().setCode('kept in memory');
    store.flushSaved();
    expect(store.getState().code).toBe('kept in memory');
    expect(store.getState().notices.map((n) => n.id)).toEqual(['storage-full']);
    storage.full = false;
    store.getState().setCode('saved again');
    store.flushSaved();
    expect(store.getState().notices).toEqual([]);
    expect(storage.data.get(STORAGE_KEY)).toContain('saved again');
  });
});

describe('migrateState', () => {
  it('gives each workspace of a version 3 state an empty list of test cases', () => {
    const { cases: _cases, ...v3workspace } = defaultWorkspace();
    const v3 = {
      workspaces: [{ id: 'a', name: 'A', updatedAt: 1, workspace: v3workspace }],
      currentId: 'a',
      ui: { theme: 'light', sidebarWidth: 500 },
    };
    expect(migrateState(v3, 3).workspaces[0]?.workspace.cases).toEqual([]);
  });

  it('accepts the current version unchanged', () => {
    const state = {
      workspaces: [{ id: 'a', name: 'A', updatedAt: 1, workspace: defaultWorkspace() }],
      currentId: 'a',
      ui: { theme: 'light', sidebarWidth: 500 },
    };
    expect(migrateState(state, PERSIST_VERSION)).toEqual(state);
  });

  it('refuses a list whose open workspace is missing', () => {
    const state = {
      workspaces: [{ id: 'a', name: 'A', updatedAt: 1, workspace: defaultWorkspace() }],
      currentId: 'b',
      ui: { theme: 'light', sidebarWidth: 500 },
    };
    expect(() => migrateState(state, PERSIST_VERSION)).toThrow(
      'currentId: the open workspace is not in the list',
    );
  });

  it('explains a bad state', () => {
    expect(parseSavedText(JSON.stringify({ state: null, version: 0 }))).toEqual({
      error: 'saved by an unknown version (0)',
    });
  });
});
