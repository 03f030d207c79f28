/**
 * `Toolbelt.HTTPClient()` of V1 functions: the `request-promise` API (`uri`/`url`, `method`,
 * `headers`, `body`, `json`, `qs`, `form`, `simple`, `resolveWithFullResponse`, `transform`),
 * answered by mock rules. Also the transport of the V1 LpClient.
 */
import { btoa } from '../../../lib/intrinsics';
import type { RequestLogEntry } from '../../protocol';
import type { ToolbeltDeps } from './deps';
import { sendRequest, type MockResponse } from './mock-http';

/** Options of a request-promise call. */
export type RequestOptions = Record<string, unknown>;

/** request-promise's error for a non-2xx answer when `simple` is on. */
export class StatusCodeError extends Error {
  /** The answer's status. */
  statusCode: number;
  /** The answer's body (parsed when `json` is on). */
  error: unknown;
  /** The request's options. */
  options: RequestOptions;
  /** The full answer. */
  response: unknown;

  constructor(statusCode: number, body: unknown, options: RequestOptions, response: unknown) {
    super(`${statusCode} - ${JSON.stringify(body)}`);
    this.name = 'StatusCodeError';
    this.statusCode = statusCode;
    this.error = body;
    this.options = options;
    this.response = response;
  }
}

/** Encodes a `qs` object the way the `qs` library does by default (`a[0]=1&b[c]=2`). */
export function encodeQuery(value: unknown, prefix = ''): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'object') {
    const pairs = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value);
    return pairs.flatMap(([key, v]) => encodeQuery(v, prefix ? `${prefix}[${key}]` : key));
  }
  return [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`];
}

function prepare(options: RequestOptions): {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
} {
  const base = typeof options.baseUrl === 'string' ? options.baseUrl.replace(/\/$/, '') + '/' : '';
  const target = options.uri ?? options.url;
  if (target === undefined) throw new Error('options.uri is a required argument');
  const path = String(target instanceof URL ? target.href : target);
  let url = base ? base + path.replace(/^\//, '') : path;
  // request-promise refuses a URL without a scheme or a host (`https:///path`): "Invalid URI".
  if (!/^https?:\/\/[^/?#]/i.test(url)) throw new Error(`Invalid URI "${url}"`);
  const query = encodeQuery(options.qs);
  if (query.length > 0) url += (url.includes('?') ? '&' : '?') + query.join('&');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(
    (options.headers as Record<string, unknown> | undefined) ?? {},
  )) {
    headers[name.toLowerCase()] = String(value);
  }
  const auth = options.auth as
    | { user?: string; username?: string; pass?: string; password?: string; bearer?: string }
    | undefined;
  if (auth?.bearer) headers.authorization = `Bearer ${auth.bearer}`;
  else if (auth)
    headers.authorization = `Basic ${btoa(`${auth.user ?? auth.username ?? ''}:${auth.pass ?? auth.password ?? ''}`)}`;
  const json = options.json;
  let body: string | undefined;
  if (options.form !== undefined) {
    body = typeof options.form === 'string' ? options.form : encodeQuery(options.form).join('&');
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
  } else {
    const raw = json !== undefined && typeof json !== 'boolean' ? json : options.body;
    if (raw !== undefined) {
      if (json) body = JSON.stringify(raw);
      else if (typeof raw === 'string') body = raw;
      else throw new Error('Argument error, options.body.');
    }
  }
  if (json) {
    headers.accept ??= 'application/json';
    if (body !== undefined) headers['content-type'] ??= 'application/json';
  }
  const method = String(options.method ?? 'GET').toUpperCase();
  return body === undefined ? { method, url, headers } : { method, url, headers, body };
}

/** Sends one request-promise call through the mock rules, logging it as `client` (and `operation`). */
export async function requestPromise(
  deps: ToolbeltDeps,
  client: RequestLogEntry['client'],
  options: RequestOptions,
  operation?: string,
): Promise<unknown> {
  const prepared = prepare(options);
  let answer: MockResponse;
  try {
    answer = await sendRequest(deps, {
      client,
      ...(operation === undefined ? {} : { operation }),
      ...prepared,
    });
  } catch (error) {
    const requestError = new Error(`Error: ${(error as Error).message}`);
    requestError.name = 'RequestError';
    throw Object.assign(requestError, { cause: error, error, options });
  }
  let body: unknown = answer.body;
  if (options.json && answer.body !== '') {
    try {
      body = JSON.parse(answer.body);
    } catch {
      body = answer.body;
    }
  }
  const response = {
    statusCode: answer.status,
    statusMessage: answer.statusText,
    headers: answer.headers,
    body,
  };
  const ok = answer.status >= 200 && answer.status < 300;
  if (!ok && options.simple !== false)
    throw new StatusCodeError(answer.status, body, options, response);
  const full = Boolean(options.resolveWithFullResponse);
  if (typeof options.transform === 'function')
    return (options.transform as (...a: unknown[]) => unknown)(body, response, full);
  return full ? response : body;
}

/** Creates the request-promise function `Toolbelt.HTTPClient()` returns, with its method shortcuts. */
export function createHttpClient(deps: ToolbeltDeps) {
  const call = (uriOrOptions: unknown, maybeOptions?: RequestOptions): Promise<unknown> => {
    const options =
      typeof uriOrOptions === 'string' || uriOrOptions instanceof URL
        ? { ...maybeOptions, uri: uriOrOptions }
        : { ...(uriOrOptions as RequestOptions), ...maybeOptions };
    return requestPromise(deps, 'HTTPClient', options);
  };
  const shortcut = (method: string) => (uri: unknown, options?: RequestOptions) =>
    call(uri, { ...options, method });
  return Object.assign(call, {
    get: shortcut('GET'),
    post: shortcut('POST'),
    put: shortcut('PUT'),
    patch: shortcut('PATCH'),
    delete: shortcut('DELETE'),
    del: shortcut('DELETE'),
    head: shortcut('HEAD'),
  });
}
