/**
 * `Toolbelt.ContextServiceClient`: the Context Session Store (cli-facts §8.8). V2 takes the API
 * key and finds its host through CSDS (`mavenContext`); V1 takes `{accountId, apiKey}` and picks
 * its host from `CONTEXT_SERVICE_ENVIRONMENT`, as the V1 CLI does.
 */
import type { Csds } from './csds';
import type { ToolbeltDeps } from './deps';
import { SDKError } from './errors';
import type { MockResponse } from './mock-http';
import {
  brandId,
  callService,
  isFetchFailure,
  parseBody,
  requestId,
  type ToolbeltVersion,
} from './service-call';

const SDK = 'com.liveperson.context-service-sdk.';
const BUILT_IN = ['faas', 'consumer', 'custom', 'operational', 'conversation'];
const HOSTS: Record<string, string> = {
  z1: 'z1.context.liveperson.net',
  z2: 'z2.context.liveperson.net',
  z3: 'z3.context.liveperson.net',
  'z1-a': 'va-a.context.liveperson.net',
  qa: 'lp-mavencontext-qa.dev.lprnd.net',
};
/** The SDK's messages: V2 (fetch) and V1 (bent, with its spelling). */
const WORDING = {
  v2: {
    notFound: 'Requested Resource does not exist',
    server: 'Internal Server Error occurred during processing request',
    unknownCode: 'unknown',
    unknown: (m: string) => `Unknown Error ${m} occurred`,
  },
  v1: {
    notFound: 'Requested Ressource does not exist',
    server: 'Internal Server Error occured during processing request',
    unknownCode: 'unkown',
    unknown: (m: string) => `Unkown Error ${m} occured`,
  },
};

/** How the client finds its account and host. */
interface Target {
  account: string;
  host(operation: string): Promise<string>;
  apiKey: string;
}

/** The V1 or V2 constructor's checks, then the account and host the calls go to. */
function targetOf(
  deps: ToolbeltDeps,
  version: ToolbeltVersion,
  csds: Csds,
  config: unknown,
): Target {
  if (version === 'v2') {
    if (typeof config !== 'string' || config === '')
      throw new Error('No valid API-key was provided');
    return {
      account: brandId(deps, 'v2'),
      apiKey: config,
      host: (operation) =>
        csds.domain('mavenContext', { client: 'ContextServiceClient', operation }),
    };
  }
  if (!config || typeof config !== 'object') throw new Error('No valid configuration was provided');
  const { accountId, apiKey } = config as { accountId?: unknown; apiKey?: unknown };
  if (typeof apiKey !== 'string' || apiKey === '') throw new Error('No valid API-key was provided');
  if (typeof accountId !== 'string' || accountId === '')
    throw new Error('No valid accountId was provided');
  const host = HOSTS[deps.env.CONTEXT_SERVICE_ENVIRONMENT ?? ''];
  if (!host) {
    throw new Error(
      'Could not determine ContextService environment. Please make sure to set CONTEXT_SERVICE_ENVIRONMENT (qa, z1-a, z1, z2 or z3) as env variable in your config.json!',
    );
  }
  return { account: accountId, apiKey, host: () => Promise.resolve(host) };
}

/** Creates a context service client for `config` (V2: the API key; V1: `{accountId, apiKey}`). */
export function createContextServiceClient(
  deps: ToolbeltDeps,
  version: ToolbeltVersion,
  csds: Csds,
  config: unknown,
) {
  const target = targetOf(deps, version, csds, config);
  const words = WORDING[version];
  const invalid = (message: string) => new SDKError(`${SDK}parameter.invalid`, message);
  const checkNamespace = (namespace: unknown) => {
    if (namespace === undefined || namespace === null || namespace === '')
      throw invalid('Namespace can not be null, undefined or empty string');
  };

  /** One request of `method` (the client method's name); fails with the SDK's status mapping. */
  async function call(
    method: string,
    verb: string,
    path: string,
    body?: unknown,
  ): Promise<MockResponse> {
    const operation = `ContextServiceClient.${method}`;
    const host = await target.host(operation);
    let answer: MockResponse;
    try {
      answer = await callService(deps, {
        client: 'ContextServiceClient',
        operation,
        method: verb,
        url: `https://${host}/v1/account/${target.account}${path}`,
        headers: {
          'maven-api-key': target.apiKey,
          'content-type': 'application/json',
          accept: 'application/json',
          'x-request-id': requestId(),
          'user-agent': '@liveperson/context-service v0.1.0',
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      const cause = isFetchFailure(error) ? error.message : String(error);
      throw new SDKError(`${SDK}${words.unknownCode}`, words.unknown(cause));
    }
    if (answer.status >= 200 && answer.status < 300) return answer;
    if (answer.status === 403)
      throw new SDKError(
        `${SDK}authorization.invalid`,
        'Provided API Key is either invalid or lacks permission',
      );
    if (answer.status === 404) throw new SDKError(`${SDK}data.does-not-exist`, words.notFound);
    if (answer.status === 500 || answer.status === 503)
      throw new SDKError(`${SDK}internal-server-error`, words.server);
    const parsed = parseBody(answer.body) as { message?: unknown } | null;
    const message =
      parsed && typeof parsed === 'object' && typeof parsed.message === 'string'
        ? parsed.message
        : answer.body;
    throw new SDKError(`${SDK}${words.unknownCode}`, words.unknown(message));
  }

  const json = async (method: string, path: string) =>
    parseBody((await call(method, 'GET', path)).body);
  const properties = (ns: string, sid: unknown) =>
    `/${ns}/${sid === undefined ? '__default__' : String(sid)}/properties`;
  const namespaces = async (method: string) => {
    const list = await json(method, '');
    return Array.isArray(list)
      ? list.map((entry: { createdAt?: unknown }) =>
          entry && typeof entry === 'object' && entry.createdAt !== undefined
            ? { ...entry, createdAt: new Date(entry.createdAt as string) }
            : entry,
        )
      : list;
  };
  const setProperties = async (method: string, ns: unknown, props: unknown, sid?: unknown) => {
    checkNamespace(ns);
    await call(method, 'PATCH', properties(String(ns), sid), props);
    return json(method, properties(String(ns), sid));
  };
  const property = async (method: string, ns: unknown, name: unknown, sid: unknown) => {
    checkNamespace(ns);
    return parseBody(
      (await call(method, 'GET', `${properties(String(ns), sid)}/${String(name)}`)).body,
    );
  };

  return {
    /** Creates a namespace (`ttl` in seconds), then returns its entry from the namespace list. */
    async createNamespace(ns: unknown, options?: { ttl?: unknown }) {
      checkNamespace(ns);
      if (BUILT_IN.includes(String(ns))) throw invalid('Can not create a built-in namespace');
      const ttl = options?.ttl;
      if (ttl !== undefined && !(Number(ttl) > 0))
        throw invalid('TTL needs to be a positive integer above 0');
      await call('createNamespace', 'POST', ttl === undefined ? '' : `?ttlSecond=${String(ttl)}`, {
        name: ns,
      });
      const list = await namespaces('createNamespace');
      return Array.isArray(list)
        ? list.find((entry: { name?: unknown }) => entry?.name === ns)
        : undefined;
    },
    /** Deletes a namespace (an empty name does nothing). */
    async deleteNamespace(ns: unknown) {
      if (ns === undefined || ns === null || ns === '') return;
      if (BUILT_IN.includes(String(ns))) throw invalid('Can not delete a built-in namespace');
      await call('deleteNamespace', 'DELETE', `/${String(ns)}`);
    },
    /** The account's namespaces, `createdAt` as a Date. */
    getListOfNamespaces: () => namespaces('getListOfNamespaces'),
    /** Sets properties of a session (default `__default__`), then returns the session's properties. */
    setPropertiesInNamespace: (ns: unknown, props: unknown, sid?: unknown) =>
      setProperties('setPropertiesInNamespace', ns, props, sid),
    /** Same as setPropertiesInNamespace. */
    updatePropertiesInNamespace: (ns: unknown, props: unknown, sid?: unknown) =>
      setProperties('updatePropertiesInNamespace', ns, props, sid),
    /** Every property of a session. */
    async getAllPropertiesInSession(ns: unknown, sid?: unknown) {
      checkNamespace(ns);
      return json('getAllPropertiesInSession', properties(String(ns), sid));
    },
    /** One property: its JSON value, or the raw text. */
    getPropertyInSession: (ns: unknown, name: unknown, sid?: unknown) =>
      property('getPropertyInSession', ns, name, sid),
    /** The named properties that exist, one request each. */
    async getSelectedPropertiesInSession(ns: unknown, names: unknown, sid?: unknown) {
      const found: Record<string, unknown> = {};
      for (const name of Array.isArray(names) ? names : []) {
        try {
          found[String(name)] = await property('getSelectedPropertiesInSession', ns, name, sid);
        } catch (error) {
          if ((error as SDKError).code !== `${SDK}data.does-not-exist`) throw error;
        }
      }
      return found;
    },
    /** Deletes one property. */
    async deletePropertyInSession(ns: unknown, name: unknown, sid?: unknown) {
      checkNamespace(ns);
      await call(
        'deletePropertyInSession',
        'DELETE',
        `${properties(String(ns), sid)}/${String(name)}`,
      );
    },
    /** Deletes a session. */
    async deleteSession(ns: unknown, sid: unknown) {
      checkNamespace(ns);
      await call('deleteSession', 'DELETE', `${properties(String(ns), sid)}/`);
    },
    /** The namespace's session ids. */
    async getListOfSessions(ns: unknown) {
      checkNamespace(ns);
      return json('getListOfSessions', `/${String(ns)}/session-ids`);
    },
  };
}
