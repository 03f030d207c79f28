import { describe, expect, it } from 'vitest';
import { taggedToJson } from '../../lib/safe-serialise';
import { nodeHarness, runInNode } from './test-support/run-in-node';

const result = async (code: string, overrides = {}) => {
  const run = await runInNode(code, overrides);
  return { run, value: run.done.result ? taggedToJson(run.done.result) : undefined };
};

const NOT_FOUND = (name: string) =>
  `Cannot find module '${name}'\nRequire stack:\n- /function/index.js`;

describe('modules', () => {
  it('gives the real lodash and luxon, loaded only when the code names them', async () => {
    const { run, value } = await result(
      "const _ = require('lodash');\nconst { DateTime } = require('luxon');\n" +
        "function lambda(input, cb) { cb(null, [_.chunk([1, 2, 3], 2), DateTime.fromISO('2020-01-02T00:00:00Z', { zone: 'utc' }).toISODate()]); }",
    );
    expect(value).toEqual([[[1, 2], [3]], '2020-01-02']);
    expect(run.libraries.sort()).toEqual(['lodash', 'luxon-v1']);
    const plain = await runInNode('function lambda(input, cb) { cb(null, 1); }');
    expect(plain.libraries).toEqual([]);
  });

  it('gives each runtime its luxon: 1.28 in V1, 3.x in V2', async () => {
    const code =
      "const { VERSION } = require('luxon');\nasync function lambda(i, cb) { return cb ? cb(null, VERSION) : VERSION; }";
    expect((await result(code)).value).toBe('1.28.1');
    expect((await result(code, { runtime: 'v2' })).value).toMatch(/^3\./);
  });

  it('supports import syntax and lodash member paths', async () => {
    const { value } = await result(
      "import _ from 'lodash';\nimport get from 'lodash/get';\nimport { DateTime } from 'luxon';\nexport function lambda(input, cb) { cb(null, [typeof _.map, get({ a: { b: 2 } }, 'a.b'), typeof DateTime.now]); }",
      { runtime: 'v1' },
    );
    expect(value).toEqual(['function', 2, 'function']);
  });

  it('gives V2 es-toolkit, and V1 none of it', async () => {
    const code =
      "import { chunk } from 'es-toolkit';\nexport async function lambda() { return chunk([1, 2, 3], 2); }";
    expect((await result(code, { runtime: 'v2' })).value).toEqual([[1, 2], [3]]);
    const v1 = await runInNode(code, { runtime: 'v1' });
    expect(v1.done.error).toMatchObject({ phase: 'load', message: NOT_FOUND('es-toolkit') });
    expect(v1.libraries).toEqual([]);
  });

  it('fails a module the runtime lacks as Node does: a load failure at module level', async () => {
    const run = await runInNode(
      "const _ = require('lodash');\nasync function lambda() { return 1; }",
      {
        runtime: 'v2',
      },
    );
    expect(run.done.error).toMatchObject({ phase: 'load', message: NOT_FOUND('lodash'), line: 1 });
    expect(run.done.error?.value).toMatchObject({
      entries: [
        ['code', { t: 'string', v: 'MODULE_NOT_FOUND' }],
        ['requireStack', { t: 'array', items: [{ t: 'string', v: '/function/index.js' }] }],
      ],
    });
  });

  it('fails it inside lambda as a custom failure with the whole message', async () => {
    const run = await runInNode("async function lambda() { return require('left-pad'); }");
    expect(run.done.error).toMatchObject({
      phase: 'invoke',
      message: NOT_FOUND('left-pad'),
      code: 'com.liveperson.faas.handler.custom-failure',
    });
  });

  it('says jsforce (V1) is not emulated and what to do instead; V2 has no jsforce', async () => {
    const code = "const jsforce = require('jsforce');\nfunction lambda(i, cb) { cb(null); }";
    expect((await runInNode(code)).done.error).toMatchObject({
      phase: 'load',
      message: expect.stringMatching(/^'jsforce' is not emulated .*Salesforce.*fetch\/HTTPClient/),
    });
    expect((await runInNode(code, { runtime: 'v2' })).done.error?.message).toBe(
      NOT_FOUND('jsforce'),
    );
  });

  it("names Node's built-in modules the playground does not have", async () => {
    const run = await runInNode("const fs = require('node:fs');\nasync function lambda() {}");
    expect(run.done.error?.message).toBe(
      "Node's built-in module 'node:fs' is not available in the playground",
    );
  });

  it('rejects a module named at run time that was never loaded', async () => {
    const run = await runInNode(
      "async function lambda() { const name = 'lod' + 'ash'; return require(name); }",
      { runtime: 'v1' },
    );
    expect(run.done.error?.message).toMatch(/loaded only when the code names it/);
  });
});

describe('process.env', () => {
  it('holds the environment rows and the variables the V1 platform sets', async () => {
    const code = 'function lambda(input, cb) { cb(null, process.env); }';
    const { value } = await result(code, {
      env: [
        { key: 'API_URL', value: 'https://x' },
        { key: 'BRAND_ID', value: 'mine' },
      ],
    });
    expect(value).toEqual({ API_URL: 'https://x', BRAND_ID: 'mine' });
    const platform = await result(code);
    expect(platform.value).toEqual({ BRAND_ID: '123' });
  });

  it('holds the environment rows and the variables the V2 platform sets', async () => {
    const { value } = await result('async function lambda() { return process.env; }', {
      env: [{ key: 'API_URL', value: 'https://x' }],
      runtime: 'v2',
    });
    expect(value).toEqual({
      API_URL: 'https://x',
      X_LIVEPERSON_BRAND_ID: '123',
      X_LIVEPERSON_FUNCTION_UUID: expect.any(String),
      X_LIVEPERSON_PROJECT_ID: expect.any(String),
      X_LIVEPERSON_CSDS_DOMAIN: 'adminlogin.liveperson.net',
    });
  });
});

describe('environment limits', () => {
  it("warns of a row past the run's runtime limits", async () => {
    const env = [{ key: 'LONG', value: 'x'.repeat(500) }];
    const v1 = await result('function lambda(input, cb) { cb(null, 1); }', { env });
    expect(v1.run.warnings).toEqual([
      'The value of the environment variable LONG has 500 characters: V1 accepts at most 200.',
    ]);
    const v2 = await result('async function lambda() { return 1; }', { env, runtime: 'v2' });
    expect(v2.run.warnings).toEqual([]);
  });
});

describe('instances', () => {
  const counter = 'let count = 0;\nasync function lambda() { count++; return count; }';

  it('keeps module-level state between runs of the same code on the same instance', async () => {
    const { run } = nodeHarness();
    const first = await run(counter);
    const second = await run(counter);
    expect([first.done.coldStart, second.done.coldStart]).toEqual([true, false]);
    expect(second.done.result).toEqual({ t: 'number', v: 2 });
    const changed = await run(`${counter}\n// edited`);
    expect(changed.done).toMatchObject({ coldStart: true, result: { t: 'number', v: 1 } });
    const otherEnv = await run(`${counter}\n// edited`, { env: [{ key: 'A', value: 'b' }] });
    expect(otherEnv.done.coldStart).toBe(true);
  });

  it('serves a warm run with the toolbelt clients made at load time, on the new run tables', async () => {
    const code =
      "const { Toolbelt } = require('lp-faas-toolbelt');\nconst secrets = Toolbelt.SecretClient();\nasync function lambda(input, cb) { cb(null, (await secrets.readSecret('k')).value); }";
    const { run } = nodeHarness();
    await run(code, { secrets: [{ key: 'k', value: 'one' }] });
    const second = await run(code, { secrets: [{ key: 'k', value: 'two' }] });
    expect(second.done).toMatchObject({ coldStart: false, result: { t: 'string', v: 'two' } });
  });

  it('does not keep a payload change made by a run', async () => {
    const { run } = nodeHarness();
    const code =
      'async function lambda(input) { const before = input.payload.n; input.payload.n = 99; return before; }';
    await run(code, { payload: { n: 1 } });
    const second = await run(code, { payload: { n: 1 } });
    expect(second.done.result).toEqual({ t: 'number', v: 1 });
  });
});
