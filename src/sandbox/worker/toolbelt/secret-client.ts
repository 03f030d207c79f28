/** `Toolbelt.SecretClient()`: reads and updates the workspace's secrets table. */
import { sliceText } from '../../../lib/intrinsics';
import { PLATFORM } from '../../../schema/platform';
import { ERROR_CODES } from './constants';
import type { ToolbeltDeps } from './deps';
import { ToolBeltError } from './errors';

const MAX_VALUE_CHARS = PLATFORM.limits.secretValueChars;
const READ_ONLY_PREFIX = 'LIVEPERSON_DEFAULT_';

/** A secret as the client reads and writes it. */
export interface SecretEntry {
  key: string;
  value: string;
}

const secretError = (code: string, message: string) =>
  new ToolBeltError('SecretStore', code, message);

/** Creates a secret client over the current run's secrets table. */
export function createSecretClient(deps: ToolbeltDeps) {
  return {
    /** Reads a secret; a missing key fails as on the platform. */
    async readSecret(key: unknown): Promise<SecretEntry> {
      const value = typeof key === 'string' ? deps.scope().readSecret(key) : undefined;
      if (value === undefined) {
        throw secretError(
          ERROR_CODES.Secret.NotFound,
          `There is no Secret ${String(key)} for this account`,
        );
      }
      return { key: key as string, value };
    },
    /**
     * Updates an existing secret; the app's secrets table receives the new value. A key the run
     * has no secret for (or that is not [A-Za-z0-9_-]{1,100}) fails, as on the platform.
     */
    async updateSecret(secret: unknown): Promise<SecretEntry> {
      const { key, value } = (secret ?? {}) as Partial<Record<'key' | 'value', unknown>>;
      if (typeof key !== 'string' || typeof value !== 'string') {
        throw secretError(
          ERROR_CODES.Secret.Invalid,
          'Provided Secret has an invalid format: expected { key: string, value: string }',
        );
      }
      if (value.length > MAX_VALUE_CHARS) {
        throw secretError(
          ERROR_CODES.Secret.Invalid,
          `Provided Secret Value exceeds allowed length of ${MAX_VALUE_CHARS}`,
        );
      }
      if (sliceText(key, 0, READ_ONLY_PREFIX.length) === READ_ONLY_PREFIX) {
        throw secretError(ERROR_CODES.Secret.SystemSecret, `Secret ${key} is read-only`);
      }
      if (!deps.scope().updateSecret(key, value))
        throw secretError(ERROR_CODES.Secret.Failure, `Updating Secret ${key} failed`);
      return { key, value };
    },
  };
}
