// Hand-declared typings of the toolbelt modules (platform.md section 5), part 1: secrets, HTTP,
// LivePerson APIs, conversations and the Context Session Store. See toolbelt-modules.d.ts.
/* eslint-disable @typescript-eslint/no-explicit-any */

declare namespace FaasToolbelt {
  /** A secret: key and value. */
  interface SecretEntry {
    key: string;
    value: string;
  }
  /** Per-call options of the secret client. */
  interface SecretRequestOptions {
    /** V2 caches reads for 5 minutes; `false` reads the stored value. */
    useCache?: boolean;
    /** Milliseconds before the call fails with `ErrorCodes.Secret.Timeout`. */
    timeout?: number;
  }
  /** Reads and updates the account's secrets. */
  interface SecretClient {
    /** Reads a secret; fails with `ErrorCodes.Secret.NotFound` ("There is no Secret <key> for this account") when it is missing. */
    readSecret(key: string, options?: SecretRequestOptions): Promise<SecretEntry>;
    /** Updates an existing secret; keys starting `LIVEPERSON_DEFAULT_` are read-only. */
    updateSecret(secret: SecretEntry, options?: SecretRequestOptions): Promise<SecretEntry>;
    /** V1 only: the keys of the secrets this client has read or updated. */
    getUsedSecrets(): Promise<string[]>;
  }

  /** Options of the V1 HTTP client (the `request-promise` API). */
  interface HttpOptions {
    uri?: string;
    url?: string;
    /** Any case: `get`, `POST`… */
    method?: string;
    headers?: Record<string, string>;
    body?: unknown;
    /** `true`: send the body as JSON and parse the answer. */
    json?: boolean;
    /** Query string parameters. */
    qs?: Record<string, unknown>;
    /** Default `true`: a non-2xx status rejects with a StatusCodeError (`statusCode`, `error`). */
    simple?: boolean;
    /** `true`: resolve `{ statusCode, headers, body }` instead of the body. */
    resolveWithFullResponse?: boolean;
    timeout?: number;
  }
  /** The whole answer, with `resolveWithFullResponse: true`. */
  interface FullResponse {
    statusCode: number;
    headers: Record<string, string>;
    body: any;
  }
  /** V1 HTTP client: resolves the body (a string, or parsed with `json: true`). */
  interface HttpClient {
    (url: string, options?: HttpOptions): Promise<any>;
    (options: HttpOptions): Promise<any>;
  }

  /** Names of the LivePerson services, by their `LpServices` key. */
  interface LpServices {
    readonly MSG_HIST: 'msgHist';
    readonly AGENT_VEP: 'agentVep';
    readonly ACCOUNT_CONFIG_READ_ONLY: 'accountConfigReadOnly';
    readonly ACCOUNT_CONFIG_READ_WRITE: 'accountConfigReadWrite';
    readonly ASYNC_MESSAGING: 'asyncMessaging';
    readonly ASYNC_MESSAGING_EN: 'asyncMessagingEnt';
    readonly ENG_HIST_DOMAIN: 'engHistDomain';
    readonly RTBF: 'rtbf';
    readonly AUDITLOG: 'auditLog';
    readonly SMT: 'smt';
    readonly PUSHER: 'pusher';
    readonly LE_DATA_REPORTING: 'leDataReporting';
    readonly MSG_EWT_API: 'msgEwtAPI';
    readonly MSDKGW: 'msdkgw';
  }
  /** A LivePerson service name. */
  type LpService = LpServices[keyof LpServices];
  /** V1: calls a LivePerson API (service discovery and authorisation included); resolves the body. */
  type V1LpClient = (service: LpService, path: string, options?: HttpOptions) => Promise<any>;
  /** V2: calls a LivePerson API with fetch options; resolves the fetch Response. */
  type V2LpClient = (
    service: LpService,
    path: string,
    options?: RequestInit & { appKeySecretName?: string },
  ) => Promise<Response>;

  /** A conversation as the Messaging Interactions API returns it. */
  interface Conversation {
    _metadata: object;
    conversationHistoryRecords: Record<string, unknown>[];
  }
  /** A message that matched a keyword. */
  interface KeywordMatch {
    message: string;
    sentTimestamp: number;
    sentBy: string;
    tag: string;
  }
  /** Retrieves conversations and searches them. */
  interface ConversationUtil {
    /** Reads a conversation; `contentToRetrieve` takes `ConversationContentTypes` values. */
    getConversationById(
      conversationId: string,
      contentToRetrieve?: string[],
    ): Promise<Conversation>;
    /** The messages of a conversation that contain any of the keywords. */
    scanConversationForKeywords(conversation: Conversation, keywords: string[]): KeywordMatch[];
  }

  /** Properties stored in the Context Session Store. */
  type Properties = Record<string, unknown>;
  /** A namespace of the Context Session Store. */
  interface Namespace {
    name: string;
    createdAt: Date;
    ttlSecond?: number;
  }
  /** The Context Session Store: namespaces, their sessions and properties. Failures carry `com.liveperson.context-service-sdk.*` codes. */
  interface ContextServiceClient {
    /** `ttl` in seconds; resolves the new namespace's entry. */
    createNamespace(namespace: string, options?: { ttl?: number }): Promise<Namespace | undefined>;
    deleteNamespace(namespace: string): Promise<void>;
    getListOfNamespaces(): Promise<Namespace[]>;
    setPropertiesInNamespace(
      namespace: string,
      properties: Properties,
      sessionId?: string,
    ): Promise<Properties>;
    updatePropertiesInNamespace(
      namespace: string,
      properties: Properties,
      sessionId?: string,
    ): Promise<Properties>;
    getAllPropertiesInSession(namespace: string, sessionId?: string): Promise<Properties>;
    getSelectedPropertiesInSession(
      namespace: string,
      propertyNames: string[],
      sessionId?: string,
    ): Promise<Properties>;
    getPropertyInSession(
      namespace: string,
      propertyName: string,
      sessionId?: string,
    ): Promise<unknown>;
    deletePropertyInSession(
      namespace: string,
      propertyName: string,
      sessionId?: string,
    ): Promise<void>;
    deleteSession(namespace: string, sessionId: string): Promise<void>;
    getListOfSessions(namespace: string): Promise<string[]>;
  }
}
