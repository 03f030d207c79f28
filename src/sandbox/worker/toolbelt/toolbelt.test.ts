import { describe, expect, it } from 'vitest';
import { MOCK_PRESETS } from '../../../lib/mock-presets';
import type { MockRule } from '../../../schema/workspace';
import type { RunRequest } from '../../protocol';
import { taggedToJson } from '../../../lib/safe-serialise';
import { runInNode } from '../test-support/run-in-node';

const v2 = (body: string) =>
  `import { Toolbelt, LpServices, ErrorCodes, ConversationContentTypes, SDETypes } from 'core-functions-toolbelt';\nasync function lambda(input) {\n${body}\n}`;
const value = async (code: string, mocks: MockRule[] = [], more: Partial<RunRequest> = {}) => {
  const run = await runInNode(code, { mocks, ...more });
  return {
    run,
    value: (run.done.result ? taggedToJson(run.done.result) : undefined) as unknown[] | undefined,
  };
};

describe('global fetch', () => {
  const mocks: MockRule[] = [
    { url: 'https://api.example.com/*', status: 201, body: { ok: true }, headers: { 'X-Id': '9' } },
  ];

  it('answers with a Response from the matching mock', async () => {
    const { value: v, run } = await value(
      "async function lambda() { const r = await fetch('https://api.example.com/a', { method: 'post', body: 'hi', headers: { A: 'b' } }); return [r.status, r.ok, r.headers.get('x-id'), r.url, await r.json()]; }",
      mocks,
    );
    expect(v).toEqual([201, true, '9', 'https://api.example.com/a', { ok: true }]);
    expect(run.requests[0]).toMatchObject({
      client: 'fetch',
      method: 'POST',
      requestBody: 'hi',
      requestHeaders: { a: 'b' },
    });
  });

  it('fails an unmatched request with a TypeError naming the URL', async () => {
    const { run } = await value(
      "async function lambda() { await fetch('https://nowhere.example.com/p'); }",
      mocks,
    );
    expect(run.done.error).toMatchObject({
      name: 'TypeError',
      code: 'com.liveperson.faas.handler.runtime-exception',
      message:
        'fetch failed: No mock rule matches GET https://nowhere.example.com/p. The playground makes no real requests: add a mock rule for this URL.',
    });
  });

  it('rejects a relative URL as Node does', async () => {
    const { run } = await value("async function lambda() { await fetch('/relative'); }");
    expect(run.done.error?.message).toBe('Failed to parse URL from /relative');
  });
});

/** The rules of preset `id`. */
const preset = (id: string): MockRule[] => [
  ...(MOCK_PRESETS.find((p) => p.id === id)?.rules ?? []),
];
const appKey = {
  secrets: [{ key: 'LIVEPERSON_DEFAULT_APP_KEY', value: '{"client_id":"id","client_secret":"s"}' }],
};
const v1 = (body: string) =>
  `const { Toolbelt, LpServices } = require('lp-faas-toolbelt');\nasync function lambda(input, cb) {\ntry { cb(null, await (async () => {\n${body}\n})()); } catch (e) { cb(e); }\n}`;

describe('LpClient', () => {
  const mocks: MockRule[] = [
    ...preset('oauth-token'),
    {
      method: 'POST',
      url: 'https://va.msghist.liveperson.net/messaging_history/*',
      body: { records: 1 },
    },
  ];
  const path = '`/messaging_history/api/account/123/conversations/search`';

  it('V2 finds the domain with CSDS, authorises with the app key and resolves a fetch Response', async () => {
    const { value: v, run } = await value(
      v2(
        `const r = await Toolbelt.LpClient()(LpServices.MSG_HIST, ${path}, { method: 'POST', body: '{}' }); return await r.json();`,
      ),
      mocks,
      appKey,
    );
    expect(v).toEqual({ records: 1 });
    expect(run.requests.map((r) => [r.operation, r.method, r.url.split('?')[0]])).toEqual([
      [
        'LpClient: CSDS lookup',
        'GET',
        'https://adminlogin.liveperson.net/api/account/123/service/baseURI.json',
      ],
      [
        'LpClient: OAuth2 token',
        'POST',
        'https://va.sentinel.liveperson.net/sentinel/api/v2/account/123/app/token',
      ],
      [
        'LpClient',
        'POST',
        'https://va.msghist.liveperson.net/messaging_history/api/account/123/conversations/search',
      ],
    ]);
    expect(run.requests[1]?.requestBody).toBe(
      'client_id=id&client_secret=s&grant_type=client_credentials',
    );
    expect(run.requests[2]?.requestHeaders.authorization).toBe(
      'Bearer eyJhbGciOiJSUzI1NiJ9.playground.token',
    );
  });

  it('V2 without the app key signs in with a stand-in for the system secret, and says so', async () => {
    const { run } = await value(v2(`await Toolbelt.LpClient()(LpServices.MSG_HIST, '/x');`), mocks);
    expect(run.requests[1]?.requestBody).toBe(
      'client_id=playground-client-id&client_secret=playground-client-secret&grant_type=client_credentials',
    );
    expect(run.warnings.join('\n')).toMatch(/LIVEPERSON_DEFAULT_APP_KEY is a system secret/);
  });

  it('V2 with a misshapen app key fails as the toolbelt does', async () => {
    const { run } = await value(
      v2(`await Toolbelt.LpClient()(LpServices.MSG_HIST, '/x');`),
      mocks,
      {
        secrets: [{ key: 'LIVEPERSON_DEFAULT_APP_KEY', value: 'not json' }],
      },
    );
    expect(run.done.error).toMatchObject({ message: 'Credentials have Invalid Format' });
  });

  it('V1 resolves the body, request-promise style', async () => {
    const code = v1(
      `return await Toolbelt.LpClient()(LpServices.MSG_HIST, ${path}, { method: 'POST', body: {}, json: true });`,
    );
    expect((await value(code, mocks)).value).toEqual({ records: 1 });
  });

  it('fails for a service CSDS does not know', async () => {
    const { run } = await value(
      v2(`await Toolbelt.LpClient()(LpServices.MSG_HISTORY, '/x');`),
      mocks,
      appKey,
    );
    expect(run.done.error?.message).toBe('Service "undefined" could not be found.');
  });
});

describe('ConversationUtil', () => {
  const conversation = {
    _metadata: {},
    conversationHistoryRecords: [
      {
        messageRecords: [
          {
            type: 'TEXT_PLAIN',
            messageData: { msg: { text: 'I want a refund' } },
            timeL: 1,
            sentBy: 'Consumer',
          },
          { type: 'TEXT_PLAIN', messageData: { msg: { text: 'ok' } }, timeL: 2, sentBy: 'Agent' },
        ],
      },
    ],
  };
  const search =
    'https://va.msghist.liveperson.net/messaging_history/api/account/123/conversations/conversation/search';
  const scan =
    "const util = Toolbelt.ConversationUtil();\nconst c = await util.getConversationById('c-1', ['messageRecords']);\nreturn util.scanConversationForKeywords(c, ['refund']);";
  const refund = [
    { message: 'I want a refund', sentTimestamp: 1, sentBy: 'Consumer', tag: 'keywordRef:refund' },
  ];

  it.each([
    ['v2', v2(scan), `${search}?v=2&company=lp&source=FaaS_Toolbelt`],
    ['v1', v1(scan), `${search}?v=2`],
  ])(
    '%s getConversationById answers from a mock rule and the keyword scanner reads it',
    async (_, code, url) => {
      const mocks = [
        ...preset('oauth-token'),
        { method: 'POST' as const, url: search, body: conversation },
      ];
      const { value: v, run } = await value(code, mocks, appKey);
      expect(v).toEqual(refund);
      expect(run.requests.at(-1)).toMatchObject({
        client: 'ConversationUtil',
        operation: 'ConversationUtil.getConversationById',
        url,
        requestBody: '{"conversationId":"c-1","contentToRetrieve":["messageRecords"]}',
      });
    },
  );

  it('the messaging history preset answers a conversation', async () => {
    const { value: v } = await value(
      v2(
        "return (await Toolbelt.ConversationUtil().getConversationById('c-1')).conversationHistoryRecords[0].info.conversationId;",
      ),
      preset('conversation-by-id'),
      appKey,
    );
    expect(v).toBe('c-1');
  });

  it('V2 fails as the toolbelt does for a missing mock, an empty answer and an unexpected one', async () => {
    const code = v2(
      "try { await Toolbelt.ConversationUtil().getConversationById('c-9'); } catch (e) { return [e.component, e.code, e.message]; }",
    );
    const base = preset('oauth-token');
    expect((await value(code, base, appKey)).value).toEqual([
      'Conversation-Util',
      'com.liveperson.faas.conversation-util-general',
      expect.stringMatching(
        /^fetch failed\. Cause: No mock rule matches POST https:\/\/va\.msghist/,
      ),
    ]);
    const empty = { url: search, body: { _metadata: {}, conversationHistoryRecords: [] } };
    expect((await value(code, [...base, empty], appKey)).value).toEqual([
      'Conversation-Util',
      'com.liveperson.faas.conversation-util.conversation.not-found',
      'Conversation "c-9" not found.',
    ]);
    expect((await value(code, [...base, { url: search, body: 'nope' }], appKey)).value?.[2]).toBe(
      'Unexpected response: "nope". Status Code: 200',
    );
  });

  it('V1 wraps every failure in a plain Error', async () => {
    const { run } = await value(
      v1("await Toolbelt.ConversationUtil().getConversationById('c-9');"),
      preset('csds'),
    );
    expect(run.done.error?.message).toMatch(
      /^Error while fetching conversation "c-9": fetch failed$/,
    );
  });
});

describe('the rest of the toolbelt', () => {
  it('exports the enumerations with the platform values', async () => {
    const { value: v } = await value(
      v2(
        'return [LpServices.MSG_HIST, LpServices.MSDKGW, ErrorCodes.Secret.NotFound, SDETypes.CART, Object.keys(LpServices).length];',
      ),
    );
    expect(v).toEqual(['msgHist', 'msdkgw', 'com.liveperson.faas.secret.not-found', 'cart', 14]);
  });

  it.each(['MTLSClient', 'LPMtlsClient', 'OrchestratorClient', 'CsdsClient'])(
    'V1 has no %s, as the V1 toolbelt',
    async (client) => {
      const { run } = await value(v1(`return Toolbelt.${client}();`));
      expect(run.done.error).toMatchObject({ name: 'TypeError' });
    },
  );

  it('SFClient: V2 returns the parameters as the CLI does, V1 says Salesforce is not emulated', async () => {
    const call = "return await Toolbelt.SFClient().connectToSalesforce({ user: 'u' });";
    expect((await value(v2(call))).value).toEqual({ params: { user: 'u' } });
    expect((await value(v1(call))).run.done.error?.message).toMatch(
      /^SFClient\.connectToSalesforce is not emulated in the playground: Salesforce/,
    );
  });
});
