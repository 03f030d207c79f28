import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { PersistedState } from './persisted-state';
import { PERSIST_VERSION } from './saved-formats';
import { savedStateNotices } from './saved-notices';
import { createSavedStorage, STORAGE_KEY } from './saved-storage';
import type { Store } from './store-types';
import { createUiSlice, type Notice } from './ui-slice';
import { pickWorkspace } from '../schema/workspace';
import { createWorkspaceSlice } from './workspace-slice';
import { createSavedWorkspacesSlice, withCurrentSaved } from './saved-workspaces-slice';

/** Builds the app's store: all slices, saved to localStorage with a version and migrations. */
export function createAppStore() {
  const early: Notice[] = [];
  let notify = (notice: Notice): void => {
    early.push(notice);
  };
  let dismiss = (_id: string): void => {};
  const storage = createSavedStorage(
    savedStateNotices(
      (notice) => notify(notice),
      (id) => dismiss(id),
    ),
  );
  const store = create<Store>()(
    persist(
      (...a) => ({
        ...createWorkspaceSlice(...a),
        ...createSavedWorkspacesSlice(storage.flush)(...a),
        ...createUiSlice(...a),
      }),
      {
        name: STORAGE_KEY,
        version: PERSIST_VERSION,
        storage,
        partialize: (s): PersistedState => ({
          workspaces: withCurrentSaved(s),
          currentId: s.currentWorkspaceId,
          ui: { theme: s.theme, sidebarWidth: s.sidebarWidth },
        }),
        merge: (saved, current) => {
          const state = saved as PersistedState | undefined;
          const open = state?.workspaces.find((w) => w.id === state.currentId);
          if (!state || !open) return current;
          return {
            ...current,
            ...state.ui,
            ...pickWorkspace(open.workspace),
            savedWorkspaces: state.workspaces,
            currentWorkspaceId: state.currentId,
          };
        },
      },
    ),
  );
  notify = (notice) => store.getState().pushNotice(notice);
  dismiss = (id) => {
    if (store.getState().notices.some((n) => n.id === id)) store.getState().dismissNotice(id);
  };
  early.forEach(notify);
  // Something could not be loaded and was set aside: save what loaded now, so that the
  // unreadable text is not read (and set aside) again.
  if (early.length) storage.flush();
  return Object.assign(store, { flushSaved: storage.flush });
}

/** The app's one store; read it through selectors. */
export const useStore = createAppStore();
