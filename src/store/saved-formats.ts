// The saved formats of one workspace, by version, and the migrations between them: each workspace
// is migrated on its own, so one that cannot be read costs only itself.
import { z } from 'zod';
import { jsonObjectSchema, keptWorkspaceSchema, keyValueSchema } from '../schema/workspace';
import { eventIdSchema } from '../schema/events';
import { firstProblem } from './field-checks';
import type { Workspace } from '../schema/workspace';

/** Version of the saved-state format written now. */
export const PERSIST_VERSION = 4;

/** Parses with a schema, or throws an Error naming the first problem and its path. */
export function parseOrExplain<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new Error(firstProblem(parsed.error));
}

// Version 1, the first saved format: a workspace without mocks, timeout or warm instances, and
// the environment as a name -> value object (as older CLI versions wrote config.json).
const workspaceV1 = z.object({
  event: eventIdSchema,
  payload: jsonObjectSchema,
  code: z.string(),
  env: z.record(z.string(), z.string()),
  secrets: z.array(keyValueSchema),
});

// Migrations of one workspace from a version to the next. Settings a version lacks (version 1:
// mocks, timeout, warm instances; versions 2 and 3: test cases) take their defaults when the
// workspace is read; version 3 changed only what is around the workspaces (a list of named ones).
const migrations: Partial<Record<number, (workspace: unknown) => unknown>> = {
  1: (workspace) => {
    const v1 = parseOrExplain(workspaceV1, workspace);
    return { ...v1, env: Object.entries(v1.env).map(([key, value]) => ({ key, value })) };
  },
};

/** Brings one saved workspace of a known `version` to the current format; throws naming the first problem. */
export function migrateWorkspace(workspace: unknown, version: number): Workspace {
  let current = workspace;
  for (let v = version; v < PERSIST_VERSION; v += 1) {
    const migrate = migrations[v];
    if (migrate) current = migrate(current);
  }
  return parseOrExplain(keptWorkspaceSchema, current);
}
