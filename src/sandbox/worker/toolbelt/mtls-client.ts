/**
 * The V2 mTLS clients (cli-facts §8.9, §8.10): `MTLSClient({cert, key, ca?})` calls any URL with
 * its client certificate; `LPMtlsClient()` goes through LivePerson's mTLS gateway.
 */
import { ERROR_CODES } from './constants';
import type { Csds } from './csds';
import type { ToolbeltDeps } from './deps';
import { MTLSError, ToolBeltError } from './errors';
import type { MockResponse, OutgoingRequest } from './mock-http';
import type { TokenSource } from './oauth2';
import {
  brandId,
  callService,
  fetchFailureText,
  isFetchFailure,
  namedText,
  parseBody,
  requestId,
} from './service-call';

interface CallOptions {
  json?: boolean;
}

function checkPem(value: unknown, code: string, message: string): void {
  const text = typeof value === 'string' ? value : String(value ?? '');
  if (!text.includes('-----BEGIN') || !text.includes('-----END') || !text.includes('\n'))
    throw new MTLSError('MTLS', code, message);
}

/** The body as sent: JSON with `json`, else a string (other BodyInit values are named). */
function bodyOf(body: unknown, json: boolean | undefined, component: string): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (json) {
    try {
      return JSON.stringify(body);
    } catch {
      throw new MTLSError(
        component,
        ERROR_CODES.Mtls.BadRequest,
        'Provided body could not be stringified',
      );
    }
  }
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body) || body instanceof Blob)
    return `[${Object.prototype.toString.call(body).slice(8, -1)} body]`;
  throw new MTLSError(
    component,
    ERROR_CODES.Mtls.BadRequest,
    'Provided body was not string or or one the allowed types: ArrayBuffer, Blob, Buffer, DataView, FormData, ReadableStream, URLSearchParams',
  );
}

/** `{statusCode, body, headers}`; the body JSON-parsed when `json` is set and it parses. */
function resultOf(answer: MockResponse, json: boolean | undefined, withBody = true) {
  return {
    statusCode: answer.status,
    body: withBody ? (json ? parseBody(answer.body) : answer.body) : undefined,
    headers: { ...answer.headers },
  };
}

/** A failure of `component`'s request: fetch's TypeError as General `<msg>. Cause: …`. */
function wrapped(component: string, error: unknown): Error {
  if (error instanceof ToolBeltError) return error;
  return new MTLSError(
    component,
    ERROR_CODES.Mtls.General,
    isFetchFailure(error) ? fetchFailureText(error) : namedText(error),
  );
}

/** Creates `Toolbelt.MTLSClient(config)`: checks the PEM shapes, then `get/post/put/delete/patch/head/options`. */
export function createMtlsClient(deps: ToolbeltDeps, config: unknown) {
  if (!config || typeof config !== 'object')
    throw new MTLSError('MTLS', ERROR_CODES.Mtls.Missing, 'No Client TLS config was provided');
  const { cert, key, ca } = config as Record<string, unknown>;
  checkPem(
    cert,
    ERROR_CODES.Mtls.Invalid.Cert,
    'Provided cert is not rightly shaped. Please check cert format',
  );
  if (ca !== undefined)
    checkPem(
      ca,
      ERROR_CODES.Mtls.Invalid.Cert,
      'Provided ca-cert is not rightly shaped. Please check ca-cert format',
    );
  checkPem(
    key,
    ERROR_CODES.Mtls.Invalid.Key,
    'Provided key is not rightly shaped. Please check key format',
  );

  const send = (method: string, withBody: boolean) =>
    async function (url: unknown, headers?: unknown, ...rest: unknown[]) {
      const [body, options] = withBody ? rest : [undefined, rest[0]];
      const json = (options as CallOptions | undefined)?.json;
      const sent: Record<string, string> = { ...((headers ?? {}) as Record<string, string>) };
      if (json) {
        sent['Content-Type'] = 'application/json';
        sent['X-Request-Id'] = requestId();
      }
      const text = bodyOf(body, json, 'MTLS');
      try {
        const answer = await callService(deps, {
          client: 'MTLSClient',
          operation: `MTLSClient.${method.toLowerCase()}`,
          method,
          url: String(url),
          headers: sent,
          ...(text === undefined ? {} : { body: text }),
        });
        return resultOf(answer, json, method !== 'HEAD' && method !== 'OPTIONS');
      } catch (error) {
        throw wrapped('MTLS', error);
      }
    };
  return {
    get: send('GET', true),
    post: send('POST', true),
    put: send('PUT', true),
    delete: send('DELETE', true),
    patch: send('PATCH', true),
    head: send('HEAD', false),
    options: send('OPTIONS', false),
  };
}

/** Creates `Toolbelt.LPMtlsClient()`: `get/post` forwarded by the gateway (`mtlsGateway`). */
export function createLpMtlsClient(deps: ToolbeltDeps, csds: Csds, authorization: TokenSource) {
  const send = (method: 'GET' | 'POST') =>
    async function (url: unknown, headers?: unknown, body?: unknown, options?: CallOptions) {
      const caller = {
        client: 'LPMtlsClient',
        operation: `LPMtlsClient.${method.toLowerCase()}`,
      } as const;
      const json = options?.json;
      try {
        if (method === 'GET' && body !== undefined && body !== null) {
          throw new MTLSError(
            'LP-MTLS',
            ERROR_CODES.Mtls.General,
            'TypeError: Request with GET/HEAD method cannot have body.',
          );
        }
        const own: Record<string, string> = { ...((headers ?? {}) as Record<string, string>) };
        const override = own.Authorization ?? own.authorization;
        delete own.Authorization;
        delete own.authorization;
        const host = await csds.domain('mtlsGateway', caller);
        const sent: Record<string, string> = {
          'LP-stop-if-certificate-not-found': 'true',
          'LP-service-name': 'FAAS',
          'LP-forward-url': String(url),
          'X-Request-Id': requestId(),
          ...(json ? { 'Content-Type': 'application/json' } : {}),
          ...(override === undefined ? {} : { 'LP-authorization-override': override }),
          ...own,
          Authorization: await authorization(caller),
        };
        const text = bodyOf(body, json, 'LP-MTLS');
        const request: OutgoingRequest = {
          ...caller,
          method,
          url: `https://${host}/mtls/account/${brandId(deps, 'v2')}`,
          headers: sent,
          ...(text === undefined ? {} : { body: text }),
        };
        const answer = await callService(deps, request);
        const remote = answer.headers['lp-message-from-transport'];
        if (remote !== undefined)
          throw new MTLSError('LP-MTLS', ERROR_CODES.Mtls.Remote, remote, answer.body);
        const challenge = answer.headers['www-authenticate'];
        if (challenge !== undefined) {
          throw new MTLSError(
            'LP-MTLS',
            ERROR_CODES.Mtls.BadRequest,
            `Authentication to LP MTLS failed due to ${challenge}`,
          );
        }
        if (answer.status === 400) {
          throw new MTLSError(
            'LP-MTLS',
            ERROR_CODES.Mtls.Missing,
            'It seems like there was no MTLS Configuration setup for the given forward URL. Please configure MTLS Mapping.',
          );
        }
        return resultOf(answer, json);
      } catch (error) {
        throw wrapped('LP-MTLS', error);
      }
    };
  return { get: send('GET'), post: send('POST') };
}
