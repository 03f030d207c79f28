// The examples gallery: realistic payloads of our own, each the documented example payload with
// the changes one situation brings (built in payload-example-builders).
import type { SurveyPayload } from '../schema/payload-schema';
import type { EventId } from '../schema/events';
import {
  agentClosedUrgent,
  noDialogs,
  returningWithoutTtr,
  severalDialogs,
  surveyEndedLastQuestion,
  systemClosedMobile,
  webFirstConversation,
} from './payload-example-builders';

/** One example of the gallery. */
export interface PayloadExample {
  /** Stable id, used by `#example=<id>` links. */
  id: string;
  name: string;
  description: string;
  event: EventId;
  payload: Record<string, unknown>;
  /** Top-level fields the example leaves out on purpose (the schema reports them missing). */
  missing?: string[];
}

const STARTED = 'surveybot_messaging_survey_started';
const ENDED = 'surveybot_messaging_survey_ended';

const EXAMPLES: (Omit<PayloadExample, 'payload'> & { build: () => SurveyPayload })[] = [
  {
    id: 'web-first-conversation',
    name: 'Consumer closed a first conversation on the web',
    description:
      'A new consumer on a desktop browser (WEB_SDK) closed the conversation; normal TTR of an hour.',
    event: STARTED,
    build: webFirstConversation,
  },
  {
    id: 'agent-closed-urgent',
    name: 'Agent closed an urgent conversation',
    description:
      'The agent closed it; the time to response was URGENT (60 s). A returning consumer.',
    event: STARTED,
    build: agentClosedUrgent,
  },
  {
    id: 'system-closed-mobile',
    name: 'System closed on a mobile app',
    description:
      'Auto-closed after the consumer went quiet in an iOS app (MOBILE_SDK); no browser fields.',
    event: STARTED,
    build: systemClosedMobile,
  },
  {
    id: 'survey-ended-last-question',
    name: 'Survey ended after the last question',
    description:
      'The consumer answered the last survey question in an Android app; the post-survey dialog is closed.',
    event: ENDED,
    build: surveyEndedLastQuestion,
  },
  {
    id: 'several-dialogs',
    name: 'Several dialogs and participants',
    description:
      'A transferred conversation: a post-survey dialog from the day before, two agents, a manager reading along and a bot.',
    event: ENDED,
    build: severalDialogs,
  },
  {
    id: 'returning-without-ttr',
    name: 'Returning consumer, TTR data missing',
    description:
      'A returning consumer whose payload lacks ttr and effectiveTTR: deliberately missing, so the explorer flags them. Does your code cope?',
    event: ENDED,
    build: returningWithoutTtr,
    missing: ['effectiveTTR', 'ttr'],
  },
  {
    id: 'no-dialogs',
    name: 'No dialogs',
    description:
      'An empty dialogs array (valid, but code that looks for the POST_SURVEY dialog finds none).',
    event: STARTED,
    build: noDialogs,
  },
];

/** The gallery's examples, each with a fresh payload. */
export function payloadExamples(): PayloadExample[] {
  return EXAMPLES.map(({ build, ...example }) => ({ ...example, payload: build() }));
}

/** One example by id, with a fresh payload; undefined when there is none. */
export function payloadExample(id: string): PayloadExample | undefined {
  return payloadExamples().find((example) => example.id === id);
}
