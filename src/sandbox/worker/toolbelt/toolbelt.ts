/**
 * The emulated toolbelt modules: `lp-faas-toolbelt` (V1, with HTTPClient) and
 * `core-functions-toolbelt` (V2, where the global fetch replaces HTTPClient).
 */
import { CONVERSATION_CONTENT_TYPES, ERROR_CODES, LP_SERVICES, SDE_TYPES } from './constants';
import { createConversationUtil } from './conversation-util';
import type { ToolbeltDeps } from './deps';
import { createHttpClient } from './http-client';
import { createLpClient } from './lp-client';
import { createSecretClients } from './secret-client';
import { createStubClient, STUB_METHODS, type StubClientName } from './stub-clients';

/** Creates the exports of toolbelt module `version`. */
export function createToolbeltModule(deps: ToolbeltDeps, version: 'v1' | 'v2') {
  const secretClient = createSecretClients(deps, version);
  // Plain functions, not arrows: real code sometimes calls them with `new`.
  const Toolbelt: Record<string, (...args: unknown[]) => unknown> = {
    SecretClient: function SecretClient(options?: unknown) {
      return secretClient(options);
    },
    LpClient: function LpClient() {
      return createLpClient(deps, version);
    },
    ConversationUtil: function ConversationUtil() {
      return createConversationUtil(deps);
    },
  };
  if (version === 'v1') {
    Toolbelt.HTTPClient = function HTTPClient() {
      return createHttpClient(deps);
    };
  }
  for (const name of Object.keys(STUB_METHODS) as StubClientName[]) {
    Toolbelt[name] = function stubClient(config?: unknown) {
      if (name === 'ContextServiceClient' && !config)
        throw new Error('No valid API-key was provided');
      return createStubClient(name);
    };
  }
  return {
    Toolbelt,
    LpServices: LP_SERVICES,
    ErrorCodes: ERROR_CODES,
    ConversationContentTypes: CONVERSATION_CONTENT_TYPES,
    SDETypes: SDE_TYPES,
  };
}
