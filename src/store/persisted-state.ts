// Reading saved text: the envelope (version, list, open workspace, layout) as a whole, then each
// workspace on its own; a workspace that cannot be read is set aside and the others load.
import { z } from 'zod';
import { migrateWorkspace, parseOrExplain, PERSIST_VERSION } from './saved-formats';
import { newWorkspaceId, type SavedWorkspace } from './saved-workspaces-slice';
import { SIDEBAR_WIDTH, type ThemeChoice } from './ui-slice';
import { defaultWorkspace } from './workspace-slice';

/** What is saved to localStorage, at the current version. */
export interface PersistedState {
  workspaces: SavedWorkspace[];
  currentId: string;
  ui: { theme: ThemeChoice; sidebarWidth: number };
}

/** A saved workspace that could not be read: its name, why, and its text as saved. */
export interface SetAsideWorkspace {
  name: string;
  reason: string;
  text: string;
}

/** A saved state as read: what loads, and what was set aside. */
export interface SavedRead {
  /** A state that loads as it is: at least one workspace, the open one among them. */
  state: PersistedState;
  setAside: SetAsideWorkspace[];
  /** The open workspace, when it was opened because the saved open one was set aside. */
  reopened: string | null;
  /** No saved workspace could be read: the list holds a new default one. */
  startedNew: boolean;
}

// Layout preferences are not work: when they cannot be read, the defaults are used.
const uiSchema = z
  .object({
    theme: z.enum(['system', 'light', 'dark']).catch('system'),
    sidebarWidth: z.number().catch(SIDEBAR_WIDTH.initial),
  })
  .catch({ theme: 'system', sidebarWidth: SIDEBAR_WIDTH.initial });

// Versions 1 and 2: one workspace.
const singleEnvelope = z.object({ workspace: z.record(z.string(), z.unknown()), ui: uiSchema });
// Versions 3 and later: a list of named workspaces and the id of the open one.
const listEnvelope = z.object({
  workspaces: z.array(z.unknown()).min(1, 'the list of workspaces is empty'),
  currentId: z.string(),
  ui: uiSchema,
});
const entrySchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  updatedAt: z.number(),
  workspace: z.unknown(),
});

/** Each saved item with the entry it stands for, the open id and the layout, per the envelope's version. */
function openEnvelope(state: unknown, version: number) {
  if (version < 3) {
    const single = parseOrExplain(singleEnvelope, state);
    const entry = {
      id: 'default',
      name: 'My workspace',
      updatedAt: Date.now(),
      workspace: single.workspace,
    };
    return {
      items: [{ saved: single.workspace as unknown, entry: entry as unknown }],
      currentId: entry.id,
      ui: single.ui,
    };
  }
  const list = parseOrExplain(listEnvelope, state);
  return {
    items: list.workspaces.map((w) => ({ saved: w, entry: w })),
    currentId: list.currentId,
    ui: list.ui,
  };
}

function nameOf(entry: unknown, index: number): string {
  const { name, id } = (entry ?? {}) as { name?: unknown; id?: unknown };
  if (typeof name === 'string' && name.trim()) return name;
  return typeof id === 'string' && id ? id : `workspace ${index + 1}`;
}

/** Brings a saved state of any known version to the current one, workspace by workspace; throws when the envelope cannot be read. */
export function migrateState(state: unknown, version: number): SavedRead {
  if (!Number.isInteger(version) || version < 1 || version > PERSIST_VERSION) {
    throw new Error(`saved by an unknown version (${version})`);
  }
  const { items, currentId, ui } = openEnvelope(state, version);
  const workspaces: SavedWorkspace[] = [];
  const setAside: SetAsideWorkspace[] = [];
  items.forEach(({ saved, entry }, index) => {
    try {
      const { id, name, updatedAt, workspace } = parseOrExplain(entrySchema, entry);
      if (workspaces.some((w) => w.id === id)) throw new Error('id: another workspace has this id');
      workspaces.push({ id, name, updatedAt, workspace: migrateWorkspace(workspace, version) });
    } catch (error) {
      setAside.push({
        name: nameOf(entry, index),
        reason: (error as Error).message,
        text: JSON.stringify(saved) ?? String(saved),
      });
    }
  });
  const open =
    workspaces.find((w) => w.id === currentId) ??
    [...workspaces].sort((a, b) => b.updatedAt - a.updatedAt)[0];
  const openSetAside =
    !workspaces.some((w) => w.id === currentId) &&
    items.some(({ entry }) => (entry as { id?: unknown } | null)?.id === currentId);
  const reopened = open && openSetAside ? open.name : null;
  if (open)
    return { state: { workspaces, currentId: open.id, ui }, setAside, reopened, startedNew: false };
  const fresh = {
    id: newWorkspaceId(),
    name: 'My workspace',
    updatedAt: Date.now(),
    workspace: defaultWorkspace(),
  };
  return {
    state: { workspaces: [fresh], currentId: fresh.id, ui },
    setAside,
    reopened: null,
    startedNew: true,
  };
}

/** Reads saved text: the state and what was set aside, or why the text cannot be used at all. */
export function parseSavedText(text: string): SavedRead | { error: string } {
  try {
    const envelope = JSON.parse(text) as { state?: unknown; version?: unknown };
    if (!envelope || typeof envelope !== 'object' || typeof envelope.version !== 'number') {
      return { error: 'it has no version number' };
    }
    return migrateState(envelope.state, envelope.version);
  } catch (error) {
    return {
      error: error instanceof SyntaxError ? 'it is not valid JSON' : (error as Error).message,
    };
  }
}
