import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { functionTemplate } from '../../lib/function-templates';
import { payloadTypings } from '../../schema/payload-typings';
import { EVENT_IDS, type EventId } from '../../schema/events';
import { rulesOf } from '../../schema/platform';
import type { Runtime } from '../../schema/workspace';
import { EDITOR_LIB, FUNCTION_FILE, TYPINGS_FILES } from './editor-files';
import { runtimeGlobals } from './runtime-globals';
import { shadowSource } from './shadow-source';

const own = (name: string) => readFileSync(resolve(__dirname, name), 'utf8');

/** The extra libs exactly as monaco-setup.ts gives them to the editor. */
const extraLibs = (event: EventId, runtime: Runtime): Record<string, string> => ({
  [TYPINGS_FILES.payload]: payloadTypings(event),
  [TYPINGS_FILES.toolbeltClients]: own('toolbelt-clients.d.ts'),
  [TYPINGS_FILES.toolbeltMoreClients]: own('toolbelt-more-clients.d.ts'),
  [TYPINGS_FILES.toolbeltModules]: own('toolbelt-modules.d.ts'),
  [TYPINGS_FILES.runtime]: runtimeGlobals(runtime),
});

/** TypeScript's errors on function files, checked as the editor checks them (shadow, libs, checkJs). */
function errorsIn(
  code: string | Record<string, string>,
  runtime: Runtime = 'v2',
  event: EventId = 'surveybot_messaging_survey_ended',
) {
  const sources = typeof code === 'string' ? { [FUNCTION_FILE]: code } : code;
  const files: Record<string, string> = { ...extraLibs(event, runtime) };
  for (const [name, text] of Object.entries(sources)) files[name] = shadowSource(ts, text).text;
  const options: ts.CompilerOptions = {
    allowJs: true,
    checkJs: true,
    noEmit: true,
    strict: false,
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    lib: EDITOR_LIB,
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
  it("let every template type-check without errors in its runtime's typings", () => {
    for (const event of EVENT_IDS)
      for (const runtime of ['v1', 'v2'] as const)
        expect(errorsIn(functionTemplate(event, runtime), runtime, event), event).toEqual([]);
  });

  it('give V1 only what Node 14 has: its console without log, no fetch', () => {
    const code = `function lambda(input, callback) {
  console.log('x');
  fetch('https://example.com');
  const copy = structuredClone(input);
  const abort = new AbortController();
  const url = new URL('https://example.com/a?b=1');
  setTimeout(() => callback(null, [url.searchParams.get('b'), new TextEncoder().encode('x')]), 1);
}`;
    const errors = errorsIn(code, 'v1');
    expect(errors).toHaveLength(4);
    expect(errors[0]).toContain("Property 'log' does not exist on type 'Console'");
    for (const [i, name] of ['fetch', 'structuredClone', 'AbortController'].entries())
      expect(errors[i + 1]).toContain(`Cannot find name '${name}'`);
  });

  it("declare none of the globals V1's Node lacks, and all of them in V2", () => {
    const globals = rulesOf('v1').missingFeatures.filter((f) => f.kind === 'global');
    const uses = globals.map((f) => `  void ${f.name};`).join('\n');
    const code = `async function lambda(input) {\n${uses}\n  return 1;\n}`;
    const unknown = (runtime: Runtime) =>
      errorsIn(code, runtime)
        .map((e) => /'(\w+)' only refers to a type|Cannot find name '(\w+)'/.exec(e))
        .map((m) => m?.[1] ?? m?.[2]);
    // AggregateError is in the ES2021 lib the editor has: only the V1 lint flags it.
    expect(unknown('v1')).toEqual(globals.map((f) => f.name).filter((n) => n !== 'AggregateError'));
    // Iterator is Node 22's but ES2025's: the editor's ES2024 lib has no value for it.
    expect(unknown('v2')).toEqual(['Iterator']);
  });

  it('let V2 log with console.log and call the global fetch', () => {
    const code = `import { Toolbelt } from 'core-functions-toolbelt';
async function lambda(input) {
  console.log('x', Toolbelt.SecretClient());
  const response = await fetch('https://example.com', { signal: AbortSignal.timeout(100) });
  return [structuredClone(await response.json()), 'a'.replaceAll('a', 'b'), [1].at(-1)];
}`;
    expect(errorsIn(code, 'v2')).toEqual([]);
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
    expect(errorsIn(code, 'v1')).toEqual([]);
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

  it("declare process.env, Buffer and the runtime's libraries", () => {
    const code = `const _ = require('lodash');
const { DateTime } = require('luxon');
function lambda(input, callback) {
  const basic = Buffer.from('user:secret').toString('base64');
  callback(null, [process.env.BRAND_ID, _.get(input, 'payload'), DateTime.now(), basic]);
}`;
    expect(errorsIn(code, 'v1')).toEqual([]);
    expect(runtimeGlobals('v1')).toContain(`${rulesOf('v1').platformEnv[0]}?: string;`);
    for (const name of rulesOf('v2').platformEnv)
      expect(runtimeGlobals('v2')).toContain(`${name}?: string;`);
  });
});
