/** The console user code sees: the Functions runtime's logger, with no `console.log`. */
import type { LogLevel } from '../protocol';

/** The runtime's console: debug, info, warn and error, each writing one log entry. */
export interface RuntimeConsole {
  debug(message?: unknown, ...extras: unknown[]): void;
  info(message?: unknown, ...extras: unknown[]): void;
  warn(message?: unknown, ...extras: unknown[]): void;
  error(message?: unknown, ...extras: unknown[]): void;
}

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
