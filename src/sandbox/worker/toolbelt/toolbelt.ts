/**
 * The emulated toolbelt modules: `lp-faas-toolbelt` (V1, with HTTPClient) and
 * `core-functions-toolbelt` (V2, where the global fetch replaces HTTPClient). Each has the clients
 * its runtime's record lists (`toolbeltClients`), sharing one CSDS cache.
 */
import { rulesOf } from '../../../schema/platform';
import { CONVERSATION_CONTENT_TYPES, ERROR_CODES, LP_SERVICES, SDE_TYPES } from './constants';
import { createContextServiceClient } from './context-service';
import { createConversationUtil } from './conversation-util';
import { createCsds, createCsdsClient } from './csds';
import type { ToolbeltDeps } from './deps';
import { ToolBeltError } from './errors';
import { createGdprUtil } from './gdpr-util';
import { createHttpClient } from './http-client';
import { createLpClient } from './lp-client';
import { createLpMtlsClient, createMtlsClient } from './mtls-client';
import { createTokenSource } from './oauth2';
import { createOrchestratorClient } from './orchestrator-client';
import { createSdeUtil } from './sde-util';
import { createSecretClients } from './secret-client';
import { createSfClient } from './sf-client';
import type { ToolbeltVersion } from './service-call';

type Factory = (config?: unknown) => unknown;

/** Creates the exports of toolbelt module `version`. */
export function createToolbeltModule(deps: ToolbeltDeps, version: ToolbeltVersion) {
  const csds = createCsds(deps, version);
  const secretClient = createSecretClients(deps, version);
  const tokens = (component: string, format: string) =>
    createTokenSource(deps, csds, { component, format });
  const codes = ERROR_CODES;
  const factories: Record<string, Factory> = {
    SecretClient: (options) => secretClient(options),
    HTTPClient: () => createHttpClient(deps),
    LpClient: () =>
      createLpClient(deps, version, csds, tokens('LpClient', codes.LpClient.Creds.Format)),
    ConversationUtil: () =>
      createConversationUtil(deps, version, csds, tokens('LpClient', codes.LpClient.Creds.Format)),
    ContextServiceClient: (config) => createContextServiceClient(deps, version, csds, config),
    SDEUtil: () =>
      createSdeUtil(deps, version, csds, tokens('LpClient', codes.LpClient.Creds.Format)),
    GDPRUtil: () => createGdprUtil(deps, version, csds),
    MTLSClient: (config) => createMtlsClient(deps, config),
    LPMtlsClient: () => createLpMtlsClient(deps, csds, tokens('LP-MTLS', codes.Mtls.Creds.Format)),
    OrchestratorClient: () =>
      createOrchestratorClient(
        deps,
        csds,
        tokens('Orchestrator-FN', codes.OrchestratorFN.Creds.Format),
        (message) => deps.scope().log('Warn', [message]),
      ),
    CsdsClient: () => createCsdsClient(csds),
    SFClient: () => createSfClient(version),
  };
  // Plain functions, not arrows: real code sometimes calls them with `new`.
  const Toolbelt: Record<string, Factory> = {};
  for (const name of Object.keys(rulesOf(version).toolbeltClients)) {
    const make = factories[name];
    if (make)
      Toolbelt[name] = {
        [name]: function (config?: unknown) {
          return make(config);
        },
      }[name]!;
  }
  return {
    Toolbelt,
    LpServices: LP_SERVICES,
    ErrorCodes: ERROR_CODES,
    ConversationContentTypes: CONVERSATION_CONTENT_TYPES,
    SDETypes: SDE_TYPES,
    ...(version === 'v2' ? { ToolBeltError } : {}),
  };
}
