/**
 * How much a Debug run records (the debugger states it). Chosen by measurement in `npm run bench`
 * (bench-debugger.mjs) on the 2-core reference machine: at these sizes the recording is built and
 * opened within a few hundred milliseconds and a step move still renders well under 16 ms; past
 * them the run goes on to its end, counted but not recorded.
 */
import type { TraceLimits } from '../protocol';

/** The limits of one recording. */
export const TRACE_LIMITS: TraceLimits = { steps: 50_000, bytes: 8_000_000 };
