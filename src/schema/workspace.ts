import { z } from 'zod';

/** The two survey events, by the id the platform uses. */
export const EVENT_IDS = [
  'surveybot_messaging_survey_started',
  'surveybot_messaging_survey_ended',
] as const;

/** Zod schema of an event id. */
export const eventIdSchema = z.enum(EVENT_IDS);
/** An event id. */
export type EventId = z.infer<typeof eventIdSchema>;

/** Names shown for each event, as in the LivePerson Functions UI. */
export const EVENT_NAMES: Record<EventId, string> = {
  surveybot_messaging_survey_started: 'Messaging Survey Started',
  surveybot_messaging_survey_ended: 'Messaging Survey Ended',
};

/** The platform's run time limit, and so the default timeout. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Longest timeout a user may set. */
export const MAX_TIMEOUT_MS = 600_000;

/** A key/value row, as the CLI writes environment variables and secrets. */
export const keyValueSchema = z.object({ key: z.string(), value: z.string() });
/** A key/value row. */
export type KeyValue = z.infer<typeof keyValueSchema>;

/** Environment variable rows: name and value at most 200 characters (platform limit). */
export const envSchema = z.array(
  z.object({
    key: z
      .string()
      .min(1, 'a variable needs a name')
      .max(200, 'names are at most 200 characters')
      .regex(
        /^[A-Za-z_][A-Za-z0-9_]*$/,
        'names use letters, digits and _ and do not start with a digit',
      ),
    value: z.string().max(200, 'values are at most 200 characters'),
  }),
);

/** Secret rows: key of [A-Za-z0-9_-] up to 100 characters, value up to 10,000 (platform limits). */
export const secretsSchema = z.array(
  z.object({
    key: z
      .string()
      .min(1, 'a secret needs a key')
      .max(100, 'keys are at most 100 characters')
      .regex(/^[A-Za-z0-9_-]+$/, 'keys use only letters, digits, _ and -'),
    value: z.string().max(10_000, 'values are at most 10,000 characters'),
  }),
);

/** HTTP methods a mock rule may name. */
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

/** A mock rule: answers requests whose method and URL match (`*` is a wildcard). */
export const mockRuleSchema = z.object({
  method: z
    .string()
    .transform((m) => m.toUpperCase())
    .pipe(z.enum(HTTP_METHODS))
    .optional(),
  url: z.string().min(1, 'a mock needs a URL pattern'),
  status: z.number().int().min(100).max(599).optional(),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.unknown().optional(),
  delayMs: z.number().int().min(0).max(MAX_TIMEOUT_MS).optional(),
});
/** A mock rule as stored and shared. */
export type MockRule = z.infer<typeof mockRuleSchema>;

/** The timeout a user may set, in milliseconds. */
export const timeoutSchema = z.number().int().min(100).max(MAX_TIMEOUT_MS);
