/** The V2 runtime's rules (Node 22, ESM `import`, `core-functions-toolbelt`, returned value). */
import { SHARED_CLIENTS } from './shared-clients';
import type { RuntimeRules } from '../runtime-rules';

/** The V2 runtime. */
export const V2 = {
  // Source: the V2 CLI compares the local Node with remote major 22 (src/hooks/init/nodeVersion.ts).
  nodeVersion: '22',
  // Source: the V2 CLI's wrapper (rewire.js) still prints the legacy codes locally.
  errorCodes: {
    runtime: 'com.liveperson.faas.handler.runtime-exception',
    custom: 'com.liveperson.faas.handler.custom-failure',
    timeout: 'com.liveperson.faas.handler.executiontime-exceeded',
    logLimit: 'com.liveperson.faas.handler.log-limit-reached',
  },
  // Source: V2 error-codes doc, code 901 with these, each listed beside its legacy twin.
  platformCodes: {
    runtime: 'com.customer.faas.function.js-runtime-error',
    custom: 'com.customer.faas.function.threw-error',
    timeout: 'com.customer.faas.function.execution-exceeded',
  },
  // Source: the V2 CLI's wrapper (rewire.js) classifies as V1 does.
  runtimeErrorNames: ['TypeError', 'SyntaxError', 'ReferenceError'],
  // Source: the V2 CLI's local timeout message (faas-debugger.ts).
  timeoutMessage: 'Function did not return within execution time limit',
  limits: {
    // Source: the platform's code size limit, not changed for V2.
    codeChars: 100_000,
    // Source: V2 logging doc, 10 entries per invocation.
    logEntries: 10,
    // Source: V2 logging doc, 16,384 in total (its unit is cut off; characters assumed).
    logChars: 16_384,
    // Source: V2 limitations doc, 512 environment variables.
    envCount: 512,
    // Source: V2 limitations doc, key at most 200 characters.
    envNameChars: 200,
    // Source: V2 limitations doc, value at most 1,024 characters.
    envValueChars: 1024,
    // Source: the secret store's key rule, unchanged in V2.
    secretKeyChars: 100,
    // Source: the V2 toolbelt (shared/const.ts), 16,384 characters after JSON.stringify.
    secretValueChars: 16_384,
    // Source: V2 limitations doc, 30 s.
    runMs: 30_000,
  },
  // Source: the V2 logging doc is cut off where it would say what happens past the limit.
  pastLogLimit: 'undocumented',
  secretKeyChars: 'A-Za-z0-9_-',
  // Source: V2 secrets doc and the toolbelt's globalSecretCache, 5 minutes per instance.
  secretCacheMs: 300_000,
  // Source: the V2 toolbelt refuses updates of system secrets (LIVEPERSON_DEFAULT_APP_KEY).
  systemSecretPrefix: 'LIVEPERSON_DEFAULT_',
  // Source: the V2 toolbelt's SecretClient (lower-case "secret").
  missingSecretMessage: 'There is no secret {key} for this account',
  // Source: the V2 toolbelt's shared/envars.ts.
  platformEnv: [
    'X_LIVEPERSON_PROJECT_ID',
    'X_LIVEPERSON_BRAND_ID',
    'X_LIVEPERSON_FUNCTION_UUID',
    'X_LIVEPERSON_CSDS_DOMAIN',
  ],
  // Source: the V2 CLI calls `await lambda(input)` with one argument.
  callbackPassed: false,
  // Source: V2 docs, `import { Toolbelt } from 'core-functions-toolbelt'`.
  toolbeltModule: 'core-functions-toolbelt',
  // Source: V2 docs and examples, `import ... from` (the V2 CLI rewrites imports to require).
  moduleSyntax: 'import',
  // Source: the V2 CLI's module list (luxon, jsonwebtoken, es-toolkit) and the V2 examples (oauth-1.0a).
  modules: ['core-functions-toolbelt', 'luxon', 'jsonwebtoken', 'es-toolkit', 'oauth-1.0a'],
  // Source: the playground's worker (sandbox/worker/modules.ts) runs all of them.
  emulatedModules: ['core-functions-toolbelt', 'luxon', 'jsonwebtoken', 'es-toolkit', 'oauth-1.0a'],
  // Source: V2 logging doc, `log` is an Info entry.
  consoleMethods: ['debug', 'info', 'log', 'warn', 'error'],
  // Source: V2 logging doc, any other console method "causes a runtime crash".
  otherConsoleMethods: 'crash',
  // Source: the V2 toolbelt's index.ts and interface files (no HTTPClient).
  toolbeltClients: {
    SecretClient: ['readSecret', 'updateSecret'],
    LpClient: [],
    ...SHARED_CLIENTS,
    MTLSClient: ['get', 'post', 'put', 'delete', 'patch', 'head', 'options'],
    LPMtlsClient: ['get', 'post'],
    OrchestratorClient: ['invoke'],
    CsdsClient: ['get', 'getAll'],
  },
  // Source: the playground's worker (sandbox/worker/toolbelt/) emulates every V2 client (SFClient
  // as the CLI's toolbelt does locally: connectToSalesforce returns its parameters).
  emulatedClients: [
    'SecretClient',
    'LpClient',
    'ConversationUtil',
    'ContextServiceClient',
    'SDEUtil',
    'GDPRUtil',
    'MTLSClient',
    'LPMtlsClient',
    'OrchestratorClient',
    'CsdsClient',
    'SFClient',
  ],
  // Source: Node 22 has every feature V1 lacks (docs/research/cli-facts.md §11).
  missingFeatures: [],
} as const satisfies RuntimeRules;
