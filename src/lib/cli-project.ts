// The LivePerson Functions CLI's local project as a zip: `functions/<name>/index.js` and
// `config.json`, and `functions/settings.json` (secrets, allow-list) only when secrets are wanted.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { breakpointsWithin } from './breakpoints';
import { findForbiddenKey } from '../schema/link-state';
import type { z } from 'zod';
import {
  envSchema,
  secretsSchema,
  storedSecrets,
  workspaceDefaults,
  workspaceFields,
  type KeyValue,
  type MockRule,
  type Workspace,
  type WorkspaceParts,
} from '../schema/workspace';
import { EVENT_IDS, EVENT_NAMES, type EventId } from '../schema/events';

/** A workspace as exported: the fields the CLI's files hold, and any others (mocks give the allow-list; the rest go to the sidecar file). */
export type CliWorkspace = Pick<Workspace, 'event' | 'payload' | 'code' | 'env' | 'secrets'> &
  WorkspaceParts;

/** The fields of a workspace the CLI's own files hold; the sidecar file keeps the playground's others. */
const CLI_FIELDS = { event: true, payload: true, code: true, env: true, secrets: true } as const;
const sidecarSchema = workspaceFields.omit(CLI_FIELDS).partial().strict();
type Sidecar = z.infer<typeof sidecarSchema>;

/** What an import found: the function's name, the workspace parts present, notes for the user. */
export interface CliImport {
  name: string;
  parts: WorkspaceParts;
  notes: string[];
}

/** Largest file read from an import. */
const MAX_FILE_BYTES = 5_000_000;
const DEFAULT_NAME = 'survey-function';

/** A function name fit for a folder: letters, digits, `-` and `_`. */
export function cliFunctionName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return cleaned.slice(0, 100) || DEFAULT_NAME;
}

const json = (value: unknown) => strToU8(JSON.stringify(value, null, 2) + '\n');

/** The allow-list entries the mock rules' URLs name (`*.example.com` kept as a wildcard). */
function whitelistOf(mocks: readonly MockRule[]): string[] {
  const hosts = mocks.map((m) => /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(m.url)?.[1]);
  return [...new Set(hosts.filter((h): h is string => !!h && h !== '*'))];
}

/** Zips a workspace in the CLI's project layout; settings.json only when `includeSecrets`. */
export function exportCliZip(
  workspace: CliWorkspace,
  options: { name: string; includeSecrets: boolean; description?: string },
): Uint8Array {
  const name = cliFunctionName(options.name);
  const config = {
    name,
    event: workspace.event,
    description: options.description ?? `${EVENT_NAMES[workspace.event]} function`,
    input: { headers: [], payload: workspace.payload },
    environmentVariables: workspace.env.map(({ key, value }) => ({ key, value })),
  };
  const files: Record<string, Uint8Array> = {
    [`functions/${name}/index.js`]: strToU8(workspace.code),
    [`functions/${name}/config.json`]: json(config),
  };
  const sidecar = sidecarOf(workspace);
  if (Object.keys(sidecar).length > 0) files[`functions/${name}/${CASES_FILE}`] = json(sidecar);
  if (options.includeSecrets) {
    files['functions/settings.json'] = json({
      // As the CLI's toolbelt reads them: a JSON secret's value is its JSON, not a string.
      secrets: storedSecrets(workspace.secrets),
      whitelist: whitelistOf(workspace.mocks ?? []),
    });
  }
  return zipSync(files);
}

class ImportError extends Error {}

/** The sidecar file beside the function (the CLI ignores it): test cases and the playground's other settings; named for what it first held. */
const CASES_FILE = 'playground-cases.json';

/** The sidecar's content: the workspace's fields the CLI files lack and that differ from their defaults (mocks are kept only as the allow-list). */
function sidecarOf(workspace: CliWorkspace): Sidecar {
  const defaults: Record<string, unknown> = workspaceDefaults(workspace);
  const sidecar: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(workspace)) {
    if (key in CLI_FIELDS || key === 'mocks' || value === undefined) continue;
    if (JSON.stringify(value) !== JSON.stringify(defaults[key])) sidecar[key] = value;
  }
  return sidecar as Sidecar;
}

function parseJson(text: string, file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(`${file} is not valid JSON (${(error as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ImportError(`${file} must hold a JSON object`);
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden) throw new ImportError(`${file} holds a forbidden key (${forbidden})`);
  return value as Record<string, unknown>;
}

/** Reads `environmentVariables` in either format: `[{key, value}]` or (older CLIs) `{NAME: value}`. */
function readEnv(value: unknown): KeyValue[] {
  if (value === undefined) return [];
  const rows =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value).map(([key, v]) => ({
          key,
          value: typeof v === 'number' || typeof v === 'boolean' ? String(v) : v,
        }))
      : value;
  const parsed = envSchema.safeParse(rows);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new ImportError(
    `config.json has unusable environmentVariables (${[...issue.path].join('.') || 'list'}: ${issue.message})`,
  );
}

/** Reads a config.json into workspace parts. */
function readConfig(text: string, into: CliImport): void {
  const config = parseJson(text, 'config.json');
  if (typeof config.name === 'string' && config.name) into.name = config.name;
  if (config.event === undefined) {
    into.notes.push('config.json names no event; the current event was kept.');
  } else if (!EVENT_IDS.includes(config.event as EventId)) {
    throw new ImportError(
      `config.json is for the event ${JSON.stringify(config.event)}; the playground runs ${EVENT_IDS.map((id) => EVENT_NAMES[id]).join(' and ')} functions only`,
    );
  } else {
    into.parts.event = config.event as EventId;
  }
  const payload = (config.input as { payload?: unknown } | undefined)?.payload;
  if (payload === undefined) {
    into.notes.push('config.json has no input.payload; the current payload was kept.');
  } else if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new ImportError('config.json has an input.payload that is not a JSON object');
  } else {
    into.parts.payload = payload as Record<string, unknown>;
  }
  into.parts.env = readEnv(config.environmentVariables);
}

/** Reads a settings.json's secrets into workspace parts. */
function readSettings(text: string, into: CliImport): void {
  const parsed = secretsSchema.safeParse(parseJson(text, 'settings.json').secrets ?? []);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportError(`settings.json has unusable secrets (${issue.message})`);
  }
  into.parts.secrets = parsed.data;
  into.notes.push(`${parsed.data.length} secret(s) came from settings.json.`);
}

const FUNCTION_FILE = /^(.*?)functions\/([^/]+)\/(config\.json|index\.js|playground-cases\.json)$/;

/** Reads the first function of a CLI project zip. */
function readZip(bytes: Uint8Array, into: CliImport): void {
  let files: Record<string, Uint8Array>;
  const tooLarge: string[] = [];
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        const wanted =
          FUNCTION_FILE.test(file.name) || file.name.endsWith('functions/settings.json');
        if (wanted && file.originalSize > MAX_FILE_BYTES) tooLarge.push(file.name);
        return wanted && file.originalSize <= MAX_FILE_BYTES;
      },
    });
  } catch (error) {
    throw new ImportError(`the zip is damaged (${(error as Error).message})`);
  }
  if (tooLarge.length) throw new ImportError(`${tooLarge[0]} is larger than 5 MB`);
  const configs = Object.keys(files)
    .filter((path) => path.endsWith('/config.json') && FUNCTION_FILE.test(path))
    .sort();
  if (!configs.length) {
    throw new ImportError('the zip holds no functions/<name>/config.json: is it a CLI project?');
  }
  const [, prefix, folder] = FUNCTION_FILE.exec(configs[0]!)!;
  if (configs.length > 1) {
    const names = configs.map((path) => FUNCTION_FILE.exec(path)![2]).join(', ');
    into.notes.push(`The zip holds ${configs.length} functions (${names}); opened ${folder}.`);
  }
  into.name = folder!;
  readConfig(strFromU8(files[configs[0]!]!), into);
  const code = files[`${prefix}functions/${folder}/index.js`];
  if (code) into.parts.code = strFromU8(code);
  else into.notes.push(`functions/${folder} has no index.js; the current code was kept.`);
  const settings = files[`${prefix}functions/settings.json`];
  if (settings) readSettings(strFromU8(settings), into);
  const cases = files[`${prefix}functions/${folder}/${CASES_FILE}`];
  if (cases) readCases(strFromU8(cases), into);
  const { breakpoints } = into.parts;
  if (breakpoints && into.parts.code !== undefined)
    into.parts.breakpoints = breakpointsWithin(breakpoints, into.parts.code);
}

/** Reads the sidecar file kept beside a function: test cases and other playground settings. */
function readCases(text: string, into: CliImport): void {
  const parsed = sidecarSchema.safeParse(parseJson(text, CASES_FILE));
  if (!parsed.success) {
    const what = parsed.error.issues[0]?.path[0] === 'cases' ? 'test cases' : 'settings';
    throw new ImportError(`${CASES_FILE} holds ${what} the playground cannot read`);
  }
  Object.assign(into.parts, parsed.data);
}

const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);

/** Reads a CLI project zip or a lone config.json; never throws: what was found, or why not. */
export function importCliFiles(
  data: Uint8Array | string,
  filename: string,
): CliImport | { error: string } {
  const into: CliImport = { name: DEFAULT_NAME, parts: {}, notes: [] };
  try {
    if (data.length > 4 * MAX_FILE_BYTES) throw new ImportError(`${filename} is larger than 20 MB`);
    if (typeof data !== 'string' && isZip(data)) {
      readZip(data, into);
    } else {
      const text = typeof data === 'string' ? data : strFromU8(data);
      if (!/\.json$/i.test(filename) && !text.trimStart().startsWith('{')) {
        throw new ImportError(`${filename} is neither a zip of a CLI project nor a config.json`);
      }
      readConfig(text, into);
    }
  } catch (error) {
    if (error instanceof ImportError) return { error: error.message };
    return { error: `${filename} could not be read (${(error as Error).message})` };
  }
  return into;
}
