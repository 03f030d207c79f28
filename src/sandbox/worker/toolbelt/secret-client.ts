/**
 * `Toolbelt.SecretClient()` of each runtime over the workspace's secrets table, with the rules
 * of `rulesOf(version)`: V1 reads the store every time; V2 keeps what it read (and wrote) in a
 * cache shared by every SecretClient of the instance, as the V2 toolbelt's module-global cache.
 */
import {
  append,
  Builtins,
  dateNow,
  indexOfText,
  isInstance,
  jsonParse,
  jsonStringify,
  SafeMap,
  sliceText,
  textOf,
} from '../../../lib/intrinsics';
import { rulesOf } from '../../../schema/platform';
import type { Runtime } from '../../../schema/workspace';
import { MISSING_SECRET } from '../run-scope';
import { ERROR_CODES } from './constants';
import type { ToolbeltDeps } from './deps';
import { ToolBeltError } from './errors';

/** A secret as the client reads and writes it: a JSON secret's value is the parsed JSON. */
export interface SecretEntry {
  key: string;
  value: unknown;
}

/** The V1 toolbelt's SecretError: a plain Error with a `code`. */
class SecretError extends Error {
  /** An ErrorCodes value. */
  code: string;

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

const errorOf = (version: Runtime) => (code: string, message: string) =>
  version === 'v1'
    ? new SecretError(code, message)
    : new ToolBeltError('SecretClient', code, message);

/** The messages of each toolbelt's SecretClient (cli-facts §8.12). */
function messagesOf(version: Runtime) {
  const rules = rulesOf(version);
  const limit = rules.limits.secretValueChars;
  const v1 = version === 'v1';
  return {
    missing: (key: string) => {
      const message = rules.missingSecretMessage;
      const at = indexOfText(message, '{key}');
      return `${sliceText(message, 0, at)}${key}${sliceText(message, at + 5)}`;
    },
    tooLong: v1
      ? `Provided Secret Value exceeds allowed length of ${limit}`
      : `Provided secret value exceeds allowed length of ${limit / 1024}kb`,
    notFound: (key: string) =>
      v1 ? `Updating Secret ${key} failed` : `Updating secret ${key} failed: Secret not found!`,
  };
}

const read = (options: unknown, name: string): unknown =>
  options !== null && typeof options === 'object'
    ? (options as Record<string, unknown>)[name]
    : undefined;

/**
 * Makes the `SecretClient` constructor of toolbelt `version` for one instance: its clients share
 * the instance's secret cache (V2) until the instance ends.
 */
export function createSecretClients(deps: ToolbeltDeps, version: Runtime) {
  const rules = rulesOf(version);
  const fail = errorOf(version);
  const text = messagesOf(version);
  const cache = new SafeMap<string, { value: unknown; expires: number }>();
  let ttl = rules.secretCacheMs;

  const fromStore = (key: string): unknown => {
    let value: unknown;
    try {
      value = deps.scope().readSecret(key);
    } catch (error) {
      throw fail(
        ERROR_CODES.Secret.Invalid,
        `Secret ${key} is typed JSON in the playground's secrets table, but its value is not valid JSON (${textOf((error as Error).message)})`,
      );
    }
    if (value === MISSING_SECRET) throw fail(ERROR_CODES.Secret.NotFound, text.missing(key));
    return value;
  };

  const cached = (key: string): { value: unknown } | null => {
    const entry = cache.get(key);
    if (!entry) return null;
    if (dateNow() < entry.expires) return entry;
    cache.delete(key);
    return null;
  };

  const remember = (key: string, value: unknown) => {
    if (ttl > 0) cache.set(key, { value, expires: dateNow() + ttl });
  };

  /** The JSON text of a value, as V2 stores it; fails as the toolbelt does. */
  const stringified = (value: unknown): string => {
    let json: unknown;
    try {
      json = jsonStringify(value);
    } catch (error) {
      json = error;
    }
    if (typeof json === 'string') return json;
    const why = isInstance(json, Builtins.Error)
      ? textOf((json as Error).message)
      : 'it is not JSON';
    throw fail(ERROR_CODES.Secret.Invalid, `Provided secret value cannot be stringified: ${why}`);
  };

  return function newClient(options?: unknown) {
    const configured = read(read(options, 'cache'), 'ttl');
    if (rules.secretCacheMs > 0 && typeof configured === 'number' && configured > 0)
      ttl = configured;
    const used: string[] = [];
    const usedKeys = new SafeMap<string, true>();
    const markUsed = (key: string) => {
      if (usedKeys.has(key)) return;
      usedKeys.set(key, true);
      append(used, key);
    };

    const client: Record<string, (...args: unknown[]) => Promise<unknown>> = {
      /** Reads a secret (V2: from the instance's cache unless `useCache: false`); a missing key fails as on the platform. */
      async readSecret(key: unknown, readOptions?: unknown): Promise<SecretEntry> {
        if (typeof key !== 'string') {
          throw fail(ERROR_CODES.Secret.NotFound, text.missing(textOf(key)));
        }
        const scope = deps.scope();
        const useCache = read(readOptions, 'useCache') ?? true;
        const hit = rules.secretCacheMs > 0 && useCache ? cached(key) : null;
        if (hit) {
          scope.secretRead(key, 'cache');
          markUsed(key);
          return { key, value: hit.value };
        }
        const value = fromStore(key);
        remember(key, value);
        scope.secretRead(key, 'store');
        markUsed(key);
        return { key, value };
      },
      /**
       * Updates an existing secret; a value that is not a string makes it a JSON secret. The
       * app's secrets table receives the new value. Fails as the runtime's toolbelt does.
       */
      async updateSecret(secret: unknown): Promise<SecretEntry> {
        const key = read(secret, 'key');
        const value = read(secret, 'value');
        if (typeof key !== 'string' || value === undefined) {
          throw fail(
            ERROR_CODES.Secret.Invalid,
            'Provided Secret has an invalid format: expected { key: string, value }',
          );
        }
        const prefix = rules.systemSecretPrefix;
        if (prefix !== null && sliceText(key, 0, prefix.length) === prefix) {
          throw fail(
            ERROR_CODES.Secret.SystemSecret,
            'You are not allowed to update secrets added by the system',
          );
        }
        const json = typeof value === 'string' && version === 'v1' ? value : stringified(value);
        if (json.length > rules.limits.secretValueChars)
          throw fail(ERROR_CODES.Secret.Invalid, text.tooLong);
        const stored = typeof value === 'string' ? value : json;
        if (!deps.scope().updateSecret(key, stored, typeof value === 'string' ? 'text' : 'json'))
          throw fail(ERROR_CODES.Secret.Failure, text.notFound(key));
        const result: unknown = version === 'v1' ? value : jsonParse(json);
        remember(key, result);
        markUsed(key);
        return { key, value: result };
      },
    };
    if (version === 'v1') {
      /** V1 only: the keys this client read or updated (its return value is not documented). */
      client.getUsedSecrets = async () => {
        const keys: string[] = [];
        for (let i = 0; i < used.length; i++) append(keys, used[i]!);
        return keys;
      };
    }
    return client;
  };
}
