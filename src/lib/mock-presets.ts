/**
 * Mock presets: the common LivePerson endpoints the toolbelt clients call, each a documented URL
 * pattern with a realistic answer, added to the mock rules in one click. A preset brings the
 * rules its client needs first (the CSDS domains; V2's OAuth2 token for app-key clients).
 */
import type { MockRule } from '../schema/workspace';

/** A named set of mock rules. */
export interface MockPreset {
  id: string;
  /** Says what the preset answers. */
  name: string;
  rules: readonly MockRule[];
}

/** The domains the CSDS preset answers with (a US account's). */
export const PRESET_DOMAINS = {
  msgHist: 'va.msghist.liveperson.net',
  smt: 'va.smt.liveperson.net',
  swift: 'va.objectstorage.liveperson.net',
  sentinel: 'va.sentinel.liveperson.net',
  mavenContext: 'z1.context.liveperson.net',
  mtlsGateway: 'va.mtls-gateway.liveperson.net',
  faasGW: 'va.faasgw.liveperson.net',
  agentVep: 'va.agentvep.liveperson.net',
  accountConfigReadOnly: 'va.ac.liveperson.net',
  accountConfigReadWrite: 'va.ac.liveperson.net',
  asyncMessaging: 'va.msg.liveperson.net',
  asyncMessagingEnt: 'va.msg.liveperson.net',
  engHistDomain: 'va.enghist.liveperson.net',
  leDataReporting: 'va.data.liveperson.net',
} as const;

const csds: MockRule = {
  method: 'GET',
  url: 'https://*/api/account/*/service/baseURI.json',
  status: 200,
  body: {
    baseURIs: Object.entries(PRESET_DOMAINS).map(([service, baseURI]) => ({
      service,
      account: '12345678',
      baseURI,
    })),
  },
};
const token: MockRule = {
  method: 'POST',
  url: `https://${PRESET_DOMAINS.sentinel}/sentinel/api/v2/account/*/app/token`,
  status: 200,
  body: {
    access_token: 'eyJhbGciOiJSUzI1NiJ9.playground.token',
    token_type: 'Bearer',
    expires_in: '3600',
  },
};
const properties = `https://${PRESET_DOMAINS.mavenContext}/v1/account/*/*/*/properties`;

/** Every preset, in the order the mock rules table offers them. */
export const MOCK_PRESETS: readonly MockPreset[] = [
  { id: 'csds', name: 'CSDS: service domains', rules: [csds] },
  { id: 'oauth-token', name: 'OAuth2 token (V2 app key)', rules: [csds, token] },
  {
    id: 'context-get',
    name: 'Context Session Store: get a property',
    rules: [
      csds,
      { method: 'GET', url: `${properties}/*`, status: 200, body: { tier: 'gold', points: 1200 } },
    ],
  },
  {
    id: 'context-set',
    name: 'Context Session Store: set properties',
    rules: [
      csds,
      { method: 'PATCH', url: properties, status: 204 },
      { method: 'GET', url: properties, status: 200, body: { tier: 'gold', points: 1200 } },
    ],
  },
  {
    id: 'sde-update',
    name: 'SDE update (SDEUtil.addSDEs)',
    rules: [
      csds,
      token,
      {
        method: 'PUT',
        url: `https://${PRESET_DOMAINS.smt}/api/account/*/monitoring/visitors/*/visits/current/events`,
        status: 200,
        body: {},
      },
    ],
  },
  {
    id: 'conversation-by-id',
    name: 'Messaging history: conversation by id',
    rules: [
      csds,
      token,
      {
        method: 'POST',
        url: `https://${PRESET_DOMAINS.msgHist}/messaging_history/api/account/*/conversations/conversation/search`,
        status: 200,
        body: {
          _metadata: { count: 1 },
          conversationHistoryRecords: [
            {
              info: {
                conversationId: 'c-1',
                status: 'CLOSE',
                startTime: '2024-05-02 09:14:03.000+0000',
              },
              messageRecords: [
                {
                  type: 'TEXT_PLAIN',
                  messageData: { msg: { text: 'Hi, my order never arrived' } },
                  timeL: 1714641243000,
                  sentBy: 'Consumer',
                },
                {
                  type: 'TEXT_PLAIN',
                  messageData: { msg: { text: 'Sorry to hear that, let me check' } },
                  timeL: 1714641260000,
                  sentBy: 'Agent',
                },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    id: 'orchestrator-invoke',
    name: 'Orchestrator: invoke a function',
    rules: [
      csds,
      token,
      {
        method: 'POST',
        url: `https://${PRESET_DOMAINS.faasGW}/api/account/*/lambdas/*/invoke`,
        status: 200,
        body: { ok: true },
      },
    ],
  },
];

/** `mocks` with the preset's rules appended, except those already there (same method and URL). */
export function withPreset(mocks: readonly MockRule[], preset: MockPreset): MockRule[] {
  const added = preset.rules.filter(
    (rule) => !mocks.some((m) => m.url === rule.url && m.method === rule.method),
  );
  return [...mocks, ...added.map((rule) => structuredClone(rule))];
}
