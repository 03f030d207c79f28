/**
 * The network of the playground: every request is answered by the first matching mock rule, or
 * fails naming its URL; each one is written to the run's request log.
 */
import {
  append,
  apply,
  bare,
  Builtins,
  countText,
  guarded,
  jsonStringify,
  lowerText,
  min,
  objectKeys,
  round,
  textOf,
  upperText,
} from '../../../lib/intrinsics';
import { capText, TEXT_CAPS } from '../../../lib/message-limits';
import { matchesUrlPattern } from '../../../lib/url-pattern';
import type { MockRule } from '../../../schema/workspace';
import type { RequestLogEntry } from '../../protocol';
import type { RunScope } from '../run-scope';
import { now, realTimers } from '../timers';
import type { ToolbeltDeps } from './deps';

/** A request as a client sends it. */
export interface OutgoingRequest {
  client: RequestLogEntry['client'];
  /** The toolbelt method that made it, e.g. `ContextServiceClient.getPropertyInSession`. */
  operation?: string;
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
const RATE_LIMIT_PER_SECOND = 20;
/** Most headers a request log entry shows. */
export const MAX_LOGGED_HEADERS = 100;
const { get: weakGet, set: weakSet } = WeakMap.prototype;
const recentStarts = new WeakMap<object, number[]>();

/** The message of a request no mock rule answers. */
export function noMockMessage(method: string, url: string): string {
  return `No mock rule matches ${method} ${url}. The playground makes no real requests: add a mock rule for this URL.`;
}

/** `headers` as the request log shows them: string values only, names and values cut, at most MAX_LOGGED_HEADERS. */
function loggedHeaders(headers: Record<string, string>, scope: RunScope): Record<string, string> {
  const logged = bare({} as Record<string, string>);
  const names = objectKeys(headers);
  if (names.length > MAX_LOGGED_HEADERS) {
    scope.warn(
      `A request has ${countText(names.length)} headers: its log entry shows the first ${MAX_LOGGED_HEADERS}.`,
    );
  }
  for (let i = 0; i < min(names.length, MAX_LOGGED_HEADERS); i++) {
    const value: unknown = headers[names[i]!];
    if (typeof value === 'string')
      logged[capText(names[i]!, TEXT_CAPS.key)] = capText(value, TEXT_CAPS.value);
  }
  return logged;
}

function warnOverRate(scope: RunScope, started: number): void {
  let starts = apply(weakGet, recentStarts, [scope]) as number[] | undefined;
  if (!starts) {
    starts = [];
    apply(weakSet, recentStarts, [scope, starts]);
  }
  append(starts, started);
  if (
    starts.length > RATE_LIMIT_PER_SECOND &&
    started - (starts[starts.length - 1 - RATE_LIMIT_PER_SECOND] ?? 0) < 1000
  ) {
    scope.warn(
      `More than ${RATE_LIMIT_PER_SECOND} requests in one second: the platform allows ${RATE_LIMIT_PER_SECOND} per second per function.`,
    );
  }
}

function matchingRule(mocks: readonly MockRule[], method: string, url: string): number {
  for (let i = 0; i < mocks.length; i++) {
    const rule = mocks[i]!;
    if ((rule.method === undefined || rule.method === method) && matchesUrlPattern(rule.url, url))
      return i;
  }
  return -1;
}

/**
 * Sends `request` to the mock rules of the current run; rejects with the no-mock message when
 * none matches. Its log entry is built here from checked values, every text cut to TEXT_CAPS.
 */
export async function sendRequest(
  deps: ToolbeltDeps,
  request: OutgoingRequest,
): Promise<MockResponse> {
  const scope = deps.scope();
  const release = deps.pending.hold();
  const started = now();
  warnOverRate(scope, started);
  const method = upperText(textOf(request.method));
  const url = textOf(request.url);
  const mockIndex = matchingRule(scope.mocks, method, url);
  const body: unknown = request.body;
  const operation: unknown = request.operation;
  const entry: RequestLogEntry = {
    id: scope.nextRequestId(),
    client: request.client,
    ...(typeof operation === 'string' ? { operation: capText(operation, TEXT_CAPS.name) } : {}),
    method: capText(method, TEXT_CAPS.key),
    url: capText(url, TEXT_CAPS.message),
    requestHeaders: loggedHeaders(request.headers, scope),
    ...(typeof body === 'string' ? { requestBody: capText(body, TEXT_CAPS.body) } : {}),
    mockIndex: mockIndex >= 0 ? mockIndex : null,
    startedMs: round(started - scope.startedAt),
  };
  const finish = (update: Partial<RequestLogEntry>) => {
    scope.request({ ...entry, ...update, durationMs: round(now() - started) });
    release();
  };
  const rule = mockIndex >= 0 ? scope.mocks[mockIndex] : undefined;
  if (!rule) {
    const message = capText(noMockMessage(entry.method, entry.url), TEXT_CAPS.message);
    finish({ error: message });
    throw new Error(message);
  }
  if (rule.delayMs) {
    scope.request(entry);
    await guarded(new Builtins.Promise((resolve) => realTimers.setTimeout(resolve, rule.delayMs)));
  }
  const status = rule.status ?? 200;
  const headers: Record<string, string> = {};
  const ruleHeaders = rule.headers ?? {};
  const names = objectKeys(ruleHeaders);
  for (let i = 0; i < names.length; i++) headers[lowerText(names[i]!)] = ruleHeaders[names[i]!]!;
  let responseBody = '';
  if (typeof rule.body === 'string') responseBody = rule.body;
  else if (rule.body !== undefined) {
    responseBody = jsonStringify(rule.body) ?? '';
    headers['content-type'] ??= 'application/json';
  }
  finish({ status, responseBody: capText(responseBody, TEXT_CAPS.body) });
  return { status, statusText: STATUS_TEXT[status] ?? '', headers, body: responseBody };
}
