// A workspace as the playground keeps it in memory and saves it. The settings tables keep rows
// while they are being typed (a variable without a name yet, a secret key with a space, a mock
// without its URL) and show their problems against envSchema, secretsSchema and mockRuleSchema
// instead of refusing the keystroke; so the kept form accepts those rows, and what the user typed
// survives a reload. Links, files and runs are checked against the strict schemas.
import { z } from 'zod';
import { testCaseSchema } from './test-case';
import { eventIdSchema, keyValueSchema, mockRuleSchema, timeoutSchema } from './workspace';

/** Environment variable or secret rows as kept while typed: any text. */
export const keptRowsSchema = z.array(keyValueSchema);

/** A mock rule as kept while typed: the URL may still be empty, the numbers out of range (but finite). */
export const keptMockRuleSchema = mockRuleSchema.extend({
  url: z.string(),
  status: z.number().optional(),
  delayMs: z.number().optional(),
});

/** A JSON object (the payload). */
export const jsonObjectSchema = z.record(z.string(), z.unknown());

/** A workspace's fields as kept and saved. */
export const keptWorkspaceSchema = z.object({
  event: eventIdSchema,
  payload: jsonObjectSchema,
  code: z.string(),
  env: keptRowsSchema,
  secrets: keptRowsSchema,
  mocks: z.array(keptMockRuleSchema),
  timeoutMs: timeoutSchema,
  keepWarm: z.boolean(),
  cases: z.array(testCaseSchema),
});

/** A named workspace of the saved list. */
export const keptEntrySchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  updatedAt: z.number(),
  workspace: keptWorkspaceSchema,
});
