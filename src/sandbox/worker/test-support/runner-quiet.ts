/**
 * vitest runs in the realm of these tests: its runner sends task updates on a 100 ms throttle timer
 * that calls `apply`, `push` and `then`. A test that has user code replace those built-ins must not
 * let that timer fire meanwhile (vitest's bookkeeping breaks and the file never ends), so it waits
 * for the pending one first: no task changes state until the test ends.
 */

/** Resolves once vitest's pending task-update timer (100 ms at most) has fired. */
export const runnerQuiet = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 150));
