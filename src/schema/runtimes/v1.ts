/** The V1 runtime's rules (Node 14, CommonJS, `lp-faas-toolbelt`, callback contract). */
import { SHARED_CLIENTS } from './shared-clients';
import type { MissingFeature, RuntimeRules } from '../runtime-rules';

const global = (name: string, since: string): MissingFeature => ({ name, kind: 'global', since });
const method = (name: string, since: string): MissingFeature => ({ name, kind: 'method', since });
const syntax = (name: string, since: string): MissingFeature => ({ name, kind: 'syntax', since });

/** The V1 runtime. */
export const V1 = {
  // Source: V1 docs (getting-started, development-deep-dive-cli) name "v14.19.0".
  nodeVersion: '14.19.0',
  errorCodes: {
    // Source: the runtime's code for a TypeError, SyntaxError or ReferenceError (V1 error-codes doc).
    runtime: 'com.liveperson.faas.handler.runtime-exception',
    // Source: the runtime's code for any other error (V1 error-codes doc).
    custom: 'com.liveperson.faas.handler.custom-failure',
    // Source: the runtime's code for an invocation past its time limit (V1 error-codes doc).
    timeout: 'com.liveperson.faas.handler.executiontime-exceeded',
    // Source: the runtime's code for an invocation past its log limit (V1 error-codes doc).
    logLimit: 'com.liveperson.faas.handler.log-limit-reached',
  },
  platformCodes: null,
  // Source: the CLI's wrapper (rewire.js) maps these three to runtime-exception, all else to custom-failure.
  runtimeErrorNames: ['TypeError', 'SyntaxError', 'ReferenceError'],
  // Source: the runtime's message when lambda does not answer in time.
  timeoutMessage: 'Lambda did not call callback within execution time limit',
  limits: {
    // Source: V1 docs, "source code at most 100,000 characters".
    codeChars: 100_000,
    // Source: V1 limitations doc, at most 10 log entries per invocation.
    logEntries: 10,
    // Source: V1 limitations doc, 6,000 characters of logs (message + extras) per invocation.
    logChars: 6000,
    // Source: the V1 docs give no count of environment variables.
    envCount: null,
    // Source: V1 configuration doc, environment variable name at most 200 characters.
    envNameChars: 200,
    // Source: V1 configuration doc, environment variable value at most 200 characters.
    envValueChars: 200,
    // Source: V1 secret-client doc, key at most 100 characters.
    secretKeyChars: 100,
    // Source: V1 secret-client doc, value at most 10,000 characters.
    secretValueChars: 10_000,
    // Source: V1 limitations doc, 30 s execution from the moment the instance receives the event.
    runMs: 30_000,
  },
  // Source: V1 limitations doc, past the log limit the platform answers log-limit-reached.
  pastLogLimit: 'fail',
  // Source: V1 secret-client doc, keys use letters, digits, _ and -.
  secretKeyChars: 'A-Za-z0-9_-',
  // Source: V1 configuration doc and snippets: every read goes to the secret store.
  secretCacheMs: 0,
  systemSecretPrefix: null,
  // Source: the V1 toolbelt's SecretError (capital S).
  missingSecretMessage: 'There is no Secret {key} for this account',
  // Source: V1 toolbelt doc uses process.env.BRAND_ID; the V1 toolbelt reads BRAND_ID.
  platformEnv: ['BRAND_ID'],
  callbackPassed: true,
  // Source: V1 toolbelt doc, `require('lp-faas-toolbelt')`.
  toolbeltModule: 'lp-faas-toolbelt',
  // Source: V1 docs and examples, `require(...)` (CommonJS).
  moduleSyntax: 'require',
  // Source: V1 configuration doc and the V1 CLI's rewire.js (which adds jsonwebtoken).
  modules: ['lp-faas-toolbelt', 'lodash', 'luxon', 'jsonwebtoken', 'oauth-1.0a', 'jsforce'],
  // Source: the playground's worker (sandbox/worker/modules.ts) runs these; jsforce cannot connect from a browser.
  emulatedModules: ['lp-faas-toolbelt', 'lodash', 'luxon', 'jsonwebtoken', 'oauth-1.0a'],
  // Source: V1 logs doc, the logger has debug, info, warn and error (no console.log).
  consoleMethods: ['debug', 'info', 'warn', 'error'],
  // Source: the V1 CLI: "console.log is not a function" inside lambda (runtime-exception).
  otherConsoleMethods: 'type-error',
  // Source: the V1 CLI's toolbelt (TB1): its Toolbelt has SFClient, HTTPClient, SecretClient,
  // ConversationUtil, SDEUtil, GDPRUtil, LpClient and ContextServiceClient; no MTLSClient,
  // LPMtlsClient, OrchestratorClient or CsdsClient (docs/research/cli-facts.md §8.2, §8.9–8.11).
  // HTTPClient and LpClient are called as functions.
  toolbeltClients: {
    SecretClient: ['readSecret', 'updateSecret', 'getUsedSecrets'],
    HTTPClient: [],
    LpClient: [],
    ...SHARED_CLIENTS,
  },
  // Source: the playground's worker (sandbox/worker/toolbelt/): Salesforce (jsforce) is not emulated.
  emulatedClients: [
    'SecretClient',
    'HTTPClient',
    'LpClient',
    'ConversationUtil',
    'ContextServiceClient',
    'SDEUtil',
    'GDPRUtil',
  ],
  // Source: `typeof` checks under Node 14.19.0 (docs/research/cli-facts.md §11).
  missingFeatures: [
    global('fetch', '18'),
    global('Headers', '18'),
    global('Request', '18'),
    global('Response', '18'),
    global('FormData', '18'),
    global('Blob', '18'),
    global('File', '20'),
    global('structuredClone', '17'),
    global('AbortController', '15'),
    global('AbortSignal', '15'),
    global('EventTarget', '15'),
    global('Event', '15'),
    global('DOMException', '17'),
    global('ReadableStream', '18'),
    global('atob', '16'),
    global('btoa', '16'),
    global('crypto', '17'),
    global('performance', '16'),
    global('MessageChannel', '15'),
    global('BroadcastChannel', '18'),
    global('CustomEvent', '19'),
    global('CompressionStream', '18'),
    global('AggregateError', '15'),
    global('WebSocket', '22'),
    global('navigator', '21'),
    global('Iterator', '22'),
    method('Array.prototype.at', '16.6'),
    method('Array.prototype.findLast', '18'),
    method('Array.prototype.findLastIndex', '18'),
    method('Array.prototype.toSorted', '20'),
    method('Array.prototype.toReversed', '20'),
    method('Array.prototype.toSpliced', '20'),
    method('Array.prototype.with', '20'),
    method('String.prototype.at', '16.6'),
    method('String.prototype.replaceAll', '15'),
    method('String.prototype.isWellFormed', '20'),
    method('String.prototype.toWellFormed', '20'),
    method('Object.hasOwn', '16.9'),
    method('Object.groupBy', '21'),
    method('Map.groupBy', '21'),
    method('Promise.any', '15'),
    method('Promise.withResolvers', '22'),
    method('Array.fromAsync', '22'),
    method('Set.prototype.union', '22'),
    method('Set.prototype.intersection', '22'),
    method('Set.prototype.difference', '22'),
    syntax('??=', '15'),
    syntax('||=', '15'),
    syntax('&&=', '15'),
    syntax('static {} blocks', '16.11'),
    syntax('regular expression flag d', '16'),
  ],
} as const satisfies RuntimeRules;
