/**
 * `Toolbelt.LpClient()`: calls a LivePerson service by name. Requests go to
 * `https://<service>.liveperson.net<path>`, answered by mock rules: V1 resolves the body
 * (request-promise options), V2 a fetch Response.
 */
import { ERROR_CODES } from './constants';
import type { ToolbeltDeps } from './deps';
import { ToolBeltError } from './errors';
import { createFetch } from './fetch';
import { requestPromise, type RequestOptions } from './http-client';

/** The URL the playground gives a service call. */
export function lpServiceUrl(service: string, path: string): string {
  return `https://${service}.liveperson.net${path.startsWith('/') ? path : `/${path}`}`;
}

/** Creates the lpClient function of toolbelt `version`. */
export function createLpClient(deps: ToolbeltDeps, version: 'v1' | 'v2') {
  const fetch = createFetch(deps, 'LpClient');
  return async function lpClient(
    service: unknown,
    path: unknown,
    options: RequestOptions = {},
  ): Promise<unknown> {
    if (typeof service !== 'string' || service === '') {
      throw new ToolBeltError(
        'CSDS',
        ERROR_CODES.Csds.NotFound,
        `No domain found for service ${String(service)}: use a LpServices value`,
      );
    }
    const url = lpServiceUrl(service, String(path ?? ''));
    return version === 'v2'
      ? fetch(url, options)
      : requestPromise(deps, 'LpClient', { ...options, uri: url });
  };
}
