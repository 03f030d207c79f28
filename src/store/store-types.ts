import type { SavedWorkspacesSlice } from './saved-workspaces-slice';
import type { UiSlice } from './ui-slice';
import type { WorkspaceSlice } from './workspace-slice';

/** The whole store: every slice combined. */
export type Store = WorkspaceSlice & SavedWorkspacesSlice & UiSlice;
