import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { functionTemplate } from '../../lib/function-templates';
import { payloadTypings } from '../../schema/payload-typings';
import { EVENT_IDS, type EventId } from '../../schema/events';
import { FUNCTION_FILE, TYPINGS_FILES } from './editor-files';
import { RUNTIME_GLOBALS } from './runtime-globals';
import { shadowSource } from './shadow-source';

const own = (name: string) => readFileSync(resolve(__dirname, name), 'utf8');

/** The extra libs exactly as monaco-setup.ts gives them to the editor. */
const extraLibs = (event: EventId): Record<string, string> => ({
  [TYPINGS_FILES.payload]: payloadTypings(event),
  [TYPINGS_FILES.toolbeltClients]: own('toolbelt-clients.d.ts'),
  [TYPINGS_FILES.toolbeltMoreClients]: own('toolbelt-more-clients.d.ts'),
  [TYPINGS_FILES.toolbeltModules]: own('toolbelt-modules.d.ts'),
  [TYPINGS_FILES.runtime]: RUNTIME_GLOBALS,
});

/** TypeScript's errors on function files, checked as the editor checks them (shadow, libs, checkJs). */
function errorsIn(
  code: string | Record<string, string>,
  event: EventId = 'surveybot_messaging_survey_ended',
) {
  const sources = typeof code === 'string' ? { [FUNCTION_FILE]: code } : code;
  const files: Record<string, string> = { ...extraLibs(event) };
  for (const [name, text] of Object.entries(sources)) files[name] = shadowSource(ts, text).text;
  const options: ts.CompilerOptions = {
    allowJs: true,
    checkJs: true,
    noEmit: true,
    strict: false,
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    lib: ['lib.es2020.d.ts', 'lib.dom.d.ts'],
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) =>
    name in files
      ? ts.createSourceFile(name, files[name as keyof typeof files]!, version, true)
      : read(name, version);
  host.fileExists = (name) => name in files || ts.sys.fileExists(name);
  const program = ts.createProgram(Object.keys(files), options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.code !== 2307)
    .map(
      (d) =>
        `${d.file?.fileName ?? ''} ${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
    );
}

// Whole TypeScript programs with the DOM lib: slow on a busy machine.
describe('typings as the editor has them', { timeout: 30_000 }, () => {
  it('let every template type-check without errors', () => {
    for (const event of EVENT_IDS) {
      const templates = {
        'file:///v1.js': functionTemplate(event, 'v1'),
        'file:///v2.js': functionTemplate(event, 'v2'),
      };
      expect(errorsIn(templates, event), event).toEqual([]);
    }
  });

  it('type the V1 toolbelt: HTTPClient, LpClient, LpServices, ErrorCodes', () => {
    const code = `const { Toolbelt, LpServices, ErrorCodes } = require('lp-faas-toolbelt');
const http = Toolbelt.HTTPClient();
const lp = Toolbelt.LpClient();
function lambda(input, callback) {
  http({ uri: 'https://example.com', json: true, resolveWithFullResponse: true })
    .then((res) => lp(LpServices.MSG_HIST, '/x', { method: 'POST' }))
    .then(() => callback(null, ErrorCodes.Secret.NotFound))
    .catch(callback);
}`;
    expect(errorsIn(code)).toEqual([]);
  });

  it('flag toolbelt misuse: V2 has no HTTPClient, readSecret takes a key', () => {
    const code = `const { Toolbelt, LpServices } = require('core-functions-toolbelt');
async function lambda(input) {
  Toolbelt.HTTPClient();
  await Toolbelt.SecretClient().readSecret(42);
  const response = await Toolbelt.LpClient()(LpServices.MSG_HIST, '/x');
  return response.status;
}`;
    const errors = errorsIn(code);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain("Property 'HTTPClient' does not exist");
    expect(errors[1]).toContain("'number' is not assignable to parameter of type 'string'");
  });

  it('declare process.env, Buffer and the libraries the platform offers', () => {
    const code = `const _ = require('lodash');
const { DateTime } = require('luxon');
async function lambda(input) {
  const basic = Buffer.from('user:secret').toString('base64');
  return [process.env.X_LIVEPERSON_BRAND_ID, _.get(input, 'payload'), DateTime.now(), basic];
}`;
    expect(errorsIn(code)).toEqual([]);
  });
});
