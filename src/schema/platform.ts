/**
 * The platform's rules as data, one record per runtime: what the playground mirrors of the
 * LivePerson Functions runtime. Both the app and the sandbox's worker read them from here.
 */

/** The rules of one runtime version, as the playground emulates them. */
export interface RuntimeRules {
  /** The error codes it answers a failed invocation with. */
  errorCodes: {
    /** A TypeError, SyntaxError or ReferenceError. */
    runtime: string;
    /** Any other error. */
    custom: string;
    /** The invocation ran past its time limit. */
    timeout: string;
    /** The invocation logged past its log limit. */
    logLimit: string;
  };
  /** Error constructor names whose failures get the runtime code; any other error is custom. */
  runtimeErrorNames: readonly string[];
  /** The error message of an invocation stopped at its time limit. */
  timeoutMessage: string;
  /** Size and time limits, in characters, entries and milliseconds. */
  limits: {
    codeChars: number;
    logEntries: number;
    logChars: number;
    envNameChars: number;
    envValueChars: number;
    secretKeyChars: number;
    secretValueChars: number;
    runMs: number;
  };
  /** The characters a secret key may use, as a one-character regex class. */
  secretKeyChars: string;
  /** The toolbelt module's name. */
  toolbeltModule: string;
  /** Modules function code may require besides Node's built-ins (the toolbelt first). */
  modules: readonly string[];
  /** Of `modules`, those the playground actually runs (the toolbelt emulation and real libraries). */
  emulatedModules: readonly string[];
  /** The console methods that write a log entry. */
  consoleMethods: readonly string[];
  /** The toolbelt's clients, `Toolbelt.<name>()`, with their methods (none: the client is a function). */
  toolbeltClients: Readonly<Record<string, readonly string[]>>;
  /** Of `toolbeltClients`, those the playground emulates; the others' methods fail naming themselves. */
  emulatedClients: readonly string[];
}

/** The V1 runtime (Node 14, CommonJS, `lp-faas-toolbelt`, callback contract). */
const V1 = {
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
  // Source: V1 secret-client doc, keys use letters, digits, _ and -.
  secretKeyChars: 'A-Za-z0-9_-',
  // Source: V1 toolbelt doc, `require('lp-faas-toolbelt')`.
  toolbeltModule: 'lp-faas-toolbelt',
  // Source: V1 configuration doc and the V1 CLI's rewire.js (which adds jsonwebtoken).
  modules: ['lp-faas-toolbelt', 'lodash', 'luxon', 'jsonwebtoken', 'oauth-1.0a', 'jsforce'],
  // Source: the playground's worker (sandbox/worker/modules.ts) loads only these.
  emulatedModules: ['lp-faas-toolbelt', 'lodash', 'luxon'],
  // Source: V1 logs doc, the logger has debug, info, warn and error (no console.log).
  consoleMethods: ['debug', 'info', 'warn', 'error'],
  // Source: V1 toolbelt docs (one page per client); HTTPClient and LpClient are called as functions.
  toolbeltClients: {
    SecretClient: ['readSecret', 'updateSecret'],
    HTTPClient: [],
    LpClient: [],
    ConversationUtil: ['getConversationById', 'scanConversationForKeywords'],
    ContextServiceClient: [
      'createNamespace',
      'deleteNamespace',
      'getListOfNamespaces',
      'setPropertiesInNamespace',
      'updatePropertiesInNamespace',
      'getAllPropertiesInSession',
      'getSelectedPropertiesInSession',
      'getPropertyInSession',
      'deletePropertyInSession',
      'getListOfSessions',
      'deleteSession',
    ],
    SDEUtil: ['addSDEs', 'getSDEsFromConv'],
    GDPRUtil: ['replaceConversationFiles'],
    MTLSClient: ['get', 'post', 'put', 'delete', 'patch', 'options'],
    LPMtlsClient: ['get', 'post', 'put', 'delete', 'patch', 'options'],
    OrchestratorClient: ['invoke'],
    CsdsClient: ['get', 'getAll'],
    SFClient: ['connectToSalesforce'],
  },
  // Source: the playground's worker (sandbox/worker/toolbelt/) emulates only these.
  emulatedClients: ['SecretClient', 'HTTPClient', 'LpClient', 'ConversationUtil'],
} as const satisfies RuntimeRules;

/** Every runtime version the playground knows, by id. */
export const RUNTIMES = { v1: V1 } as const;

/** The LivePerson Functions runtime, as the playground emulates it (V1 for now). */
export const PLATFORM = RUNTIMES.v1;
