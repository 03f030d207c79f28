import { describe, expect, it } from 'vitest';
import { migrateState, parseSavedText } from './persisted-state';
import { PERSIST_VERSION } from './saved-formats';
import { defaultWorkspace } from './workspace-slice';

const ui = { theme: 'light', sidebarWidth: 500 };
const entry = (id: string, updatedAt: number, workspace: unknown = defaultWorkspace()) => ({
  id,
  name: id.toUpperCase(),
  updatedAt,
  workspace,
});
const withoutCases = () => {
  const { cases: _cases, ...rest } = defaultWorkspace();
  return rest;
};
const badSecret = { ...defaultWorkspace(), secrets: [{ key: 'token', value: 42 }] };

describe('migrateState', () => {
  it('accepts the current version unchanged', () => {
    const state = { workspaces: [entry('a', 1)], currentId: 'a', ui };
    expect(migrateState(state, PERSIST_VERSION)).toEqual({
      state,
      setAside: [],
      reopened: null,
      startedNew: false,
    });
  });

  it('keeps rows the settings tables hold while they are typed', () => {
    const workspace = {
      ...defaultWorkspace(),
      env: [{ key: '', value: '' }],
      secrets: [{ key: 'bad key!', value: 'v' }],
      mocks: [{ url: '', status: 9999, delayMs: -1 }],
    };
    const read = migrateState({ workspaces: [entry('a', 1, workspace)], currentId: 'a', ui }, 4);
    expect(read.setAside).toEqual([]);
    expect(read.state.workspaces[0]?.workspace).toEqual(workspace);
  });

  it('sets aside a workspace that cannot be read, naming the first problem and its path', () => {
    const read = migrateState(
      { workspaces: [entry('a', 1), entry('b', 2, badSecret)], currentId: 'a', ui },
      4,
    );
    expect(read.state.workspaces.map((w) => w.id)).toEqual(['a']);
    expect(read.state.currentId).toBe('a');
    expect(read.setAside).toEqual([
      {
        name: 'B',
        reason: 'secrets.0.value: Invalid input: expected string, received number',
        text: JSON.stringify(entry('b', 2, badSecret)),
      },
    ]);
    expect(read.reopened).toBeNull();
  });

  it('opens the most recent remaining workspace when the open one is set aside', () => {
    const read = migrateState(
      { workspaces: [entry('a', 1), entry('b', 3, badSecret), entry('c', 2)], currentId: 'b', ui },
      4,
    );
    expect(read.state.currentId).toBe('c');
    expect(read.reopened).toBe('C');
  });

  it('opens the most recent workspace when the open id is not in the list', () => {
    const read = migrateState(
      { workspaces: [entry('a', 1), entry('c', 2)], currentId: 'gone', ui },
      4,
    );
    expect(read.state.currentId).toBe('c');
    expect(read.setAside).toEqual([]);
  });

  it('starts with a new default workspace when none can be read', () => {
    const read = migrateState({ workspaces: [{ name: 'no id' }], currentId: 'a', ui }, 4);
    expect(read.startedNew).toBe(true);
    expect(read.setAside).toMatchObject([
      { name: 'no id', reason: expect.stringContaining('id:') },
    ]);
    expect(read.state.workspaces).toHaveLength(1);
    expect(read.state.workspaces[0]?.workspace).toEqual(defaultWorkspace());
    expect(read.state.currentId).toBe(read.state.workspaces[0]?.id);
  });

  it('sets aside a second workspace with the same id', () => {
    const read = migrateState(
      { workspaces: [entry('a', 1), entry('a', 2)], currentId: 'a', ui },
      4,
    );
    expect(read.state.workspaces).toEqual([entry('a', 1)]);
    expect(read.setAside[0]?.reason).toBe('id: another workspace has this id');
  });

  it('migrates a version 3 state workspace by workspace, giving each an empty list of cases', () => {
    const read = migrateState(
      {
        workspaces: [entry('a', 1, withoutCases()), entry('b', 2, { ...withoutCases(), env: 7 })],
        currentId: 'a',
        ui,
      },
      3,
    );
    expect(read.state.workspaces.map((w) => w.workspace.cases)).toEqual([[]]);
    expect(read.setAside).toMatchObject([{ name: 'B', reason: expect.stringContaining('env:') }]);
  });

  it('sets aside the workspace of an old single-workspace state, keeping its text', () => {
    const workspace = { event: 'nope' };
    const read = migrateState({ workspace, ui }, 2);
    expect(read.startedNew).toBe(true);
    expect(read.setAside).toMatchObject([
      { name: 'My workspace', reason: expect.stringContaining('event:') },
    ]);
    expect(read.setAside[0]?.text).toBe(JSON.stringify(workspace));
  });

  it('uses the default layout when the saved one cannot be read', () => {
    const read = migrateState({ workspaces: [entry('a', 1)], currentId: 'a', ui: 'wide' }, 4);
    expect(read.state.ui).toEqual({ theme: 'system', sidebarWidth: 420 });
  });

  it.each([
    [{ workspaces: [], currentId: 'a', ui }, 4, 'workspaces: the list of workspaces is empty'],
    [{ workspaces: {}, currentId: 'a', ui }, 4, 'workspaces: Invalid input'],
    [{ workspaces: [entry('a', 1)], ui }, 4, 'currentId: Invalid input'],
    [{ ui }, 2, 'workspace: Invalid input'],
    [{}, 0, 'saved by an unknown version (0)'],
  ])('refuses an envelope it cannot read: %j', (state, version, reason) => {
    expect(() => migrateState(state, version)).toThrow(reason);
  });
});

describe('parseSavedText', () => {
  it('explains text that cannot be used at all', () => {
    expect(parseSavedText('{')).toEqual({ error: 'it is not valid JSON' });
    expect(parseSavedText('[]')).toEqual({ error: 'it has no version number' });
    expect(parseSavedText(JSON.stringify({ state: null, version: 0 }))).toEqual({
      error: 'saved by an unknown version (0)',
    });
  });
});
