import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { downloadText } from '../lib/storage';
import { PERSIST_VERSION, type PersistedState } from './persisted-state';
import { createSavedStorage, STORAGE_KEY } from './saved-storage';
import type { Store } from './store-types';
import { createUiSlice, type Notice } from './ui-slice';
import { createWorkspaceSlice, pickWorkspace } from './workspace-slice';
import { createSavedWorkspacesSlice, withCurrentSaved } from './saved-workspaces-slice';

const STORAGE_FULL = 'storage-full';

/** Builds the app's store: all slices, saved to localStorage with a version and migrations. */
export function createAppStore() {
  const early: Notice[] = [];
  let notify = (notice: Notice): void => {
    early.push(notice);
  };
  let dismiss = (_id: string): void => {};
  const storage = createSavedStorage({
    onUnreadable: (reason, text) =>
      notify({
        id: 'unreadable-state',
        tone: 'error',
        message: `Your saved work could not be read (${reason}). The playground started with the defaults; the unreadable text is kept and can be downloaded.`,
        actions: [
          {
            label: 'Download saved text',
            run: () => downloadText('unreadable-saved-state.json', text),
          },
        ],
      }),
    onWriteResult: (failure) =>
      failure
        ? notify({
            id: STORAGE_FULL,
            tone: 'error',
            message:
              failure === 'full'
                ? 'Browser storage is full: your work stays in this tab but is not saved. Export it or free some space.'
                : 'Browser storage cannot be written: your work stays in this tab but is not saved.',
          })
        : dismiss(STORAGE_FULL),
  });
  const store = create<Store>()(
    persist(
      (...a) => ({
        ...createWorkspaceSlice(...a),
        ...createSavedWorkspacesSlice(...a),
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
  return Object.assign(store, { flushSaved: storage.flush });
}

/** The app's one store; read it through selectors. */
export const useStore = createAppStore();
