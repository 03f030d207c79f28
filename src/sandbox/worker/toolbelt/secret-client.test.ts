import { describe, expect, it } from 'vitest';
import { taggedToJson } from '../../../lib/safe-serialise';
import type { SecretRow } from '../../../schema/workspace';
import { nodeHarness, runInNode } from '../test-support/run-in-node';

const v1 = (body: string) =>
  `const { Toolbelt } = require('lp-faas-toolbelt');\nconst client = Toolbelt.SecretClient();\nasync function lambda(input, callback) {\n${body}\n}`;
const v2 = (body: string, setup = 'const client = Toolbelt.SecretClient();') =>
  `import { Toolbelt } from 'core-functions-toolbelt';\n${setup}\nasync function lambda(input) {\n${body}\n}`;
const secrets: SecretRow[] = [
  { key: 'token', value: 'abc' },
  { key: 'creds', value: '{"clientId":"abc"}', type: 'json' },
  { key: 'LIVEPERSON_DEFAULT_X', value: 'sys' },
];
const runV2 = (body: string, setup?: string) =>
  runInNode(v2(body, setup), { secrets, runtime: 'v2' });

describe('SecretClient, both runtimes', () => {
  it.each([
    ['v1', v1("callback(null, await client.readSecret('creds'));")],
    ['v2', v2("return client.readSecret('creds');")],
  ] as const)(
    '%s reads a JSON secret as { key, value } with the parsed object',
    async (runtime, code) => {
      const run = await runInNode(code, { secrets, runtime });
      expect(taggedToJson(run.done.result!)).toEqual({ key: 'creds', value: { clientId: 'abc' } });
    },
  );

  it('fails a JSON secret whose text does not parse, naming the table', async () => {
    const run = await runInNode(v1("callback(null, await client.readSecret('bad'));"), {
      secrets: [{ key: 'bad', value: '{oops', type: 'json' }],
    });
    expect(run.done.error?.message).toMatch(
      /^Secret bad is typed JSON in the playground's secrets table, but its value is not valid JSON/,
    );
  });

  it('updateSecret with an object stores a JSON secret, and the app receives its JSON text', async () => {
    const run = await runV2(
      "await client.updateSecret({ key: 'token', value: { a: 1 } });\nreturn client.readSecret('token', { useCache: false });",
    );
    expect(taggedToJson(run.done.result!)).toEqual({ key: 'token', value: { a: 1 } });
    expect(run.secretUpdates).toEqual([{ key: 'token', value: '{"a":1}', type: 'json' }]);
  });
});

describe('SecretClient, V1', () => {
  it('fails a missing secret with the V1 message and a SecretError carrying only a code', async () => {
    const run = await runInNode(v1("callback(null, await client.readSecret('nope'));"), {
      secrets,
    });
    expect(run.done.error).toMatchObject({
      code: 'com.liveperson.faas.handler.custom-failure',
      message: 'There is no Secret nope for this account',
    });
    expect(run.done.error?.value).toMatchObject({
      entries: [['code', { v: 'com.liveperson.faas.secret.not-found' }]],
    });
  });

  it('reads the store every time (no cache) and lists the used secrets', async () => {
    const run = await runInNode(
      v1(
        "await client.readSecret('token'); await client.readSecret('token');\ncallback(null, await client.getUsedSecrets());",
      ),
      { secrets },
    );
    expect(run.secretReads).toEqual([
      { key: 'token', from: 'store' },
      { key: 'token', from: 'store' },
    ]);
    expect(taggedToJson(run.done.result!)).toEqual(['token']);
  });

  it('updates a secret for the rest of the run and reports it to the app', async () => {
    const run = await runInNode(
      v1(
        "await client.updateSecret({ key: 'token', value: 'new' });\ncallback(null, (await client.readSecret('token')).value);",
      ),
      { secrets },
    );
    expect(run.done.result).toEqual({ t: 'string', v: 'new' });
    expect(run.secretUpdates).toEqual([{ key: 'token', value: 'new', type: 'text' }]);
  });

  it.each([
    ["{ key: 'missing', value: 'v' }", 'Updating Secret missing failed'],
    [
      "{ key: 'token', value: 'x'.repeat(10001) }",
      'Provided Secret Value exceeds allowed length of 10000',
    ],
    ["{ key: 'bad key', value: 'v' }", 'Updating Secret bad key failed'],
    [`{ key: '${'k'.repeat(101)}', value: 'v' }`, `Updating Secret ${'k'.repeat(101)} failed`],
  ])('refuses updateSecret(%s)', async (arg, message) => {
    // Keys the platform refuses, even when the run's table has them.
    const odd = [
      { key: 'bad key', value: 'old' },
      { key: 'k'.repeat(101), value: 'old' },
    ];
    const run = await runInNode(v1(`await client.updateSecret(${arg}); callback(null);`), {
      secrets: [...secrets, ...odd],
    });
    expect(run.done.error?.message).toBe(message);
    expect(run.secretUpdates).toEqual([]);
  });
});

describe('SecretClient, V2', () => {
  it('fails a missing secret with the V2 message (lower-case "secret") and a ToolBeltError', async () => {
    const run = await runV2("return client.readSecret('nope');");
    expect(run.done.error?.message).toBe('There is no secret nope for this account');
    expect(run.done.error?.value).toMatchObject({
      entries: [
        ['component', { v: 'SecretClient' }],
        ['code', { v: 'com.liveperson.faas.secret.not-found' }],
      ],
    });
  });

  it('serves a second read from the cache, the same object, shared by every SecretClient; useCache: false reads the store', async () => {
    const run = await runV2(
      "const a = await client.readSecret('creds');\nconst b = await Toolbelt.SecretClient().readSecret('creds');\nawait client.readSecret('creds', { useCache: false });\nreturn a.value === b.value;",
    );
    expect(run.done.result).toEqual({ t: 'boolean', v: true });
    expect(run.secretReads).toEqual([
      { key: 'creds', from: 'store' },
      { key: 'creds', from: 'cache' },
      { key: 'creds', from: 'store' },
    ]);
  });

  it('keeps the cache between runs of a warm instance', async () => {
    const { run } = nodeHarness();
    const code = v2("return (await client.readSecret('creds')).value.clientId;");
    const first = await run(code, { secrets, runtime: 'v2' });
    const second = await run(code, { secrets, runtime: 'v2' });
    expect(second.done).toMatchObject({ coldStart: false, result: { t: 'string', v: 'abc' } });
    expect([first.secretReads, second.secretReads]).toEqual([
      [{ key: 'creds', from: 'store' }],
      [{ key: 'creds', from: 'cache' }],
    ]);
  });

  it('reads the store again once the ttl SecretClient({ cache: { ttl } }) set has passed', async () => {
    const run = await runV2(
      "await client.readSecret('token');\nawait new Promise((r) => setTimeout(r, 20));\nawait client.readSecret('token');",
      'const client = Toolbelt.SecretClient({ cache: { ttl: 5 } });',
    );
    expect(run.secretReads).toEqual([
      { key: 'token', from: 'store' },
      { key: 'token', from: 'store' },
    ]);
  });

  it('refuses system secrets and values over 16,384 characters of JSON', async () => {
    const system = await runV2(
      "await client.updateSecret({ key: 'LIVEPERSON_DEFAULT_X', value: 'v' });",
    );
    expect(system.done.error?.message).toBe(
      'You are not allowed to update secrets added by the system',
    );
    // 16,383 characters and two quotes: 16,385 as JSON.
    const long = await runV2(
      "await client.updateSecret({ key: 'token', value: 'x'.repeat(16383) });",
    );
    expect(long.done.error?.message).toBe('Provided secret value exceeds allowed length of 16kb');
    const missing = await runV2("await client.updateSecret({ key: 'nope', value: 'v' });");
    expect(missing.done.error?.message).toBe('Updating secret nope failed: Secret not found!');
    const bigint = await runV2("await client.updateSecret({ key: 'token', value: { n: 1n } });");
    expect(bigint.done.error?.message).toMatch(/^Provided secret value cannot be stringified: /);
    for (const run of [system, long, missing, bigint]) expect(run.secretUpdates).toEqual([]);
  });

  it('serves a value it updated from the cache', async () => {
    const run = await runV2(
      "await client.updateSecret({ key: 'token', value: 'new' });\nreturn (await client.readSecret('token')).value;",
    );
    expect(run.done.result).toEqual({ t: 'string', v: 'new' });
    expect(run.secretReads).toEqual([{ key: 'token', from: 'cache' }]);
  });
});
