/** Toolbelt clients the playground does not emulate: they exist with their methods, which fail naming themselves. */
import { PLATFORM } from '../../../schema/platform';
import { notEmulated } from './errors';

type Clients = typeof PLATFORM.toolbeltClients;

/** A client that is not emulated. */
export type StubClientName = Exclude<keyof Clients, (typeof PLATFORM.emulatedClients)[number]>;

const emulated: readonly string[] = PLATFORM.emulatedClients;

/** Documented methods of each client that is not emulated. */
export const STUB_METHODS = Object.fromEntries(
  Object.entries(PLATFORM.toolbeltClients).filter(([name]) => !emulated.includes(name)),
) as { readonly [N in StubClientName]: Clients[N] };

/** Creates a client whose every method rejects with an error naming it. */
export function createStubClient(
  name: StubClientName,
): Record<string, (...args: unknown[]) => Promise<never>> {
  return Object.fromEntries(
    STUB_METHODS[name].map((method) => [method, () => Promise.reject(notEmulated(name, method))]),
  );
}
