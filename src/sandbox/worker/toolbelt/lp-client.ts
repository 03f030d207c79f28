/**
 * `Toolbelt.LpClient()`: calls a LivePerson service by name at `https://<CSDS domain><path>`.
 * V2 authorises with the app key (OAuth2) and resolves the fetch Response; V1 resolves the body
 * (request-promise options) and is sent unsigned (the playground does not sign OAuth 1.0a).
 */
import type { Csds } from './csds';
import type { ToolbeltDeps } from './deps';
import { createFetch } from './fetch';
import { requestPromise, type RequestOptions } from './http-client';
import type { TokenSource } from './oauth2';
import { requestId, type ToolbeltVersion } from './service-call';

const CALLER = { client: 'LpClient', operation: 'LpClient' } as const;

/** Creates the lpClient function of toolbelt `version`. */
export function createLpClient(
  deps: ToolbeltDeps,
  version: ToolbeltVersion,
  csds: Csds,
  authorization: TokenSource,
) {
  const fetch = createFetch(deps, 'LpClient', 'LpClient');
  return async function lpClient(
    service: unknown,
    path: unknown,
    options: RequestOptions = {},
  ): Promise<unknown> {
    const host = await csds.domain(service, CALLER);
    const text = String(path ?? '');
    const url = `https://${host}${text.startsWith('/') ? text : `/${text}`}`;
    if (version === 'v1')
      return requestPromise(deps, 'LpClient', { ...options, uri: url }, 'LpClient');
    const { appKeySecretName, ...init } = options;
    const header = await authorization(
      CALLER,
      typeof appKeySecretName === 'string' ? appKeySecretName : undefined,
    );
    const headers = new Headers((init.headers ?? {}) as HeadersInit);
    headers.set('authorization', header);
    headers.set('X-Request-Id', requestId());
    return fetch(url, { method: 'GET', ...init, headers });
  };
}
