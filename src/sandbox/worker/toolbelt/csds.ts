/**
 * Service discovery (CSDS): the domain of each LivePerson service, asked of
 * `GET https://<csds>/api/account/<id>/service/baseURI.json?version=1.0` and cached for 600 s
 * by every client of the toolbelt module (cli-facts §8.2). Also `Toolbelt.CsdsClient()` (V2).
 */
import { hasOwn } from '../../../lib/intrinsics';
import { now } from '../timers';
import { ERROR_CODES } from './constants';
import type { ToolbeltDeps } from './deps';
import { InternalError, ToolBeltError } from './errors';
import type { OutgoingRequest } from './mock-http';
import {
  brandId,
  callService,
  fetchFailureText,
  isFetchFailure,
  messageOf,
  parseBody,
  type ToolbeltVersion,
} from './service-call';

const CACHE_MS = 600_000;

/** Who asks CSDS: the client and method the lookup is made for. */
export interface Caller {
  client: OutgoingRequest['client'];
  operation: string;
}

/** A service's domain, as `getAll` lists them. */
export type ServiceDomain = Record<string, string>;

/** The CSDS host of toolbelt `version` for an account (TB1 chooses it by the account's prefix). */
export function csdsHost(deps: ToolbeltDeps, version: ToolbeltVersion): string {
  if (version === 'v2') return deps.env.X_LIVEPERSON_CSDS_DOMAIN || 'api.liveperson.net';
  const account = brandId(deps, version);
  if (/^(le|qa)/.test(account)) return 'lp-csds-qa.dev.lprnd.net';
  if (account.startsWith('fr')) return 'adminlogin-z0-intg.liveperson.net';
  return 'api.liveperson.net';
}

/** The CSDS lookups of one toolbelt module: `domain(service)` and `all()`, cached. */
export function createCsds(deps: ToolbeltDeps, version: ToolbeltVersion) {
  let cached: { domains: ServiceDomain[]; until: number } | undefined;
  const fail = (code: string, message: string) =>
    version === 'v2'
      ? new ToolBeltError('CSDS-Client', code, message)
      : new InternalError(code, message);

  async function all(caller: Caller): Promise<ServiceDomain[]> {
    if (cached && now() < cached.until) return cached.domains;
    const account = brandId(deps, version);
    const url = `https://${csdsHost(deps, version)}/api/account/${account}/service/baseURI.json?version=1.0`;
    let answer;
    try {
      answer = await callService(deps, {
        client: caller.client,
        operation: `${caller.operation}: CSDS lookup`,
        method: 'GET',
        url,
        headers: version === 'v2' ? { 'user-agent': 'node' } : { accept: 'application/json' },
      });
    } catch (error) {
      throw fail(
        ERROR_CODES.Csds.Failure,
        isFetchFailure(error) ? fetchFailureText(error) : messageOf(error),
      );
    }
    const body = parseBody(answer.body) as { baseURIs?: unknown } | null;
    const list = body && typeof body === 'object' ? body.baseURIs : undefined;
    if (!Array.isArray(list)) {
      throw fail(
        ERROR_CODES.Csds.Failure,
        `Status Code: ${answer.status}. Response body ${JSON.stringify(body)}`,
      );
    }
    const domains = list.map((entry: { service?: unknown; baseURI?: unknown }) => ({
      [String(entry?.service)]: String(entry?.baseURI),
    }));
    cached = { domains, until: now() + CACHE_MS };
    return domains;
  }

  async function domain(service: unknown, caller: Caller): Promise<string> {
    const domains = await all(caller);
    const name = String(service);
    const found = domains.find((entry) => hasOwn(entry, name));
    if (!found) throw fail(ERROR_CODES.Csds.NotFound, `Service "${name}" could not be found.`);
    return found[name]!;
  }

  return { all, domain };
}

/** The CSDS lookups of a toolbelt module. */
export type Csds = ReturnType<typeof createCsds>;

/** `Toolbelt.CsdsClient()` (V2): `get(service)` → the domain, `getAll()` → `[{service: domain}]`. */
export function createCsdsClient(csds: Csds) {
  return {
    /** The domain of `service`. */
    get: (service: unknown) =>
      csds.domain(service, { client: 'CsdsClient', operation: 'CsdsClient.get' }),
    /** Every service's domain. */
    getAll: () => csds.all({ client: 'CsdsClient', operation: 'CsdsClient.getAll' }),
  };
}
