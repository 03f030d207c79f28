/**
 * The network of the playground: every request is answered by the first matching mock rule, or
 * fails naming its URL; each one is written to the run's request log.
 */
import { matchesUrlPattern } from '../../../lib/url-pattern';
import type { RequestLogEntry } from '../../protocol';
import { realTimers } from '../timers';
import type { ToolbeltDeps } from './deps';

/** A request as a client sends it. */
export interface OutgoingRequest {
  client: RequestLogEntry['client'];
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** The answer of a mock rule. */
export interface MockResponse {
  status: number;
  statusText: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};
const LOGGED_BODY_CHARS = 10_000;
const RATE_LIMIT_PER_SECOND = 20;
const recentStarts = new WeakMap<object, number[]>();

const clip = (text: string) =>
  text.length > LOGGED_BODY_CHARS ? `${text.slice(0, LOGGED_BODY_CHARS)}…` : text;

/** The message of a request no mock rule answers. */
export function noMockMessage(method: string, url: string): string {
  return `No mock rule matches ${method} ${url}. The playground makes no real requests: add a mock rule for this URL.`;
}

/** Sends `request` to the mock rules of the current run; rejects with the no-mock message when none matches. */
export async function sendRequest(
  deps: ToolbeltDeps,
  request: OutgoingRequest,
): Promise<MockResponse> {
  const scope = deps.scope();
  const release = deps.pending.hold();
  const started = performance.now();
  const starts = recentStarts.get(scope) ?? [];
  recentStarts.set(scope, starts);
  starts.push(started);
  if (
    starts.length > RATE_LIMIT_PER_SECOND &&
    started - (starts[starts.length - 1 - RATE_LIMIT_PER_SECOND] ?? 0) < 1000
  ) {
    scope.warn(
      `More than ${RATE_LIMIT_PER_SECOND} requests in one second: the platform allows ${RATE_LIMIT_PER_SECOND} per second per function.`,
    );
  }
  const method = request.method.toUpperCase();
  const mockIndex = scope.mocks.findIndex(
    (rule) =>
      (rule.method === undefined || rule.method === method) &&
      matchesUrlPattern(rule.url, request.url),
  );
  const entry: RequestLogEntry = {
    id: scope.nextRequestId(),
    client: request.client,
    method,
    url: request.url,
    requestHeaders: request.headers,
    mockIndex: mockIndex >= 0 ? mockIndex : null,
    startedMs: Math.round(started - scope.startedAt),
  };
  if (request.body !== undefined) entry.requestBody = clip(request.body);
  const finish = (update: Partial<RequestLogEntry>) => {
    scope.request({ ...entry, ...update, durationMs: Math.round(performance.now() - started) });
    release();
  };
  const rule = scope.mocks[mockIndex];
  if (!rule) {
    const message = noMockMessage(method, request.url);
    finish({ error: message });
    throw new Error(message);
  }
  if (rule.delayMs) {
    scope.request(entry);
    await new Promise((resolve) => realTimers.setTimeout(resolve, rule.delayMs));
  }
  const status = rule.status ?? 200;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(rule.headers ?? {}))
    headers[name.toLowerCase()] = value;
  let body = '';
  if (typeof rule.body === 'string') body = rule.body;
  else if (rule.body !== undefined) {
    body = JSON.stringify(rule.body);
    headers['content-type'] ??= 'application/json';
  }
  finish({ status, responseBody: clip(body) });
  return { status, statusText: STATUS_TEXT[status] ?? '', headers, body };
}
