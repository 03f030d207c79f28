// Hand-declared typings of the toolbelt modules function code requires (platform.md section 5):
// `lp-faas-toolbelt` (V1) and `core-functions-toolbelt` (V2), over the `FaasToolbelt` types of
// toolbelt-clients.d.ts and toolbelt-more-clients.d.ts. The code editor loads the three files as
// extra libs; the app's own type check compiles them too, which keeps them valid.

/** The V1 toolbelt: `const { Toolbelt } = require('lp-faas-toolbelt')`. */
declare module 'lp-faas-toolbelt' {
  /** Creates the platform's clients. */
  export const Toolbelt: FaasToolbelt.CommonToolbelt & {
    /** The `request-promise` HTTP client, through the platform's proxy (allow-listed domains only). */
    HTTPClient(): FaasToolbelt.HttpClient;
    /** LivePerson APIs with service discovery and authorisation; resolves the body. */
    LpClient(): FaasToolbelt.V1LpClient;
    /** The Context Session Store for an account. */
    ContextServiceClient(config: {
      accountId: string;
      apiKey: string;
    }): FaasToolbelt.ContextServiceClient;
  };
  export const LpServices: FaasToolbelt.LpServices;
  export const ErrorCodes: FaasToolbelt.ErrorCodes;
  export const ConversationContentTypes: FaasToolbelt.ConversationContentTypes;
  export const SDETypes: FaasToolbelt.SDETypes;
}

/** The V2 toolbelt: `const { Toolbelt } = require('core-functions-toolbelt')`; the global fetch replaces HTTPClient. */
declare module 'core-functions-toolbelt' {
  /** Creates the platform's clients. */
  export const Toolbelt: FaasToolbelt.CommonToolbelt & {
    /** LivePerson APIs with service discovery and authorisation; resolves the fetch Response. */
    LpClient(): FaasToolbelt.V2LpClient;
    /** The Context Session Store, with its API key. */
    ContextServiceClient(apiKey: string): FaasToolbelt.ContextServiceClient;
    /** Client certificate and key in PEM format. */
    MTLSClient(tls: { cert: string; key: string; ca?: string }): FaasToolbelt.MtlsClient;
    LPMtlsClient(): FaasToolbelt.LpMtlsClient;
    OrchestratorClient(): FaasToolbelt.OrchestratorClient;
    CsdsClient(): FaasToolbelt.CsdsClient;
  };
  /** The class of V2 toolbelt errors: `component`, `code`, `message`. */
  export class ToolBeltError extends Error {
    component: string;
    code: string;
  }
  export const LpServices: FaasToolbelt.LpServices;
  export const ErrorCodes: FaasToolbelt.ErrorCodes;
  export const ConversationContentTypes: FaasToolbelt.ConversationContentTypes;
  export const SDETypes: FaasToolbelt.SDETypes;
}
