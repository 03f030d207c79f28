/** The console user code sees: the Functions runtime's logger, with no `console.log`. */
import type { PLATFORM } from '../../schema/platform';
import type { LogLevel } from '../protocol';

type ConsoleMethod = (message?: unknown, ...extras: unknown[]) => void;

/** The runtime's console: the methods of PLATFORM.consoleMethods, each writing one log entry. */
export type RuntimeConsole = Record<(typeof PLATFORM.consoleMethods)[number], ConsoleMethod>;

/** Creates the runtime console writing through `write`; `console.log` stays undefined, as on the platform. */
export function createRuntimeConsole(
  write: (level: LogLevel, args: unknown[]) => void,
): RuntimeConsole {
  return {
    debug: (...args: unknown[]) => write('Debug', args),
    info: (...args: unknown[]) => write('Info', args),
    warn: (...args: unknown[]) => write('Warn', args),
    error: (...args: unknown[]) => write('Error', args),
  };
}
