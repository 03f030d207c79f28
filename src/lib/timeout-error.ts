/** The failure of an invocation stopped at its time limit, as the run's runtime reports it. */
import { rulesOf } from '../schema/platform';
import type { Runtime } from '../schema/workspace';

/** A timeout failure, shaped as the sandbox protocol's RunError. */
export interface TimeoutError {
  code: string;
  platformCode?: string;
  name: 'Timeout';
  message: string;
  phase: 'invoke';
}

/** The timeout failure of `runtime`: its code, its message and, for V2, the platform's code. */
export function timeoutError(runtime: Runtime): TimeoutError {
  const rules = rulesOf(runtime);
  const error: TimeoutError = {
    code: rules.errorCodes.timeout,
    name: 'Timeout',
    message: rules.timeoutMessage,
    phase: 'invoke',
  };
  return rules.platformCodes ? { ...error, platformCode: rules.platformCodes.timeout } : error;
}
