import type { StateCreator } from 'zustand';
import { entryProblem, refuseChange, workspaceProblem, type WriteResult } from './field-checks';
import { secretUpdate, type SecretUpdateResult } from './secret-update';
import type { Store } from './store-types';
import { pickWorkspace, type SecretType, type Workspace } from '../schema/workspace';
import { defaultWorkspace } from './workspace-slice';

/** A named workspace in the saved list. */
export interface SavedWorkspace {
  id: string;
  name: string;
  /** Epoch milliseconds of the last save. */
  updatedAt: number;
  workspace: Workspace;
}

/**
 * The saved list, and which entry the editable workspace fields belong to. Opening, creating,
 * deleting and restoring a workspace are saved at once (not batched like edits).
 */
export interface SavedWorkspacesSlice {
  /** Every workspace; the current one's copy is refreshed from the live fields when saved or listed. */
  savedWorkspaces: SavedWorkspace[];
  currentWorkspaceId: string;
  /** Saves the current workspace and opens `workspace` as a new one; returns its id ('' when refused). */
  createWorkspace: (workspace: Workspace, name: string) => string;
  switchWorkspace: (id: string) => void;
  renameWorkspace: (id: string, name: string) => void;
  /** Copies a workspace under a new name and opens the copy. */
  duplicateWorkspace: (id: string) => void;
  /** Removes a workspace (opening another when it was the current one); returns it for undo. */
  deleteWorkspace: (id: string) => SavedWorkspace | undefined;
  /** Puts a deleted workspace back in the list. */
  restoreWorkspace: (saved: SavedWorkspace) => WriteResult;
  /** Writes a run's secret update to the workspace it ran in, only when that workspace has the key. */
  applySecretUpdate: (
    workspaceId: string,
    key: string,
    value: string,
    type?: SecretType,
  ) => SecretUpdateResult;
}

/** A new unique workspace id. */
export function newWorkspaceId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ??
    `w${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`
  );
}

/** The saved list with the current entry refreshed from the live workspace fields. */
export function withCurrentSaved(s: Store): SavedWorkspace[] {
  return s.savedWorkspaces.map((w) =>
    w.id === s.currentWorkspaceId
      ? { ...w, workspace: pickWorkspace(s), updatedAt: Date.now() }
      : w,
  );
}

const FIRST_ID = 'default';

/** Creates the saved-workspaces slice; `saveNow` writes the saved state without waiting. */
export const createSavedWorkspacesSlice =
  (saveNow: () => void): StateCreator<Store, [], [], SavedWorkspacesSlice> =>
  (set, get) => ({
    savedWorkspaces: [
      { id: FIRST_ID, name: 'My workspace', updatedAt: Date.now(), workspace: defaultWorkspace() },
    ],
    currentWorkspaceId: FIRST_ID,
    createWorkspace: (workspace, name) => {
      const problem = workspaceProblem(workspace);
      if (problem) {
        refuseChange(get().pushNotice, problem);
        return '';
      }
      const id = newWorkspaceId();
      set((s) => ({
        savedWorkspaces: [
          ...withCurrentSaved(s),
          { id, name, updatedAt: Date.now(), workspace: pickWorkspace(workspace) },
        ],
        currentWorkspaceId: id,
        ...pickWorkspace(workspace),
      }));
      saveNow();
      return id;
    },
    switchWorkspace: (id) => {
      const s = get();
      const target = s.savedWorkspaces.find((w) => w.id === id);
      if (!target || id === s.currentWorkspaceId) return;
      set({
        savedWorkspaces: withCurrentSaved(s),
        currentWorkspaceId: id,
        ...pickWorkspace(target.workspace),
      });
      saveNow();
    },
    renameWorkspace: (id, name) =>
      set((s) => ({
        savedWorkspaces: s.savedWorkspaces.map((w) => (w.id === id ? { ...w, name } : w)),
      })),
    duplicateWorkspace: (id) => {
      const source = withCurrentSaved(get()).find((w) => w.id === id);
      if (source) get().createWorkspace(structuredClone(source.workspace), `${source.name} (copy)`);
    },
    deleteWorkspace: (id) => {
      const list = withCurrentSaved(get());
      const removed = list.find((w) => w.id === id);
      if (!removed) return undefined;
      const rest = list.filter((w) => w.id !== id);
      if (id !== get().currentWorkspaceId) {
        set({ savedWorkspaces: rest });
      } else {
        const next = [...rest].sort((a, b) => b.updatedAt - a.updatedAt)[0] ?? {
          id: newWorkspaceId(),
          name: 'My workspace',
          updatedAt: Date.now(),
          workspace: defaultWorkspace(removed.workspace.event),
        };
        set({
          savedWorkspaces: rest.length ? rest : [next],
          currentWorkspaceId: next.id,
          ...pickWorkspace(next.workspace),
        });
      }
      saveNow();
      return removed;
    },
    restoreWorkspace: (saved) => {
      const problem = entryProblem(saved);
      if (problem) return refuseChange(get().pushNotice, problem);
      set((s) => ({
        savedWorkspaces: [...s.savedWorkspaces.filter((w) => w.id !== saved.id), saved],
      }));
      saveNow();
      return { ok: true };
    },
    applySecretUpdate: (workspaceId, key, value, type) => {
      const { result, change } = secretUpdate(get(), workspaceId, key, value, type);
      if (change) set(change);
      return result;
    },
  });
