/** The shape of one runtime version's rules (see platform.ts for the records). */

/** A Node feature a runtime lacks: where it lives, and how code meets it. */
export interface MissingFeature {
  /** What code writes: `fetch`, `String.prototype.replaceAll`, `Object.hasOwn`, `??=`. */
  name: string;
  /** `global`: a global name; `method`: a property of a built-in; `syntax`: a parse error. */
  kind: 'global' | 'method' | 'syntax';
  /** The Node version that added it. */
  since: string;
}

/** The rules of one runtime version, as the playground emulates them. */
export interface RuntimeRules {
  /** The Node version the runtime runs functions on. */
  nodeVersion: string;
  /**
   * The error codes of a failed invocation as the official CLI prints them (the Raw view). V2's
   * CLI still prints the legacy V1 codes; the platform's own V2 codes are in `platformCodes`.
   */
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
  /** The codes the deployed platform answers with, when they differ from `errorCodes` (V2), else null. */
  platformCodes: { runtime: string; custom: string; timeout: string } | null;
  /** Error constructor names whose failures get the runtime code; any other error is custom. */
  runtimeErrorNames: readonly string[];
  /** The error message of an invocation stopped at its time limit. */
  timeoutMessage: string;
  /** Size and time limits, in characters, entries and milliseconds. */
  limits: {
    codeChars: number;
    logEntries: number;
    logChars: number;
    /** Most environment variables per function (null: not documented). */
    envCount: number | null;
    envNameChars: number;
    envValueChars: number;
    secretKeyChars: number;
    /** Characters of a secret value (V2: of its JSON text). */
    secretValueChars: number;
    runMs: number;
  };
  /**
   * What the platform does with an invocation that logs past `limits.logEntries` or `logChars`:
   * `fail` (it answers `errorCodes.logLimit`) or `undocumented` (the playground keeps the logs and warns).
   */
  pastLogLimit: 'fail' | 'undocumented';
  /** The characters a secret key may use, as a one-character regex class. */
  secretKeyChars: string;
  /** How long a read secret is served from the instance's cache, in ms (0: no cache). */
  secretCacheMs: number;
  /** Secret keys starting with this are the system's and read-only (null: none). */
  systemSecretPrefix: string | null;
  /** The message of a read of a secret that does not exist; `{key}` stands for the key. */
  missingSecretMessage: string;
  /** Environment variables the platform sets for every function. */
  platformEnv: readonly string[];
  /** Whether lambda gets a callback as its second argument. */
  callbackPassed: boolean;
  /** The toolbelt module's name. */
  toolbeltModule: string;
  /** How function code loads modules: `require` (CommonJS) or `import` (ES modules). */
  moduleSyntax: 'require' | 'import';
  /** Modules function code may require besides Node's built-ins (the toolbelt first). */
  modules: readonly string[];
  /** Of `modules`, those the playground actually runs (the toolbelt emulation and real libraries). */
  emulatedModules: readonly string[];
  /** The console methods that write a log entry. */
  consoleMethods: readonly string[];
  /**
   * What calling any other console method does inside lambda: `type-error` (it is undefined:
   * "console.log is not a function", a runtime exception) or `crash` (the run crashes, V2 docs).
   */
  otherConsoleMethods: 'type-error' | 'crash';
  /** The toolbelt's clients, `Toolbelt.<name>()`, with their methods (none: the client is a function). */
  toolbeltClients: Readonly<Record<string, readonly string[]>>;
  /** Of `toolbeltClients`, those the playground emulates; the others' methods fail naming themselves. */
  emulatedClients: readonly string[];
  /** Globals, built-in methods and syntax the runtime's Node version lacks. */
  missingFeatures: readonly MissingFeature[];
}
