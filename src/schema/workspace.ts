// One workspace: the function, its input and its configuration. Its one definition is
// `workspaceFields` below; the store's type, the saved form, the link state, the CLI project's
// sidecar file and the run request all derive from it, so a new setting is added here once.
import { z } from 'zod';
import { eventIdSchema } from './events';
import { PLATFORM, RUNTIME_RULES } from './platform';
import { secretRowSchema, secretsSchemaFor } from './secret-rows';
import { testCaseSchema } from './test-case';

export {
  SECRET_TYPES,
  secretRowSchema,
  secretsSchemaFor,
  secretValueChars,
  secretValueOf,
  storedSecrets,
  type SecretRow,
  type SecretType,
} from './secret-rows';

/** The platform's run time limit, and so the default timeout. */
export const DEFAULT_TIMEOUT_MS = PLATFORM.limits.runMs;
/** Longest timeout a user may set. */
export const MAX_TIMEOUT_MS = 600_000;

/** A key/value row, as the CLI writes environment variables and secrets. */
export const keyValueSchema = z.object({ key: z.string(), value: z.string() });
/** A key/value row. */
export type KeyValue = z.infer<typeof keyValueSchema>;

const ENV_LIMITS = [RUNTIME_RULES.v1.limits, RUNTIME_RULES.v2.limits];
const ENV_NAME_CHARS = Math.max(...ENV_LIMITS.map((l) => l.envNameChars));
const ENV_VALUE_CHARS = Math.max(...ENV_LIMITS.map((l) => l.envValueChars));

/**
 * Environment variable rows, within the largest limits of both runtimes (switching runtime never
 * loses a row; V1 documents no count); the settings table and the run flag a row past the chosen runtime's limits.
 */
export const envSchema = z.array(
  z.object({
    key: z
      .string()
      .min(1, 'a variable needs a name')
      .max(ENV_NAME_CHARS, `names are at most ${ENV_NAME_CHARS} characters`)
      .regex(
        /^[A-Za-z_][A-Za-z0-9_]*$/,
        'names use letters, digits and _ and do not start with a digit',
      ),
    value: z
      .string()
      // The message is made when needed: a first toLocaleString sets up number formatting, about
      // 20 ms of the page's start on a slow machine.
      .max(ENV_VALUE_CHARS, {
        error: () => `values are at most ${ENV_VALUE_CHARS.toLocaleString('en-US')} characters`,
      }),
  }),
);

/** HTTP methods a mock rule may name. */
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

/** A mock rule: answers requests whose method and URL match (`*` is a wildcard). */
export const mockRuleSchema = z.object({
  method: z
    .string()
    .transform((m) => m.toUpperCase())
    .pipe(z.enum(HTTP_METHODS))
    .optional(),
  url: z.string().min(1, 'a mock needs a URL pattern'),
  status: z.number().int().min(100).max(599).optional(),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.unknown().optional(),
  delayMs: z.number().int().min(0).max(MAX_TIMEOUT_MS).optional(),
});
/** A mock rule as stored and shared. */
export type MockRule = z.infer<typeof mockRuleSchema>;

/** The timeout a user may set, in milliseconds. */
export const timeoutSchema = z.number().int().min(100).max(MAX_TIMEOUT_MS);

/** The platform's two runtime versions, chosen when a function is created. */
export const RUNTIMES = ['v1', 'v2'] as const;
/** A runtime version: V1 (Node 14, `lp-faas-toolbelt`, callback) or V2 (Node 22, `core-functions-toolbelt`, returned value). */
export type Runtime = (typeof RUNTIMES)[number];
/** Names shown for each runtime. */
export const RUNTIME_NAMES: Record<Runtime, string> = {
  v1: 'V1 (Node 14)',
  v2: 'V2 (Node 22)',
};

/** A `lambda` whose first parameter (a name or a destructuring, maybe with a default) has a second beside it. */
const CALLBACK_LAMBDA =
  /\blambda\b[^(\n]*\(\s*(?:[\w$]+|\{[^{}]*\}|\[[^[\]]*\])\s*(?:=\s*[^,()]*)?,\s*[\w$]+/;

/** The runtime code is written for: V1 when it uses `lp-faas-toolbelt` or the callback contract, else V2. */
export function runtimeOfCode(code: string): Runtime {
  return /\blp-faas-toolbelt\b/.test(code) || CALLBACK_LAMBDA.test(code) ? 'v1' : 'v2';
}

/** Secret rows valid for some runtime (links and files); the secrets table checks the workspace's runtime (secretsSchemaFor). */
export const secretsSchema = secretsSchemaFor(RUNTIMES);

/** A JSON object (the payload). */
export const jsonObjectSchema = z.record(z.string(), z.unknown());

/** Most breakpoints a workspace keeps. */
export const MAX_BREAKPOINTS = 500;

/** A breakpoint of the debugger: a line (from 1), with an optional condition or a logpoint's message. */
export const breakpointSchema = z.object({
  line: z.number().int().min(1).max(1_000_000),
  /** An expression over the recorded values: the breakpoint stops only where it is true. */
  condition: z.string().max(500).exactOptional(),
  /** A logpoint's message, with `{expression}` placeholders: shown in the timeline, never stops. */
  log: z.string().max(500).exactOptional(),
});
/** A breakpoint. */
export type Breakpoint = z.infer<typeof breakpointSchema>;

/** A workspace's fields, each as links, files and runs must have it (rows valid for the platform). */
export const workspaceFields = z.object({
  event: eventIdSchema,
  /** `input.payload`: any JSON object (undocumented fields are kept). */
  payload: jsonObjectSchema,
  code: z.string(),
  env: envSchema,
  secrets: secretsSchema,
  mocks: z.array(mockRuleSchema),
  timeoutMs: timeoutSchema,
  /** Keep module-level state between runs, like a warm instance. */
  keepWarm: z.boolean(),
  /** Saved test cases run by Run all. */
  cases: z.array(testCaseSchema),
  /** The runtime version the function runs on. */
  runtime: z.enum(RUNTIMES),
  /** The debugger's breakpoints, by line of the code. */
  breakpoints: z.array(breakpointSchema).max(MAX_BREAKPOINTS),
});

/** What a workspace holds. */
export type Workspace = z.output<typeof workspaceFields>;
/** The names of a workspace's fields. */
export type WorkspaceKey = keyof Workspace;
/** The names of a workspace's fields, in their order. */
export const WORKSPACE_KEYS: readonly WorkspaceKey[] = workspaceFields.keyof().options;

/** Some of a workspace's fields (from a link or a file); an undefined one is left out. */
export type WorkspaceParts = { [K in WorkspaceKey]?: Workspace[K] | undefined };

/** How the UI names each field when it lists what a link or a file brought, or what changed (in this order). */
export const WORKSPACE_PART_NAMES: Record<WorkspaceKey, string> = {
  code: 'the code',
  payload: 'the payload',
  event: 'the event',
  env: 'the environment variables',
  secrets: 'the secrets',
  mocks: 'the mock rules',
  timeoutMs: 'the timeout',
  keepWarm: 'the warm-instance setting',
  cases: 'the test cases',
  runtime: 'the runtime',
  breakpoints: 'the breakpoints',
};

/** The fields a workspace always has; the others take their defaults when absent. */
export type WorkspaceCore = Pick<Workspace, 'event' | 'payload' | 'code'>;

/** The defaults of the settings a workspace (saved by an older version, or from a link) may lack. */
export function workspaceDefaults(core: WorkspaceCore): Omit<Workspace, keyof WorkspaceCore> {
  return {
    env: [],
    secrets: [],
    mocks: [],
    timeoutMs: DEFAULT_TIMEOUT_MS,
    keepWarm: false,
    cases: [],
    runtime: runtimeOfCode(typeof core.code === 'string' ? core.code : ''),
    breakpoints: [],
  };
}

/** A mock rule as kept while typed: the URL may still be empty, the numbers out of range (but finite). */
export const keptMockRuleSchema = mockRuleSchema.extend({
  url: z.string(),
  status: z.number().optional(),
  delayMs: z.number().optional(),
});

const withDefaults = (value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? { ...workspaceDefaults(value as WorkspaceCore), ...value }
    : value;

/**
 * A workspace's fields as the store keeps and saves them. The settings tables keep rows while they
 * are typed (a variable without a name yet, a secret key with a space, a mock without its URL) and
 * show their problems instead of refusing the keystroke, so the kept form accepts those rows.
 */
export const keptWorkspaceFields = workspaceFields.extend({
  env: z.array(keyValueSchema),
  secrets: z.array(secretRowSchema),
  mocks: z.array(keptMockRuleSchema),
});

/** A workspace as the store keeps and saves it; absent settings take their defaults. */
export const keptWorkspaceSchema = z.preprocess(withDefaults, keptWorkspaceFields);

/** A named workspace of the saved list. */
export const keptEntrySchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  updatedAt: z.number(),
  workspace: keptWorkspaceSchema,
});

/** Picks a workspace's fields out of a larger object (the store's state). */
export function pickWorkspace(source: Workspace): Workspace {
  return Object.fromEntries(WORKSPACE_KEYS.map((key) => [key, source[key]])) as Workspace;
}

/** What a run needs of a workspace: every field but the test cases and the breakpoints. */
export type RunFields = Omit<Workspace, 'cases' | 'breakpoints'>;

/** The run request's fields for a workspace. */
export function runRequestOf(workspace: Workspace): RunFields {
  const { cases: _cases, breakpoints: _breakpoints, ...fields } = pickWorkspace(workspace);
  return fields;
}
