import { describe, expect, it } from 'vitest';
import type { MockRule } from '../../../schema/workspace';
import { taggedToJson } from '../../../lib/safe-serialise';
import { runInNode } from '../test-support/run-in-node';

const v2 = (body: string) =>
  `import { Toolbelt, LpServices, ErrorCodes, ConversationContentTypes, SDETypes } from 'core-functions-toolbelt';\nasync function lambda(input) {\n${body}\n}`;
const value = async (code: string, mocks: MockRule[] = []) => {
  const run = await runInNode(code, { mocks, runtime: 'v2' });
  return { run, value: run.done.result ? taggedToJson(run.done.result) : undefined };
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

describe('LpClient', () => {
  const mocks: MockRule[] = [
    {
      method: 'POST',
      url: 'https://msgHist.liveperson.net/messaging_history/*',
      body: { records: 1 },
    },
  ];
  const path = '`/messaging_history/api/account/123/conversations/search`';

  it('V2 resolves a fetch Response', async () => {
    const { value: v } = await value(
      v2(
        `const r = await Toolbelt.LpClient()(LpServices.MSG_HIST, ${path}, { method: 'POST', body: '{}' }); return await r.json();`,
      ),
      mocks,
    );
    expect(v).toEqual({ records: 1 });
  });

  it('V1 resolves the body, request-promise style', async () => {
    const code = `const { Toolbelt, LpServices } = require('lp-faas-toolbelt');\nasync function lambda(input, cb) { cb(null, await Toolbelt.LpClient()(LpServices.MSG_HIST, ${path}, { method: 'POST', body: {}, json: true })); }`;
    expect((await value(code, mocks)).value).toEqual({ records: 1 });
  });

  it('fails for an unknown service', async () => {
    const { run } = await value(v2(`await Toolbelt.LpClient()(LpServices.MSG_HISTORY, '/x');`));
    expect(run.done.error?.message).toMatch(/No domain found for service undefined/);
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
    'https://msgHist.liveperson.net/messaging_history/api/account/123/conversations/conversation/search';

  it('getConversationById answers from a mock rule and the keyword scanner reads it', async () => {
    const { value: v, run } = await value(
      v2(
        "const util = Toolbelt.ConversationUtil();\nconst c = await util.getConversationById('c-1', [ConversationContentTypes.MESSAGE_RECORDS]);\nreturn util.scanConversationForKeywords(c, ['refund']);",
      ),
      [{ method: 'POST', url: search, body: conversation }],
    );
    expect(v).toEqual([
      {
        message: 'I want a refund',
        sentTimestamp: 1,
        sentBy: 'Consumer',
        tag: 'keywordRef:refund',
      },
    ]);
    expect(run.requests[0]).toMatchObject({
      client: 'ConversationUtil',
      url: `${search}?v=2&company=lp&source=FaaS_Toolbelt`,
      requestBody: '{"conversationId":"c-1","contentToRetrieve":["messageRecords"]}',
    });
  });

  it('fails as the toolbelt does for a missing mock, an empty answer and an unexpected one', async () => {
    const code = v2("return await Toolbelt.ConversationUtil().getConversationById('c-9');");
    expect((await value(code)).run.done.error?.message).toMatch(
      /^Error while fetching conversation "c-9": {2}Error: No mock rule matches POST/,
    );
    expect(
      (await value(code, [{ url: `${search}*`, body: { conversationHistoryRecords: [] } }])).run
        .done.error?.message,
    ).toBe('Conversation "c-9" not found.');
    expect((await value(code, [{ url: search, body: 'nope' }])).run.done.error?.message).toBe(
      'Unexpected response: "nope". Status Code: 200',
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

  it.each([
    ['SDEUtil()', 'addSDEs'],
    ['GDPRUtil()', 'replaceConversationFiles'],
    ["MTLSClient({ cert: 'c', key: 'k' })", 'post'],
    ['OrchestratorClient()', 'invoke'],
    ['CsdsClient()', 'get'],
    ['LPMtlsClient()', 'get'],
    ['SFClient()', 'connectToSalesforce'],
    ["ContextServiceClient('api-key')", 'getListOfNamespaces'],
  ])('%s.%s exists and fails naming itself', async (factory, method) => {
    const { run } = await value(
      v2(`const client = new Toolbelt.${factory};\nawait client.${method}();`),
    );
    const name = factory.split('(')[0];
    expect(run.done.error?.message).toBe(
      `${name}.${method} is not emulated in the playground: mock your own calls, or test it on the platform`,
    );
  });
});
