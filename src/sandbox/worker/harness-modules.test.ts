import { describe, expect, it } from 'vitest';
import { taggedToJson } from '../../lib/safe-serialise';
import { nodeHarness, runInNode } from './test-support/run-in-node';

const result = async (code: string, overrides = {}) => {
  const run = await runInNode(code, overrides);
  return { run, value: run.done.result ? taggedToJson(run.done.result) : undefined };
};

describe('modules', () => {
  it('gives the real lodash and luxon, loaded only when the code names them', async () => {
    const { run, value } = await result(
      "const _ = require('lodash');\nconst { DateTime } = require('luxon');\n" +
        "function lambda(input, cb) { cb(null, [_.chunk([1, 2, 3], 2), DateTime.fromISO('2020-01-02T00:00:00Z', { zone: 'utc' }).toISODate()]); }",
    );
    expect(value).toEqual([[[1, 2], [3]], '2020-01-02']);
    expect(run.libraries.sort()).toEqual(['lodash', 'luxon']);
    const plain = await runInNode('function lambda(input, cb) { cb(null, 1); }');
    expect(plain.libraries).toEqual([]);
  });

  it('supports import syntax and lodash member paths', async () => {
    const { value } = await result(
      "import _ from 'lodash';\nimport get from 'lodash/get';\nimport { DateTime } from 'luxon';\nexport async function lambda() { return [typeof _.map, get({ a: { b: 2 } }, 'a.b'), typeof DateTime.now]; }",
    );
    expect(value).toEqual(['function', 2, 'function']);
  });

  it.each(['jsonwebtoken', 'oauth-1.0a', 'jsforce', 'es-toolkit'])(
    'says %s is not available in the playground',
    async (name) => {
      const run = await runInNode(
        `const m = require('${name}');\nfunction lambda(i, cb) { cb(null); }`,
      );
      expect(run.done.error).toMatchObject({
        phase: 'load',
        code: 'com.liveperson.faas.handler.custom-failure',
        message: `'${name}' is available on the platform but is not available in the playground`,
        line: 1,
      });
    },
  );

  it('fails like Node for any other module', async () => {
    const run = await runInNode("async function lambda() { return require('left-pad'); }");
    expect(run.done.error).toMatchObject({
      message: "Cannot find module 'left-pad'",
      code: 'com.liveperson.faas.handler.custom-failure',
    });
    expect(run.done.error?.value).toMatchObject({
      entries: [['code', { t: 'string', v: 'MODULE_NOT_FOUND' }]],
    });
  });

  it('rejects a module named at run time that was never loaded', async () => {
    const run = await runInNode(
      "async function lambda() { const name = 'lod' + 'ash'; return require(name); }",
    );
    expect(run.done.error?.message).toMatch(/loaded only when the code names it/);
  });
});

describe('process.env', () => {
  it('holds the environment rows and the variables the V1 platform sets', async () => {
    const { value } = await result('async function lambda() { return process.env; }', {
      env: [
        { key: 'API_URL', value: 'https://x' },
        { key: 'BRAND_ID', value: 'mine' },
      ],
    });
    expect(value).toEqual({ API_URL: 'https://x', BRAND_ID: 'mine' });
    const platform = await result('async function lambda() { return process.env; }');
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
    const v1 = await result('async function lambda() { return 1; }', { env });
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
