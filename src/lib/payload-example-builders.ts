// Payloads of the examples gallery: the documented example payload turned into one conversation
// each (ids generated once at random; the timestamps, ids and close reason of each agree).
import { examplePayload } from '../schema/example-payload';
import type { SurveyPayload } from '../schema/payload-schema';

interface Conversation {
  conversationId: string;
  consumerId: string;
  agentId: string;
  surveyDialogId: string;
  startTs: number;
  endTs: number;
  closeReason: 'CONSUMER' | 'AGENT' | 'SYSTEM';
  closedCause: string;
  lastMessage: string;
}

/** The documented payload turned into one conversation: ids, times and who closed it agree. */
function conversation(c: Conversation): SurveyPayload {
  const payload = examplePayload();
  const surveyTs = c.endTs + 38;
  Object.assign(payload, {
    conversationId: c.conversationId,
    closeReason: c.closeReason,
    startTs: c.startTs,
    effectiveTTR: c.startTs + payload.ttr!.value! * 1000,
    participants: [
      { id: c.agentId, role: 'ASSIGNED_AGENT' },
      { id: c.agentId, role: 'AGENT' },
    ],
  });
  const last = payload.lastContentEventNotification!;
  Object.assign(last, { originatorPId: c.agentId, serverTimestamp: c.endTs - 21_000 });
  last.event!.message = c.lastMessage;
  const [survey, main] = payload.dialogs!;
  Object.assign(survey!, { dialogId: c.surveyDialogId, creationTs: surveyTs });
  Object.assign(survey!, { metaDataLastUpdateTs: surveyTs });
  Object.assign(main!, { dialogId: c.conversationId, creationTs: c.startTs, endTs: c.endTs });
  Object.assign(main!, { metaDataLastUpdateTs: surveyTs, closedBy: c.closeReason });
  main!.closedCause = c.closedCause;
  for (const dialog of [survey!, main!]) dialog.participantsDetails![0]!.id = c.consumerId;
  return payload;
}

/** Client properties of the consumer's device, in both places the payload carries them. */
function setClient(payload: SurveyPayload, changes: Record<string, unknown>, drop: string[] = []) {
  for (const client of [
    payload.lastContentEventNotification!.originatorClientProperties!,
    payload.context!.clientProperties!,
  ]) {
    Object.assign(client, changes);
    for (const key of drop) delete (client as Record<string, unknown>)[key];
  }
}

/** Marks the post-survey dialog closed: the consumer answered the last question. */
function closeSurvey(payload: SurveyPayload, endTs: number) {
  Object.assign(payload.dialogs![0]!, { state: 'CLOSE', endTs, metaDataLastUpdateTs: endTs });
  payload.state = 'CLOSE';
}

/** A new consumer on a desktop browser closed the conversation. */
export function webFirstConversation(): SurveyPayload {
  const payload = conversation({
    conversationId: 'c61b4860-a9bb-4c25-ba07-b5673b28c75e',
    consumerId: 'b5c24cedcba9d9dee25fa89e5db85e762a6bc674d8a4507a36c8914de2e831e9',
    agentId: '42287df9-66e0-4e3f-ba32-6a9d064de54a',
    surveyDialogId: 't6_5qYh7IQIMSQ5YXi_QDQ',
    startTs: 1767773110204,
    endTs: 1767773702881,
    closeReason: 'CONSUMER',
    closedCause: 'Closed by consumer',
    lastMessage: 'Glad I could help! Your order #48213 will be delivered on Friday.',
  });
  payload.firstConversation = true;
  Object.assign(payload.ttr!, { ttrType: 'NORMAL', value: 3600 });
  payload.effectiveTTR = payload.startTs! + 3_600_000;
  setClient(payload, {
    browser: 'FIREFOX',
    browserVersion: '128.0',
    os: 'WINDOWS',
    osVersion: '10',
  });
  return payload;
}

/** The agent closed a conversation with an urgent time to response. */
export function agentClosedUrgent(): SurveyPayload {
  const payload = conversation({
    conversationId: 'd23cee1d-d785-4d1a-8ed9-3937e14caa93',
    consumerId: '7ae8fe9f01ef77fc45ca0b23a99c51822ac167254cfd842a5679764084aba7a5',
    agentId: '406a8201-c033-4505-816e-fbd70893edc4',
    surveyDialogId: 'NXNoyvrxEqxQHlH3B09OTQ',
    startTs: 1767780031577,
    endTs: 1767780418093,
    closeReason: 'AGENT',
    closedCause: 'Closed by agent',
    lastMessage: 'Your card is blocked and a replacement is on its way. Take care!',
  });
  payload.firstConversation = false;
  Object.assign(payload.ttr!, { ttrType: 'URGENT', value: 60 });
  payload.effectiveTTR = payload.startTs! + 60_000;
  return payload;
}

/** The system auto-closed a quiet conversation in an iOS app. */
export function systemClosedMobile(): SurveyPayload {
  const payload = conversation({
    conversationId: 'dfa63563-27c1-4196-be00-7a8662b14b40',
    consumerId: 'f9b6adb0d52badfcf0f4263f99b48473d552eb17d8280a0a4478798adce5b073',
    agentId: 'ede05c52-2294-4e37-840c-c49eb1add279',
    surveyDialogId: 'edXZ9OzKXv-4c5Qrxr0bHQ',
    startTs: 1767791205318,
    endTs: 1767794805318,
    closeReason: 'SYSTEM',
    closedCause: 'Auto close after consumer inactivity',
    lastMessage:
      'Are you still there? This conversation will close soon if we do not hear from you.',
  });
  payload.firstConversation = false;
  setClient(
    payload,
    {
      appId: 'com.example.bank',
      deviceFamily: 'MOBILE',
      os: 'IOS',
      osVersion: '17.5.1',
      integration: 'MOBILE_SDK',
      integrationVersion: '6.21.0',
      features: ['PHOTO_SHARING', 'QUICK_REPLIES', 'RICH_CONTENT', 'AUTO_MESSAGES'],
    },
    ['browser', 'browserVersion'],
  );
  return payload;
}

/** The consumer answered the last survey question in an Android app. */
export function surveyEndedLastQuestion(): SurveyPayload {
  const payload = systemClosedMobile();
  Object.assign(payload, {
    conversationId: 'c11b2468-6cd5-4eb2-a3bd-97d3d704e60e',
    lastQuestionId: '83e232d4-5c94-4579-8cec-f815fc3e0b44',
    closeReason: 'CONSUMER',
  });
  Object.assign(payload.dialogs![1]!, {
    dialogId: payload.conversationId,
    closedBy: 'CONSUMER',
    closedCause: 'Closed by consumer',
  });
  payload.lastContentEventNotification!.event!.message =
    'Thanks for your patience. Is there anything else I can help you with today?';
  setClient(payload, { os: 'ANDROID', osVersion: '14', appId: 'com.example.bank.android' });
  closeSurvey(payload, payload.dialogs![0]!.creationTs! + 95_000);
  return payload;
}

/** A transferred conversation with an older survey dialog and four participants. */
export function severalDialogs(): SurveyPayload {
  const payload = agentClosedUrgent();
  const [survey, main] = payload.dialogs!;
  const consumer = main!.participantsDetails![0]!;
  const manager = { id: 'b7e4a0c9-3f51-4d2e-8a6b-0c9d1e2f3a45', role: 'MANAGER' };
  main!.participantsDetails = [
    consumer,
    { id: '406a8201-c033-4505-816e-fbd70893edc4', role: 'ASSIGNED_AGENT', state: 'ACTIVE' },
    { id: 'e09322fa-f2ae-472a-8d27-2afed1572018', role: 'AGENT', state: 'SUSPENDED' },
    { ...manager, role: 'READER', state: 'ACTIVE' },
  ];
  const earlierSurvey = {
    ...structuredClone(survey!),
    dialogId: 'zUqM46Bs4-e1FawHohDgWw',
    state: 'CLOSE',
    creationTs: main!.creationTs! - 86_400_000,
    endTs: main!.creationTs! - 86_300_000,
    metaDataLastUpdateTs: main!.creationTs! - 86_300_000,
  };
  payload.dialogs = [survey!, main!, earlierSurvey];
  payload.participants = [
    { id: '406a8201-c033-4505-816e-fbd70893edc4', role: 'ASSIGNED_AGENT' },
    { id: 'e09322fa-f2ae-472a-8d27-2afed1572018', role: 'AGENT' },
    manager,
    { id: '9c1d6b57-2a0e-4f3b-9a51-7d1e8f3c2b64', role: 'CONTROLLER' },
  ];
  return payload;
}

/** A returning consumer whose payload lacks ttr and effectiveTTR. */
export function returningWithoutTtr(): SurveyPayload {
  const payload = webFirstConversation();
  payload.firstConversation = false;
  delete (payload as Record<string, unknown>).ttr;
  delete (payload as Record<string, unknown>).effectiveTTR;
  return payload;
}

/** A conversation whose dialogs array is empty. */
export function noDialogs(): SurveyPayload {
  const payload = systemClosedMobile();
  payload.firstConversation = false;
  payload.dialogs = [];
  return payload;
}
