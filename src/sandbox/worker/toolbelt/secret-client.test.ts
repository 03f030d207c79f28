import { describe, expect, it } from 'vitest';
import { taggedToJson } from '../../../lib/safe-serialise';
import { runInNode } from '../test-support/run-in-node';

const withSecrets = (body: string) =>
  `const { Toolbelt } = require('lp-faas-toolbelt');\nconst client = Toolbelt.SecretClient();\nasync function lambda(input, callback) {\n${body}\n}`;
const secrets = [
  { key: 'token', value: 'abc' },
  { key: 'LIVEPERSON_DEFAULT_X', value: 'sys' },
];

describe('SecretClient', () => {
  it('reads a secret as { key, value }', async () => {
    const run = await runInNode(withSecrets("callback(null, await client.readSecret('token'));"), {
      secrets,
    });
    expect(taggedToJson(run.done.result!)).toEqual({ key: 'token', value: 'abc' });
  });

  it('fails a missing secret with the platform error', async () => {
    const run = await runInNode(withSecrets("callback(null, await client.readSecret('nope'));"), {
      secrets,
    });
    expect(run.done.error).toMatchObject({
      code: 'com.liveperson.faas.handler.custom-failure',
      message: 'There is no Secret nope for this account',
    });
    expect(run.done.error?.value).toMatchObject({
      entries: [
        ['component', { v: 'SecretStore' }],
        ['code', { v: 'com.liveperson.faas.secret.not-found' }],
      ],
    });
  });

  it('updates a secret for the rest of the run and reports it to the app', async () => {
    const run = await runInNode(
      withSecrets(
        "await client.updateSecret({ key: 'token', value: 'new' });\ncallback(null, (await client.readSecret('token')).value);",
      ),
      { secrets },
    );
    expect(run.done.result).toEqual({ t: 'string', v: 'new' });
    expect(run.secretUpdates).toEqual([{ key: 'token', value: 'new' }]);
  });

  it.each([
    ["{ key: 'missing', value: 'v' }", 'Updating Secret missing failed'],
    ["{ key: 'LIVEPERSON_DEFAULT_X', value: 'v' }", 'Secret LIVEPERSON_DEFAULT_X is read-only'],
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
    const run = await runInNode(withSecrets(`await client.updateSecret(${arg}); callback(null);`), {
      secrets: [...secrets, ...odd],
    });
    expect(run.done.error?.message).toBe(message);
    expect(run.secretUpdates).toEqual([]);
  });
});
