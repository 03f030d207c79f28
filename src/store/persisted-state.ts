import { z } from 'zod';
import {
  envSchema,
  eventIdSchema,
  keyValueSchema,
  mockRuleSchema,
  secretsSchema,
  timeoutSchema,
} from '../schema/workspace';
import { testCaseSchema } from '../schema/test-case';
import type { SavedWorkspace } from './saved-workspaces-slice';
import type { ThemeChoice } from './ui-slice';

/** Version of the saved-state format written now. */
export const PERSIST_VERSION = 4;

/** What is saved to localStorage, at the current version. */
export interface PersistedState {
  workspaces: SavedWorkspace[];
  currentId: string;
  ui: { theme: ThemeChoice; sidebarWidth: number };
}

const jsonObject = z.record(z.string(), z.unknown());

const workspaceV2 = z.object({
  event: eventIdSchema,
  payload: jsonObject,
  code: z.string(),
  env: envSchema,
  secrets: secretsSchema,
  mocks: z.array(mockRuleSchema),
  timeoutMs: timeoutSchema,
  keepWarm: z.boolean(),
});

const workspaceV4 = workspaceV2.extend({ cases: z.array(testCaseSchema) });

const uiV2 = z.object({ theme: z.enum(['system', 'light', 'dark']), sidebarWidth: z.number() });

// Version 2: one workspace.
const stateV2 = z.object({ workspace: workspaceV2, ui: uiV2 });

/** A list of named workspaces and the id of the open one (versions 3 and later). */
const listState = <W extends z.ZodType>(workspace: W) =>
  z
    .object({
      workspaces: z
        .array(
          z.object({ id: z.string().min(1), name: z.string(), updatedAt: z.number(), workspace }),
        )
        .min(1),
      currentId: z.string(),
      ui: uiV2,
    })
    .refine((s) => s.workspaces.some((w) => w.id === s.currentId), {
      message: 'the open workspace is not in the list',
      path: ['currentId'],
    });

// Version 3: a list of named workspaces. Version 4: each workspace has its test cases.
const stateV3 = listState(workspaceV2);
const stateV4 = listState(workspaceV4);

// Version 1, the first saved format: a workspace without mocks, timeout or warm instances, and
// the environment as a name -> value object (as older CLI versions wrote config.json).
const stateV1 = z.object({
  workspace: z.object({
    event: eventIdSchema,
    payload: jsonObject,
    code: z.string(),
    env: z.record(z.string(), z.string()),
    secrets: z.array(keyValueSchema),
  }),
  ui: z
    .object({ theme: z.enum(['system', 'light', 'dark']) })
    .partial()
    .optional(),
});

/** Parses with a schema, or throws an Error naming the first problem's path. */
function parseOrExplain<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  throw new Error(`${first?.path.join('.') || 'state'}: ${first?.message ?? 'invalid'}`);
}

/** Migrations from each older version to the next, each tested. */
const migrations: Record<number, (state: unknown) => unknown> = {
  1: (state) => {
    const v1 = parseOrExplain(stateV1, state);
    return {
      workspace: {
        ...v1.workspace,
        env: Object.entries(v1.workspace.env).map(([key, value]) => ({ key, value })),
        mocks: [],
        timeoutMs: 30_000,
        keepWarm: false,
      },
      ui: { theme: v1.ui?.theme ?? 'system', sidebarWidth: 420 },
    };
  },
  2: (state) => {
    const v2 = parseOrExplain(stateV2, state);
    return {
      workspaces: [
        { id: 'default', name: 'My workspace', updatedAt: Date.now(), workspace: v2.workspace },
      ],
      currentId: 'default',
      ui: v2.ui,
    };
  },
  3: (state) => {
    const v3 = parseOrExplain(stateV3, state);
    return {
      ...v3,
      workspaces: v3.workspaces.map((w) => ({ ...w, workspace: { ...w.workspace, cases: [] } })),
    };
  },
};

/** Brings a saved state of any known version to the current one; throws with a reason otherwise. */
export function migrateState(state: unknown, version: number): PersistedState {
  if (!Number.isInteger(version) || version < 1 || version > PERSIST_VERSION) {
    throw new Error(`saved by an unknown version (${version})`);
  }
  let current = state;
  for (let v = version; v < PERSIST_VERSION; v += 1) current = migrations[v]!(current);
  return parseOrExplain(stateV4, current) as PersistedState;
}

/** Reads saved text: the state, or why it cannot be used. */
export function parseSavedText(text: string): { state: PersistedState } | { error: string } {
  try {
    const envelope = JSON.parse(text) as { state?: unknown; version?: unknown };
    if (!envelope || typeof envelope !== 'object' || typeof envelope.version !== 'number') {
      return { error: 'it has no version number' };
    }
    return { state: migrateState(envelope.state, envelope.version) };
  } catch (error) {
    return {
      error: error instanceof SyntaxError ? 'it is not valid JSON' : (error as Error).message,
    };
  }
}
