import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from './store';
import { defaultWorkspace } from './workspace-slice';

beforeEach(() => vi.unstubAllGlobals());

describe('saved workspaces', () => {
  it('opens a new workspace and keeps the previous one, edits included', () => {
    const store = createAppStore();
    const first = store.getState().currentWorkspaceId;
    store.getState().setCode('first code');
    const id = store
      .getState()
      .createWorkspace({ ...defaultWorkspace(), code: 'shared code' }, 'Shared');
    expect(store.getState().code).toBe('shared code');
    store.getState().switchWorkspace(first);
    expect(store.getState().code).toBe('first code');
    store.getState().switchWorkspace(id);
    expect(store.getState().code).toBe('shared code');
  });

  it('renames and duplicates', () => {
    const store = createAppStore();
    const first = store.getState().currentWorkspaceId;
    store.getState().setCode('mine');
    store.getState().renameWorkspace(first, 'Agent closes');
    store.getState().duplicateWorkspace(first);
    const names = store.getState().savedWorkspaces.map((w) => w.name);
    expect(names).toEqual(['Agent closes', 'Agent closes (copy)']);
    expect(store.getState().currentWorkspaceId).not.toBe(first);
    expect(store.getState().code).toBe('mine');
  });

  it('deletes the current workspace, opens another, and restores on undo', () => {
    const store = createAppStore();
    const first = store.getState().currentWorkspaceId;
    store.getState().createWorkspace({ ...defaultWorkspace(), code: 'second' }, 'Second');
    const removed = store.getState().deleteWorkspace(store.getState().currentWorkspaceId);
    expect(store.getState().currentWorkspaceId).toBe(first);
    expect(store.getState().savedWorkspaces).toHaveLength(1);
    store.getState().restoreWorkspace(removed!);
    expect(store.getState().savedWorkspaces.map((w) => w.name)).toEqual(['My workspace', 'Second']);
  });

  it('never leaves the list empty', () => {
    const store = createAppStore();
    store.getState().setCode('gone');
    store.getState().deleteWorkspace(store.getState().currentWorkspaceId);
    expect(store.getState().savedWorkspaces).toHaveLength(1);
    expect(store.getState().code).toBe(defaultWorkspace().code);
  });
});
