// What the UI says of secrets: each runtime's rules for the secrets table, and where a read came from.
import { rulesOf } from '../../schema/platform';
import type { SecretRead } from '../../sandbox/protocol';
import type { Runtime } from '../../schema/workspace';

/** What the secrets table says of the runtime's rules: limits, types and the cache. */
export function secretsHint(runtime: Runtime): string {
  const rules = rulesOf(runtime);
  const limit = rules.limits.secretValueChars.toLocaleString('en-US');
  const minutes = rules.secretCacheMs / 60_000;
  const cache =
    rules.secretCacheMs > 0
      ? `${runtime.toUpperCase()} caches each read for ${minutes} minutes in the instance; on the platform a warm instance keeps serving a cached value after the secret changes, until its ${minutes} minutes are up. Here a change to this table starts a new instance, so the next run reads the new value.`
      : `${runtime.toUpperCase()} reads the secret store on every read (no cache).`;
  const size =
    runtime === 'v1'
      ? `values at most ${limit} characters`
      : `values at most ${limit} characters as JSON text`;
  return `Read with Toolbelt.SecretClient().readSecret(key), which gives { key, value }: a Text secret's value is a string, a JSON secret's the parsed JSON. Keys use letters, digits, _ and -, at most ${rules.limits.secretKeyChars} characters; ${size}. ${cache}`;
}

/** How a read was served, said for the user (only V2 has a cache). */
export function secretSourceText(from: SecretRead['from']): string {
  const minutes = rulesOf('v2').secretCacheMs / 60_000;
  return from === 'cache'
    ? `from the instance's cache (V2 caches reads for ${minutes} minutes)`
    : 'from the secret store';
}
