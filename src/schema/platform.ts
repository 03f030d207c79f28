/**
 * The platform's rules as data, one record per runtime: what the playground mirrors of the
 * LivePerson Functions runtime. Both the app and the sandbox's worker read them from here.
 */

/** What one runtime reports when an invocation fails. */
export interface RuntimeRules {
  /** The error codes it answers a failed invocation with. */
  errorCodes: {
    /** A TypeError, SyntaxError or ReferenceError. */
    runtime: string;
    /** Any other error. */
    custom: string;
    /** The invocation ran past its time limit. */
    timeout: string;
    /** The invocation logged past its log limit. */
    logLimit: string;
  };
  /** The error message of an invocation stopped at its time limit. */
  timeoutMessage: string;
}

/** The LivePerson Functions runtime, as the playground emulates it. */
export const PLATFORM = {
  errorCodes: {
    // Source: the LivePerson Functions runtime's code for a TypeError, SyntaxError or ReferenceError.
    runtime: 'com.liveperson.faas.handler.runtime-exception',
    // Source: the LivePerson Functions runtime's code for any other error.
    custom: 'com.liveperson.faas.handler.custom-failure',
    // Source: the LivePerson Functions runtime's code for an invocation past its time limit.
    timeout: 'com.liveperson.faas.handler.executiontime-exceeded',
    // Source: the LivePerson Functions runtime's code for an invocation past its log limit.
    logLimit: 'com.liveperson.faas.handler.log-limit-reached',
  },
  // Source: the LivePerson Functions runtime's message when lambda does not answer in time.
  timeoutMessage: 'Lambda did not call callback within execution time limit',
} as const satisfies RuntimeRules;
