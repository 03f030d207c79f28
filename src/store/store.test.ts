import { describe, expect, it } from 'vitest';
import { withFakeLocalStorage } from './fake-local-storage';
import { PERSIST_VERSION } from './saved-formats';
import { PREVIOUS_KEY, STORAGE_KEY } from './saved-storage';
import { SET_ASIDE_KEY, type SetAsideRecord } from './set-aside';
import { createAppStore } from './store';
import { defaultWorkspace } from './workspace-slice';

const storage = withFakeLocalStorage();
const setAside = () => JSON.parse(storage().data.get(SET_ASIDE_KEY) ?? '[]') as SetAsideRecord[];
const saved = (key = STORAGE_KEY) =>
  JSON.parse(storage().data.get(key)!) as {
    version: number;
    state: { workspaces: { name: string; workspace: { code: string } }[] };
  };
const entry = (id: string, name: string, updatedAt: number, code: string) => ({
  id,
  name,
  updatedAt,
  workspace: { ...defaultWorkspace(), code },
});
const v4 = (workspaces: unknown[], currentId: string) =>
  JSON.stringify({
    state: { workspaces, currentId, ui: { theme: 'dark', sidebarWidth: 500 } },
    version: 4,
  });

describe('saved state', () => {
  it('saves changes with a version and restores them in a new store', () => {
    const store = createAppStore();
    store.getState().setCode('function lambda(input, callback) { callback(null, 1); }');
    store.getState().setEvent('surveybot_messaging_survey_started');
    store.flushSaved();
    expect(saved().version).toBe(PERSIST_VERSION);
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
    storage().data.set(STORAGE_KEY, JSON.stringify({ state: v1, version: 1 }));
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
    const { cases: _cases, ...workspace } = { ...defaultWorkspace(), code: 'v2 code' };
    storage().data.set(
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
    ['a broken list', JSON.stringify({ state: { workspaces: 'x' }, version: 4 }), 'workspaces:'],
  ])(
    'recovers from %s with no previous save: defaults, the text set aside, an alert',
    (_name, text, reason) => {
      storage().data.set(STORAGE_KEY, text);
      const state = createAppStore().getState();
      expect(state.code).toBe(defaultWorkspace().code);
      expect(setAside()).toMatchObject([{ what: 'the saved state', text }]);
      expect(setAside()[0]?.reason).toContain(reason);
      expect(state.notices).toHaveLength(1);
      expect(state.notices[0]).toMatchObject({ tone: 'error' });
      expect(state.notices[0]?.message).toContain(reason);
      expect(state.notices[0]?.message).toContain('started with the defaults');
      expect(state.notices[0]?.actions?.[0]?.label).toBe('Download saved text');
    },
  );

  it('keeps the last good save in the second slot before each write', () => {
    storage().data.set(STORAGE_KEY, v4([entry('a', 'A', 1, 'first')], 'a'));
    const store = createAppStore();
    store.getState().setCode('second');
    store.flushSaved();
    expect(saved(PREVIOUS_KEY).state.workspaces[0]?.workspace.code).toBe('first');
    expect(saved().state.workspaces[0]?.workspace.code).toBe('second');
    store.getState().setCode('third');
    store.flushSaved();
    expect(saved(PREVIOUS_KEY).state.workspaces[0]?.workspace.code).toBe('second');
    expect(saved().state.workspaces[0]?.workspace.code).toBe('third');
  });

  it('loads the previous save when the last one cannot be read, and says so', () => {
    const previous = v4([entry('a', 'A', 1, 'previous code')], 'a');
    storage().data.set(PREVIOUS_KEY, previous);
    storage().data.set(STORAGE_KEY, '{"state": garbage');
    const state = createAppStore().getState();
    expect(state.code).toBe('previous code');
    expect(state.theme).toBe('dark');
    expect(state.notices).toHaveLength(1);
    expect(state.notices[0]).toMatchObject({ tone: 'error' });
    expect(state.notices[0]?.message).toContain('The previous save was loaded instead');
    expect(state.notices[0]?.actions?.[0]?.label).toBe('Download saved text');
    expect(setAside()).toMatchObject([{ what: 'the saved state', text: '{"state": garbage' }]);
    // What loaded is saved at once; the previous slot still holds the good save.
    expect(saved().state.workspaces[0]?.workspace.code).toBe('previous code');
    expect(storage().data.get(PREVIOUS_KEY)).toBe(previous);
  });

  it('starts with the defaults when neither slot can be read, and keeps both texts', () => {
    storage().data.set(PREVIOUS_KEY, 'not json either');
    storage().data.set(STORAGE_KEY, 'not json');
    const state = createAppStore().getState();
    expect(state.code).toBe(defaultWorkspace().code);
    expect(state.notices[0]?.message).toContain('started with the defaults');
    expect(setAside().map((r) => [r.what, r.text])).toEqual([
      ['the saved state', 'not json'],
      ['the previous save', 'not json either'],
    ]);
  });

  it('loads the readable workspaces, sets the others aside once, and names them in one alert', () => {
    const bad = { ...entry('b', 'Broken', 5, 'lost?'), workspace: { code: 'lost?' } };
    storage().data.set(
      SET_ASIDE_KEY,
      JSON.stringify([{ keptAt: 'x', what: 'old', reason: 'r', text: 't' }]),
    );
    storage().data.set(STORAGE_KEY, v4([entry('a', 'Good', 1, 'good code'), bad], 'a'));
    const state = createAppStore().getState();
    expect(state.code).toBe('good code');
    expect(state.savedWorkspaces.map((w) => w.name)).toEqual(['Good']);
    expect(state.notices).toHaveLength(1);
    expect(state.notices[0]).toMatchObject({ id: 'set-aside-workspaces', tone: 'error' });
    expect(state.notices[0]?.message).toContain('"Broken" (event: ');
    expect(state.notices[0]?.message).toContain('The other workspaces loaded as they were.');
    expect(state.notices[0]?.actions?.[0]?.label).toBe('Download set-aside text');
    expect(setAside().map((r) => r.what)).toEqual(['old', 'workspace "Broken"']);
    expect(JSON.parse(setAside()[1]!.text)).toEqual(bad);
    // The cleaned state was written at once: the next load sets nothing aside again.
    expect(createAppStore().getState().notices).toEqual([]);
    expect(setAside()).toHaveLength(2);
  });

  it('keeps work in memory and alerts when storage is full, then clears the alert', () => {
    const store = createAppStore();
    storage().full = true;
    store.getState().setCode('kept in memory');
    store.flushSaved();
    expect(store.getState().code).toBe('kept in memory');
    expect(store.getState().notices.map((n) => n.id)).toEqual(['storage-full']);
    storage().full = false;
    store.getState().setCode('saved again');
    store.flushSaved();
    expect(store.getState().notices).toEqual([]);
    expect(storage().data.get(STORAGE_KEY)).toContain('saved again');
  });

  it('alerts when the copy of the previous save cannot be written, and still saves the work', () => {
    storage().data.set(STORAGE_KEY, v4([entry('a', 'A', 1, 'first')], 'a'));
    const store = createAppStore();
    storage().fullKeys.add(PREVIOUS_KEY);
    store.getState().setCode('second');
    store.flushSaved();
    expect(saved().state.workspaces[0]?.workspace.code).toBe('second');
    expect(store.getState().notices.map((n) => n.message)).toEqual([
      expect.stringContaining('the copy of the previous save could not be kept'),
    ]);
  });

  it('writes opening, creating, deleting and restoring a workspace at once', () => {
    const store = createAppStore();
    const first = store.getState().currentWorkspaceId;
    const id = store.getState().createWorkspace(defaultWorkspace(), 'Second');
    expect(saved().state.workspaces).toHaveLength(2);
    store.getState().switchWorkspace(first);
    expect(JSON.parse(storage().data.get(STORAGE_KEY)!).state.currentId).toBe(first);
    const removed = store.getState().deleteWorkspace(id)!;
    expect(saved().state.workspaces).toHaveLength(1);
    store.getState().restoreWorkspace(removed);
    expect(saved().state.workspaces.map((w) => w.name)).toEqual(['My workspace', 'Second']);
  });
});

describe('saved breakpoints', () => {
  it('are saved with the workspace and come back in a new store, per workspace', () => {
    const store = createAppStore();
    const breakpoints = [{ line: 1 }, { line: 2, condition: 'x > 1' }, { line: 3, log: 'x={x}' }];
    expect(store.getState().setBreakpoints(breakpoints)).toEqual({ ok: true });
    store.flushSaved();
    const again = createAppStore().getState();
    expect(again.breakpoints).toEqual(breakpoints);
    expect(again.savedWorkspaces[0]?.workspace.breakpoints).toEqual(breakpoints);
  });

  it('are empty for a workspace saved before they existed', () => {
    const { breakpoints: _b, ...older } = defaultWorkspace();
    storage().data.set(
      STORAGE_KEY,
      v4([{ id: 'a', name: 'A', updatedAt: 1, workspace: older }], 'a'),
    );
    const state = createAppStore().getState();
    expect(state.breakpoints).toEqual([]);
    expect(state.notices).toEqual([]);
  });

  it('refuses a breakpoint the saved form would reject', () => {
    const store = createAppStore();
    expect(store.getState().setBreakpoints([{ line: 0 }]).ok).toBe(false);
    expect(store.getState().breakpoints).toEqual([]);
  });
});
