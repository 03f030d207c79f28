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
