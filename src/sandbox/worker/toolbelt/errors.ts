/** Error classes the emulated toolbelt throws, shaped like the real ones (cli-facts §8.1). */

/** A V2 toolbelt error: `component`, `code` (an ErrorCodes value) and the plain `message`. */
export class ToolBeltError extends Error {
  /** The toolbelt part that failed, e.g. `CSDS-Client`. */
  component: string;
  /** An ErrorCodes value. */
  code: string;

  constructor(component: string, code: string, message: string) {
    super(message);
    this.component = component;
    this.code = code;
  }
}

/** The V2 MTLS clients' error: a ToolBeltError with the remote's `originalBody`. */
export class MTLSError extends ToolBeltError {
  /** The body the remote answered. */
  originalBody: unknown;

  constructor(component: string, code: string, message: string, originalBody?: unknown) {
    super(component, code, message);
    this.originalBody = originalBody;
  }
}

/** The V2 OrchestratorClient's error for a non-2xx invocation. */
export class OrchestratorError extends ToolBeltError {
  /** The invoked function's status. */
  statusCode: number;
  /** The answer's body text. */
  originalError: string;
  /** The answer's headers. */
  headers: Record<string, string>;

  constructor(
    code: string,
    message: string,
    answer: { status: number; body: string; headers: Record<string, string> },
  ) {
    super('Orchestrator-FN', code, message);
    this.statusCode = answer.status;
    this.originalError = answer.body;
    this.headers = answer.headers;
  }
}

/** The V1 toolbelt's InternalError (and SecretError): a plain Error with `code`. */
export class InternalError extends Error {
  /** An ErrorCodes value. */
  code: string;

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** The context-service SDK's error: a plain Error with its `com.liveperson.context-service-sdk.*` code. */
export class SDKError extends Error {
  /** A context-service SDK code, or a network code. */
  code: string;

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** An error of the emulation itself: a toolbelt method the playground does not emulate. */
export function notEmulated(client: string, method: string, why: string): Error {
  return new Error(`${client}.${method} is not emulated in the playground: ${why}`);
}
