import { describe, expect, it } from 'vitest';
import { caught, preset, run, v1, v2 } from '../test-support/toolbelt-fixtures';
import type { MockRule } from '../../../schema/workspace';
const contextEnv = [{ key: 'CONTEXT_SERVICE_ENVIRONMENT', value: 'z1' }];

describe('ContextServiceClient', () => {
  const get = "return await client.getPropertyInSession('myNs', 'tier', 'sess-1');";
  it.each([
    ['v2', v2(`const client = Toolbelt.ContextServiceClient('key-1');\n${get}`)],
    [
      'v1',
      v1(
        `const client = Toolbelt.ContextServiceClient({ accountId: '123', apiKey: 'key-1' });\n${get}`,
      ),
    ],
  ])('%s getPropertyInSession answers from the preset, naming the method', async (_, code) => {
    const r = await run(code, preset('context-get'), contextEnv);
    expect(r.value).toEqual({ tier: 'gold', points: 1200 });
    expect(r.requests.at(-1)).toMatchObject({
      client: 'ContextServiceClient',
      operation: 'ContextServiceClient.getPropertyInSession',
      method: 'GET',
      url: 'https://z1.context.liveperson.net/v1/account/123/myNs/sess-1/properties/tier',
      requestHeaders: {
        'maven-api-key': 'key-1',
        'user-agent': '@liveperson/context-service v0.1.0',
      },
    });
  });

  it('V2 without a CSDS mock fails with the CSDS client error', async () => {
    const r = await run(
      v2(caught("await Toolbelt.ContextServiceClient('k').getPropertyInSession('ns', 'p');")),
      [],
    );
    expect(r.value).toEqual([
      'com.liveperson.faas.csds.op-failed',
      expect.stringMatching(
        /^fetch failed\. Cause: No mock rule matches GET https:\/\/adminlogin\.liveperson\.net/,
      ),
      'CSDS-Client',
    ]);
  });

  it('maps statuses to the SDK codes, in each runtime wording', async () => {
    const notFound = [
      ...preset('csds'),
      { url: 'https://z1.context.liveperson.net/*', status: 404 },
    ];
    const call = "await client.getAllPropertiesInSession('ns');";
    expect(
      (
        await run(
          v2(caught(`const client = Toolbelt.ContextServiceClient('k'); ${call}`)),
          notFound,
        )
      ).value,
    ).toEqual([
      'com.liveperson.context-service-sdk.data.does-not-exist',
      'Requested Resource does not exist',
      null,
    ]);
    const v1Client =
      "const client = Toolbelt.ContextServiceClient({ accountId: 'a', apiKey: 'k' });";
    expect((await run(v1(caught(`${v1Client} ${call}`)), notFound, contextEnv)).value?.[1]).toBe(
      'Requested Ressource does not exist',
    );
  });

  it('checks its arguments as the toolbelts do', async () => {
    expect((await run(v2(caught("Toolbelt.ContextServiceClient('');")), [])).value?.[1]).toBe(
      'No valid API-key was provided',
    );
    expect(
      (await run(v1(caught("Toolbelt.ContextServiceClient({ accountId: 'a' });")), [])).value?.[1],
    ).toBe('No valid API-key was provided');
    expect(
      (await run(v1(caught("Toolbelt.ContextServiceClient({ accountId: 'a', apiKey: 'k' });")), []))
        .value?.[1],
    ).toMatch(/^Could not determine ContextService environment/);
    expect(
      (
        await run(
          v2(caught("await Toolbelt.ContextServiceClient('k').createNamespace('faas');")),
          [],
        )
      ).value?.[1],
    ).toBe('Can not create a built-in namespace');
  });

  it('setPropertiesInNamespace patches, then reads the session back', async () => {
    const r = await run(
      v2(
        "return await Toolbelt.ContextServiceClient('k').setPropertiesInNamespace('ns', { tier: 'gold' });",
      ),
      preset('context-set'),
    );
    expect(r.value).toEqual({ tier: 'gold', points: 1200 });
    expect(r.requests.slice(1).map((q) => [q.method, q.url, q.requestBody])).toEqual([
      [
        'PATCH',
        'https://z1.context.liveperson.net/v1/account/123/ns/__default__/properties',
        '{"tier":"gold"}',
      ],
      [
        'GET',
        'https://z1.context.liveperson.net/v1/account/123/ns/__default__/properties',
        undefined,
      ],
    ]);
  });
});

describe('SDEUtil', () => {
  const add =
    "return await Toolbelt.SDEUtil().addSDEs([{ type: 'ctmrinfo', info: { cstatus: 'vip' } }], 'vis-1', 'ses-1');";
  it.each([
    ['v2', v2(add)],
    ['v1', v1(add)],
  ])('%s addSDEs PUTs to the visit', async (_, code) => {
    const r = await run(code, preset('sde-update'));
    expect(r.done.error ?? null).toBeNull();
    expect(r.requests.at(-1)).toMatchObject({
      operation: 'SDEUtil.addSDEs',
      method: 'PUT',
      url: 'https://va.smt.liveperson.net/api/account/123/monitoring/visitors/vis-1/visits/current/events?v=1&sid=ses-1',
    });
  });

  it('V2 reports an error answer with its code', async () => {
    const mocks = [
      ...preset('oauth-token'),
      { url: 'https://va.smt.liveperson.net/*', status: 400, body: 'bad' },
    ];
    expect((await run(v2(caught(add)), mocks)).value).toEqual([
      'com.liveperson.faas.sdes-util.unexpected-response',
      'Unexpected response: bad. Status Code: 400',
      'SDE-Util',
    ]);
  });
});

describe('GDPRUtil', () => {
  it('V2 authenticates once, then replaces each hosted file', async () => {
    const conversation = {
      conversationHistoryRecords: [
        {
          messageRecords: [
            { type: 'HOSTED_FILE', messageData: { file: { relativePath: '/v1/f/a.png' } } },
          ],
        },
      ],
    };
    const mocks: MockRule[] = [
      ...preset('csds'),
      {
        method: 'GET',
        url: 'https://va.objectstorage.liveperson.net/auth/v1.0',
        headers: { 'X-Auth-Token': 't-1' },
      },
      { method: 'PUT', url: 'https://va.objectstorage.liveperson.net/v1/f/*', status: 201 },
    ];
    const r = await run(
      v2(
        `return await Toolbelt.GDPRUtil().replaceConversationFiles(${JSON.stringify(conversation)}, { username: 'u', password: 'p' });`,
      ),
      mocks,
    );
    expect(r.value).toEqual(['/v1/f/a.png']);
    expect(r.requests.at(-1)?.requestHeaders).toMatchObject({
      'x-auth-token': 't-1',
      'content-type': 'image/png',
    });
  });
});
