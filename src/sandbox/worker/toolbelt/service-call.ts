/**
 * What the toolbelt clients share: a request through the mock rules that fails as fetch does
 * when nothing answers, request ids, the account id and JSON secrets of the run.
 */
import { jsonParse } from '../../../lib/intrinsics';
import { MISSING_SECRET } from '../run-scope';
import type { ToolbeltDeps } from './deps';
import { sendRequest, type MockResponse, type OutgoingRequest } from './mock-http';

/** The runtime a toolbelt module belongs to. */
export type ToolbeltVersion = 'v1' | 'v2';

/**
 * Sends `request`; a request no mock rule answers rejects as fetch does for an unknown host:
 * TypeError "fetch failed" whose `cause` names the URL and the hint to add a mock.
 */
export async function callService(
  deps: ToolbeltDeps,
  request: OutgoingRequest,
): Promise<MockResponse> {
  try {
    return await sendRequest(deps, request);
  } catch (error) {
    throw new TypeError('fetch failed', { cause: error });
  }
}

/** Whether `error` is the transport failure of callService (fetch's TypeError). */
export function isFetchFailure(error: unknown): error is TypeError & { cause?: unknown } {
  return error instanceof TypeError && error.message === 'fetch failed';
}

/** The V2 toolbelt's wording of a fetch TypeError: `<msg>. Cause: <cause msg>`. */
export function fetchFailureText(error: TypeError & { cause?: unknown }): string {
  const cause = error.cause instanceof Error ? error.cause.message : String(error.cause);
  return `${error.message}. Cause: ${cause}`;
}

/** `<name>: <msg>` of any thrown value, as the V2 toolbelt reports unexpected failures. */
export function namedText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : `Error: ${String(error)}`;
}

/** The message of any thrown value. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A random v4 UUID, the toolbelt's `X-Request-Id`. */
export function requestId(): string {
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  const variant = '89ab'[Math.floor(Math.random() * 4)] ?? '8';
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}

/** The account id the toolbelt reads: V2 `X_LIVEPERSON_BRAND_ID`, V1 `BRAND_ID` (else the V2 name). */
export function brandId(deps: ToolbeltDeps, version: ToolbeltVersion): string {
  const env = deps.env;
  return (version === 'v1' ? env.BRAND_ID : undefined) ?? env.X_LIVEPERSON_BRAND_ID ?? '';
}

/** The run's secret `key` (JSON secrets parsed, and text that holds JSON too), or undefined when the run has none. */
export function readSecretValue(deps: ToolbeltDeps, key: string): unknown {
  const value = deps.scope().readSecret(key);
  if (value === MISSING_SECRET) return undefined;
  if (typeof value !== 'string') return value;
  try {
    return jsonParse(value);
  } catch {
    return value;
  }
}

/** A JSON body: the parsed text, or the text itself when it does not parse. */
export function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
