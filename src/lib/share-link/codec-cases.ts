// The states the share codec's length targets are measured on, shared by its tests and benchmark.
import { examplePayload } from '../../schema/example-payload';
import type { LinkState } from '../../schema/link-state';
import { functionTemplate } from '../function-templates';

const EVENT = 'surveybot_messaging_survey_ended';

/** The default payload with three fields edited (close reason, first conversation, ttr type). */
function threeFieldsEdited(): LinkState {
  const payload = examplePayload();
  payload.closeReason = 'AGENT';
  payload.firstConversation = false;
  payload.ttr!.ttrType = 'NORMAL';
  return { event: EVENT, code: functionTemplate(EVENT), payload };
}

/**
 * The documented payload with every id, timestamp and message changed, as a real conversation
 * would have them: random ids (generated once with `crypto`), the main dialog's id equal to the
 * conversation id, one consumer and one agent id throughout, timestamps of one conversation.
 */
function everyIdChanged(): LinkState {
  const conversationId = '7d2f24c2-b502-4740-87b9-d9a0cf8c6266';
  const agentId = '2ad6a451-5e8b-46d2-b94d-0ae63a73ff35';
  const consumerId = 'a9a389b9dc3790efc6ef109b68b89b044bca1fa4aca41b30039fb17f3a4fb9a9';
  const startTs = 1767772496123;
  const endTs = 1767773488302;
  const surveyTs = 1767773488340;
  const payload = examplePayload();
  Object.assign(payload, {
    conversationId,
    accountId: '80092078',
    surveyId: 2702810000,
    skillId: '1992539418',
    effectiveTTR: startTs + 300_000,
    startTs,
    lastQuestionId: 'b11229db-eb96-47ee-a034-6d9690236ede',
  });
  Object.assign(payload.lastContentEventNotification!, {
    originatorId: 52914788.17,
    originatorPId: agentId,
    serverTimestamp: 1767773421587,
  });
  payload.lastContentEventNotification!.event!.message =
    'Your replacement card is on its way and should arrive within 3 business days. Anything else I can help with?';
  payload.campaignInfo = { campaignId: 1615073930, engagementId: 1615074030 };
  Object.assign(payload.context!, {
    interactionContextId: '3',
    sessionId: 'TZZ2GOhrPP3bo0c3hhbgWg',
    visitorId: 'ZPgApNBsXhFv_fZNmfjP1w',
  });
  const [survey, main] = payload.dialogs!;
  Object.assign(survey!, { dialogId: '8La6gm9lSZpiw8vgaREG8w', creationTs: surveyTs });
  Object.assign(survey!, { metaDataLastUpdateTs: surveyTs });
  survey!.metaData = { appInstallId: '94038762-492d-4ee0-8325-8295bb8dfe6a' };
  Object.assign(main!, { dialogId: conversationId, creationTs: startTs, endTs });
  Object.assign(main!, { metaDataLastUpdateTs: surveyTs });
  for (const dialog of [survey!, main!]) dialog.participantsDetails![0]!.id = consumerId;
  for (const participant of payload.participants!) participant.id = agentId;
  return { event: EVENT, code: functionTemplate(EVENT), payload };
}

/** Named states, with the longest compact link each may make. */
export const SHARE_LINK_CASES: { name: string; state: () => LinkState; maxLength: number }[] = [
  { name: 'default payload, three fields edited', state: threeFieldsEdited, maxLength: 150 },
  {
    name: 'documented payload, every id/timestamp/message changed',
    state: everyIdChanged,
    maxLength: 400,
  },
];
