/** Toolbelt clients the playground does not emulate: they exist with their methods, which fail naming themselves. */
import { notEmulated } from './errors';

/** Documented methods of each client that is not emulated. */
export const STUB_METHODS = {
  ContextServiceClient: [
    'createNamespace',
    'deleteNamespace',
    'getListOfNamespaces',
    'setPropertiesInNamespace',
    'updatePropertiesInNamespace',
    'getAllPropertiesInSession',
    'getSelectedPropertiesInSession',
    'getPropertyInSession',
    'deletePropertyInSession',
    'getListOfSessions',
    'deleteSession',
  ],
  SDEUtil: ['addSDEs', 'getSDEsFromConv'],
  GDPRUtil: ['replaceConversationFiles'],
  MTLSClient: ['get', 'post', 'put', 'delete', 'patch', 'options'],
  LPMtlsClient: ['get', 'post', 'put', 'delete', 'patch', 'options'],
  OrchestratorClient: ['invoke'],
  CsdsClient: ['get', 'getAll'],
  SFClient: ['connectToSalesforce'],
} as const;

/** A client that is not emulated. */
export type StubClientName = keyof typeof STUB_METHODS;

/** Creates a client whose every method rejects with an error naming it. */
export function createStubClient(
  name: StubClientName,
): Record<string, (...args: unknown[]) => Promise<never>> {
  return Object.fromEntries(
    STUB_METHODS[name].map((method) => [method, () => Promise.reject(notEmulated(name, method))]),
  );
}
