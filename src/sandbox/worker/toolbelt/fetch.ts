/** The global `fetch` of V2 functions (and the transport of the V2 LpClient), answered by mock rules. */
import type { RequestLogEntry } from '../../protocol';
import type { ToolbeltDeps } from './deps';
import { sendRequest, type MockResponse } from './mock-http';

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

function urlOf(input: unknown): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  if (input && typeof input === 'object' && typeof (input as { url?: unknown }).url === 'string') {
    return (input as { url: string }).url;
  }
  return String(input);
}

function headersOf(init: unknown): Record<string, string> {
  const headers: Record<string, string> = {};
  if (!init) return headers;
  new Headers(init as HeadersInit).forEach((value, name) => {
    headers[name] = value;
  });
  return headers;
}

function bodyOf(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  return `[${Object.prototype.toString.call(body).slice(8, -1)} body]`;
}

/** A fetch Response for a mock's answer. */
export function toResponse(answer: MockResponse, url: string): Response {
  const status = answer.status < 200 ? 200 : answer.status;
  const response = new Response(NULL_BODY_STATUSES.has(status) ? null : answer.body, {
    status,
    statusText: answer.statusText,
    headers: answer.headers,
  });
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

/** Creates a fetch that sends through the mock rules, logging requests as `client` (and `operation`). */
export function createFetch(
  deps: ToolbeltDeps,
  client: RequestLogEntry['client'] = 'fetch',
  operation?: string,
) {
  return async function fetch(
    input: unknown,
    init: Record<string, unknown> = {},
  ): Promise<Response> {
    const url = urlOf(input);
    try {
      new URL(url);
    } catch {
      throw new TypeError(`Failed to parse URL from ${url}`);
    }
    const fromRequest =
      input && typeof input === 'object' ? (input as Record<string, unknown>) : {};
    const method = String(init.method ?? fromRequest.method ?? 'GET').toUpperCase();
    const headers = headersOf(init.headers ?? fromRequest.headers);
    const body = bodyOf(init.body);
    if (init.body instanceof URLSearchParams)
      headers['content-type'] ??= 'application/x-www-form-urlencoded;charset=UTF-8';
    else if (typeof init.body === 'string') headers['content-type'] ??= 'text/plain;charset=UTF-8';
    let answer: MockResponse;
    try {
      answer = await sendRequest(deps, {
        client,
        ...(operation === undefined ? {} : { operation }),
        method,
        url,
        headers,
        ...(body === undefined ? {} : { body }),
      });
    } catch (error) {
      throw new TypeError(`fetch failed: ${(error as Error).message}`, { cause: error });
    }
    return toResponse(answer, url);
  };
}
