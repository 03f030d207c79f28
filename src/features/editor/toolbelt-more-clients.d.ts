// Hand-declared typings of the toolbelt modules (platform.md section 5), part 2: the other
// clients, error codes and enumerations. See toolbelt-modules.d.ts.
/* eslint-disable @typescript-eslint/no-explicit-any */

declare namespace FaasToolbelt {
  /** An engagement attribute; `type` takes `SDETypes` values. */
  type SDE = { type: string } & Record<string, unknown>;
  /** Engagement attributes (SDEs). */
  interface SDEUtil {
    addSDEs(sdes: SDE[], visitorId: string, sessionId: string): Promise<void>;
    getSDEsFromConv(conversation: Conversation): {
      sdes?: { events: unknown[] };
      unAuthSdes?: { events: unknown[] };
    };
  }
  /** GDPR helpers: replaces the files of a conversation. */
  interface GDPRUtil {
    replaceConversationFiles(
      conversation: Conversation,
      credentials: { username: string; password: string },
      shouldReplace?: (path: string) => boolean,
      file?: { body: unknown; contentType: string },
    ): Promise<string[]>;
  }
  /** The answer of an mTLS call. */
  interface MtlsResponse {
    statusCode: number;
    headers: Record<string, string>;
    body: any;
  }
  /** Per-call options of the mTLS clients: `json` sends JSON and parses the answer. */
  interface MtlsOptions {
    json?: boolean;
    timeout?: number;
    allowSelfSigned?: boolean;
  }
  /** HTTP over mutual TLS (V2). */
  interface MtlsClient {
    get(
      url: string,
      headers?: Record<string, string>,
      body?: unknown,
      options?: MtlsOptions,
    ): Promise<MtlsResponse>;
    post(
      url: string,
      headers?: Record<string, string>,
      body?: unknown,
      options?: MtlsOptions,
    ): Promise<MtlsResponse>;
    put(
      url: string,
      headers?: Record<string, string>,
      body?: unknown,
      options?: MtlsOptions,
    ): Promise<MtlsResponse>;
    delete(
      url: string,
      headers?: Record<string, string>,
      body?: unknown,
      options?: MtlsOptions,
    ): Promise<MtlsResponse>;
    patch(
      url: string,
      headers?: Record<string, string>,
      body?: unknown,
      options?: MtlsOptions,
    ): Promise<MtlsResponse>;
    head(
      url: string,
      headers?: Record<string, string>,
      options?: MtlsOptions,
    ): Promise<MtlsResponse>;
    options(
      url: string,
      headers?: Record<string, string>,
      options?: MtlsOptions,
    ): Promise<MtlsResponse>;
  }
  /** Calls through LivePerson's mTLS gateway (V2). */
  interface LpMtlsClient {
    get(
      url: string,
      headers?: Record<string, string>,
      body?: unknown,
      options?: MtlsOptions,
    ): Promise<MtlsResponse>;
    post(
      url: string,
      headers?: Record<string, string>,
      body?: unknown,
      options?: MtlsOptions,
    ): Promise<MtlsResponse>;
  }
  /** One function to invoke. */
  interface Invocation {
    uuid: string;
    payload: unknown;
    headers?: Record<string, string>;
    /** Attempts in total (default 3). */
    retries?: number;
    retryFunction?: (error: unknown) => boolean;
  }
  /** Options of `invoke`. */
  interface InvokeOptions {
    timeout?: number;
    json?: boolean;
    errorStrategy?: 'ExitOnError' | 'ContinueOnError';
    invokeParallel?: boolean;
  }
  /** One invocation's answer (with `error` under ContinueOnError). */
  interface InvocationResult {
    uuid: string;
    body?: any;
    headers?: Record<string, string>;
    statusCode?: number;
    error?: { code: unknown; message: unknown };
  }
  /** Invokes other functions of the account (V2). */
  interface OrchestratorClient {
    /** `deadline` in ms, at most 25,000 (default). */
    invoke(
      invocations: Invocation[],
      deadline?: number,
      options?: InvokeOptions,
    ): Promise<InvocationResult[]>;
  }
  /** Service discovery (CSDS, V2). */
  interface CsdsClient {
    get(service: string): Promise<string>;
    getAll(): Promise<Record<string, string>[]>;
  }
  /** Salesforce through the platform's proxy (V1: jsforce, not emulated; V2 locally returns `{params}`). */
  interface SFClient {
    connectToSalesforce(options: Record<string, unknown>): any;
  }

  /** Clients both toolbelts create. */
  interface CommonToolbelt {
    /** Reads and updates secrets. */
    SecretClient(): SecretClient;
    ConversationUtil(): ConversationUtil;
    SDEUtil(): SDEUtil;
    GDPRUtil(): GDPRUtil;
    SFClient(): SFClient;
  }

  /** The codes toolbelt errors carry in `error.code`. */
  interface ErrorCodes {
    Platform: { Secret: { NoToken: string } };
    Secret: {
      Invalid: string;
      Failure: string;
      Timeout: string;
      NotFound: string;
      AuthFailure: string;
      SystemSecret: string;
    };
    Csds: { NotFound: string; Failure: string };
    Mtls: Record<string, unknown>;
    OAuth2: { General: string; UnexpectedResponse: string };
    LpClient: { Creds: { Format: string; Failure: string } };
    ConversationUtil: {
      General: string;
      NotFound: string;
      UnexpectedResponse: string;
      Timeout: string;
    };
    GDPRUtil: { General: string; AuthFailure: string; ReplaceFileFailed: string };
    SDEsUtil: { General: string; UnexpectedResponse: string };
    OrchestratorFN: Record<string, unknown>;
  }
  /** Parts of a conversation `getConversationById` can retrieve. */
  type ConversationContentTypes = Readonly<
    Record<
      | 'INFO'
      | 'SDES'
      | 'UNAUTH_SDES'
      | 'CAMPAIGN'
      | 'MESSAGE_RECORDS'
      | 'AGENT_PARTICIPANTS'
      | 'AGENT_PARTICIPANTS_ACTIVE'
      | 'CONSUMER_PARTICIPANTS'
      | 'TRANSFERS'
      | 'INTERACTIONS'
      | 'MESSAGE_SCORES'
      | 'MESSAGE_STATUSES'
      | 'SKILL_CHANGES'
      | 'CONVERSATION_SURVEYS'
      | 'AGENT_PARTICIPANTS_LEAVE'
      | 'COBROWSE_SESSIONS'
      | 'SUMMARY'
      | 'MONITORING'
      | 'DIALOGS'
      | 'RESPONSE_TIME'
      | 'INTENTS'
      | 'UNIQUE_INTENTS'
      | 'LATEST_AGENT_SURVEY'
      | 'PREVIOUSLY_SUBMITTED_AGENT_SURVEYS',
      string
    >
  >;
  /** Engagement attribute types. */
  type SDETypes = Readonly<
    Record<
      | 'CART'
      | 'TRANSACTION'
      | 'VIEWED_PRODUCT'
      | 'CUSTOMER_INFO'
      | 'MARKETING_SOURCE'
      | 'PERSONAL_INFO'
      | 'LEAD'
      | 'SERVICE_ACTIVITY'
      | 'VISITOR_ERROR'
      | 'SEARCHED_CONTENT'
      | 'ORDER_ID',
      string
    >
  >;
}
