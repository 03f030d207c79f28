import { z } from 'zod';
import { eventIdSchema } from './events';

/** What a test case expects of a run; every part optional. */
export const expectationSchema = z.strictObject({
  /** Whether the run should succeed or fail. */
  status: z.enum(['succeeds', 'fails']).optional(),
  /** The returned value must equal this JSON value. */
  resultEquals: z.unknown().optional(),
  /** The returned value must contain this JSON value (object keys and array items, recursively). */
  resultContains: z.unknown().optional(),
  /** The error code must be this (e.g. `com.liveperson.faas.handler.custom-failure`). */
  errorCode: z.string().optional(),
  /** Some console entry must contain this text. */
  logContains: z.string().optional(),
});
/** What a test case expects. */
export type Expectation = z.infer<typeof expectationSchema>;

/** A saved test case: a named payload and what the function should do with it. */
export const testCaseSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string(),
  /** The event the case is for; the workspace's event when absent. */
  event: eventIdSchema.optional(),
  payload: z.record(z.string(), z.unknown()),
  expect: expectationSchema,
});
/** A saved test case. */
export type TestCase = z.infer<typeof testCaseSchema>;
