/**
 * The V2 toolbelt's OAuth2 client credentials for LP APIs (cli-facts §8.3): the app key secret
 * (`{client_id, client_secret}`), a token from `sentinel`, cached until 60 s before it expires.
 */
import { rulesOf } from '../../../schema/platform';
import { now } from '../timers';
import { ERROR_CODES } from './constants';
import type { Caller, Csds } from './csds';
import type { ToolbeltDeps } from './deps';
import { ToolBeltError } from './errors';
import {
  brandId,
  callService,
  fetchFailureText,
  isFetchFailure,
  namedText,
  parseBody,
  readSecretValue,
  requestId,
} from './service-call';

/** The system secret holding the account's app key. */
export const DEFAULT_APP_KEY = 'LIVEPERSON_DEFAULT_APP_KEY';

/** Who fails, and with which codes, when the app key is unusable. */
export interface CredentialErrors {
  component: string;
  format: string;
}

interface Token {
  header: string;
  until: number;
}

/** What the playground uses for the system secret when the workspace does not set it. */
export const STAND_IN_APP_KEY = {
  client_id: 'playground-client-id',
  client_secret: 'playground-client-secret',
};

/**
 * The app key `name` as `{client_id, client_secret}`; a missing or misshapen secret fails as the
 * toolbelt does. The V2 platform provides `LIVEPERSON_DEFAULT_APP_KEY` to every function (a
 * read-only system secret): when the workspace has none, a stand-in answers, with a warning.
 */
function appKey(deps: ToolbeltDeps, name: string, errors: CredentialErrors) {
  let value = readSecretValue(deps, name);
  if (value === undefined && name === DEFAULT_APP_KEY) {
    deps
      .scope()
      .warn(
        `${DEFAULT_APP_KEY} is a system secret the V2 platform gives every function; the playground signs in with a stand-in (add the secret in Settings to use your own). The CLI has no system secrets: there, the call fails with "There is no secret ${DEFAULT_APP_KEY} for this account".`,
      );
    value = STAND_IN_APP_KEY;
  }
  if (value === undefined) {
    throw new ToolBeltError(
      'SecretClient',
      ERROR_CODES.Secret.NotFound,
      rulesOf('v2').missingSecretMessage.replace('{key}', name),
    );
  }
  const creds = value as { client_id?: unknown; client_secret?: unknown } | null;
  if (!creds || typeof creds.client_id !== 'string' || typeof creds.client_secret !== 'string')
    throw new ToolBeltError(errors.component, errors.format, 'Credentials have Invalid Format');
  return { clientId: creds.client_id, clientSecret: creds.client_secret };
}

/** A token source for one client instance: `authorization(caller, secretName?)` → the header value. */
export function createTokenSource(deps: ToolbeltDeps, csds: Csds, errors: CredentialErrors) {
  const tokens = new Map<string, Token>();
  return async function authorization(caller: Caller, secretName = DEFAULT_APP_KEY) {
    const cached = tokens.get(secretName);
    if (cached && now() < cached.until) return cached.header;
    const { clientId, clientSecret } = appKey(deps, secretName, errors);
    const host = await csds.domain('sentinel', caller);
    const oauthError = (code: string, message: string) =>
      new ToolBeltError('Oauth2Client', code, message);
    let answer;
    try {
      answer = await callService(deps, {
        client: caller.client,
        operation: `${caller.operation}: OAuth2 token`,
        method: 'POST',
        url: `https://${host}/sentinel/api/v2/account/${brandId(deps, 'v2')}/app/token?v=2.0`,
        headers: {
          'x-request-id': requestId(),
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({
          client_id: clientId,
          client_secret: clientSecret,
          grant_type: 'client_credentials',
        }).toString(),
      });
    } catch (error) {
      throw oauthError(
        ERROR_CODES.OAuth2.General,
        isFetchFailure(error) ? fetchFailureText(error) : namedText(error),
      );
    }
    const body = parseBody(answer.body) as Record<string, unknown> | null;
    if (
      !body ||
      typeof body.access_token !== 'string' ||
      typeof body.token_type !== 'string' ||
      typeof body.expires_in !== 'string'
    ) {
      throw oauthError(
        ERROR_CODES.OAuth2.UnexpectedResponse,
        `AuthServer unexpected response: ${JSON.stringify(body)}. Status Code: ${answer.status}`,
      );
    }
    const header = `${body.token_type} ${body.access_token}`;
    tokens.set(secretName, { header, until: now() + Number(body.expires_in) * 1000 - 60_000 });
    return header;
  };
}

/** A token source's `authorization` function. */
export type TokenSource = ReturnType<typeof createTokenSource>;
