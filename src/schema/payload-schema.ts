import { z } from 'zod';
import { documented, type FieldMeta } from './field-meta';
import * as known from './known-values';
import {
  CLIENT_PROPERTIES_EXAMPLE,
  DIALOGS_EXAMPLE,
  MAIN_DIALOG_EXAMPLE as dialog1,
  PARTICIPANTS_EXAMPLE,
  POST_SURVEY_DIALOG_EXAMPLE as dialog0,
} from './documented-examples';

// The payload of the Messaging Survey Started / Ended events: the one list of its fields.
// Rows of the documented table are `source: 'table'`; fields the table only shows inside an
// OBJECT or OBJECT-ARRAY example are `source: 'example'` and optional.

type Extra = Pick<FieldMeta, 'suggestions' | 'format' | 'note'>;

const row = <T extends z.ZodType>(
  schema: T,
  docType: FieldMeta['docType'],
  description: string,
  example: unknown,
  extra: Extra = {},
) => documented(schema, { description, docType, examples: [example], source: 'table', ...extra });

const inferred = <T extends z.ZodType>(
  schema: T,
  docType: FieldMeta['docType'],
  description: string,
  example: unknown,
  extra: Extra = {},
) =>
  documented(schema, {
    description,
    docType,
    examples: [example],
    source: 'example',
    ...extra,
  }).optional();

const group = <T extends z.ZodType>(schema: T, description: string) =>
  documented(schema, { description, docType: 'OBJECT', source: 'group' });

const ts = { format: 'timestamp' } as const;
const cp = CLIENT_PROPERTIES_EXAMPLE;
const pd0 = dialog0.participantsDetails[0]!;

const clientPropertiesShape = {
  type: inferred(z.string(), 'STRING', 'Type of the properties object', cp.type),
  appId: inferred(z.string(), 'STRING', 'Application the consumer wrote from', cp.appId),
  ipAddress: inferred(z.string(), 'STRING', 'IP address of the client', cp.ipAddress),
  deviceFamily: inferred(z.string(), 'STRING', 'Family of the consumer device', cp.deviceFamily, {
    suggestions: known.DEVICE_FAMILIES,
  }),
  os: inferred(z.string(), 'STRING', 'Operating system of the device', cp.os, {
    suggestions: known.OPERATING_SYSTEMS,
  }),
  osVersion: inferred(z.string(), 'STRING', 'Version of the operating system', cp.osVersion),
  integration: inferred(z.string(), 'STRING', 'SDK the client integrates with', cp.integration, {
    suggestions: known.INTEGRATIONS,
  }),
  integrationVersion: inferred(
    z.string(),
    'STRING',
    'Version of the integration',
    cp.integrationVersion,
  ),
  browser: inferred(z.string(), 'STRING', 'Browser of the consumer', cp.browser),
  browserVersion: inferred(z.string(), 'STRING', 'Version of the browser', cp.browserVersion),
  features: inferred(
    z.array(
      documented(z.string(), {
        description: 'A feature the client supports',
        docType: 'STRING',
        examples: [cp.features[0]],
        source: 'example',
        suggestions: known.FEATURES,
      }),
    ),
    'STRING-ARRAY',
    'Features the client supports',
    cp.features,
  ),
};

const participantDetailSchema = z.looseObject({
  id: inferred(z.string(), 'STRING', 'ID of the participant', pd0.id),
  role: inferred(z.string(), 'STRING', 'Role of the participant in the dialog', pd0.role, {
    suggestions: known.ROLES,
  }),
  state: inferred(z.string(), 'STRING', 'State of the participant in the dialog', pd0.state, {
    suggestions: known.PARTICIPANT_STATES,
  }),
});

const dialogSchema = z.looseObject({
  dialogId: inferred(z.string(), 'STRING', 'ID of the dialog', dialog0.dialogId),
  participantsDetails: inferred(
    z.array(
      documented(participantDetailSchema, {
        description: 'A participant of the dialog',
        docType: 'OBJECT',
        examples: [pd0],
        source: 'example',
      }),
    ),
    'OBJECT-ARRAY',
    'Participants of the dialog with their roles and states',
    dialog0.participantsDetails,
  ),
  dialogType: inferred(z.string(), 'STRING', 'Type of the dialog', dialog0.dialogType, {
    suggestions: known.DIALOG_TYPES,
  }),
  channelType: inferred(z.string(), 'STRING', 'Channel of the dialog', dialog0.channelType, {
    suggestions: known.CHANNEL_TYPES,
  }),
  metaData: inferred(
    z.looseObject({
      appInstallId: inferred(
        z.string(),
        'STRING',
        'ID of the app installation',
        dialog0.metaData.appInstallId,
      ),
    }),
    'OBJECT',
    'Metadata of the dialog',
    dialog0.metaData,
  ),
  state: inferred(z.string(), 'STRING', 'State of the dialog', dialog0.state, {
    suggestions: known.STATES,
  }),
  creationTs: inferred(
    z.number(),
    'NUMBER',
    'Creation time of the dialog as timestamp',
    dialog0.creationTs,
    ts,
  ),
  endTs: inferred(
    z.number(),
    'NUMBER',
    'End time of the dialog as timestamp (closed dialogs)',
    dialog1.endTs,
    ts,
  ),
  metaDataLastUpdateTs: inferred(
    z.number(),
    'NUMBER',
    'Last update of the metadata as timestamp',
    dialog0.metaDataLastUpdateTs,
    ts,
  ),
  closedBy: inferred(
    z.string(),
    'STRING',
    'Who closed the dialog (closed dialogs)',
    dialog1.closedBy,
    { suggestions: known.CLOSE_REASONS },
  ),
  closedCause: inferred(
    z.string(),
    'STRING',
    'Why the dialog was closed (closed dialogs)',
    dialog1.closedCause,
  ),
});

const participantSchema = z.looseObject({
  id: inferred(z.string(), 'STRING', 'ID of the participant', PARTICIPANTS_EXAMPLE[0]!.id),
  role: inferred(z.string(), 'STRING', 'Role of the participant', PARTICIPANTS_EXAMPLE[0]!.role, {
    suggestions: known.ROLES,
  }),
});

/** Zod schema of `input.payload` for both survey events. */
export const payloadSchema = z.looseObject({
  conversationId: row(
    z.string(),
    'STRING',
    'ID of conversation',
    'c840e51e-5f65-4ad4-8d34-5c82b99a2200',
  ),
  accountId: row(z.string(), 'STRING', 'ID of account', '12345678'),
  surveyId: row(z.number(), 'NUMBER', 'ID of survey', 3387141511),
  surveyRevision: row(z.number(), 'NUMBER', 'Revision of survey', 2),
  skillId: row(z.string(), 'STRING', 'ID of skill', '563267'),
  effectiveTTR: row(
    z.number(),
    'NUMBER',
    'timestamp when agent should be available',
    1528464044687,
    ts,
  ),
  lastContentEventNotification: group(
    z.looseObject({
      originatorId: row(z.number(), 'NUMBER', 'ID of originator', 37607275.23, {
        note: 'The documentation types this ID as a NUMBER with a fractional example.',
      }),
      originatorPId: row(
        z.string(),
        'STRING',
        'Pid of originator',
        'f39fbc5f-da77-5417-8bc7-7584efdd1a5e',
      ),
      sequence: row(z.number(), 'NUMBER', 'sequence of conversation (starting by 0)', 1),
      serverTimestamp: row(z.number(), 'NUMBER', 'timestamp of the server', 1528463781807, ts),
      event: group(
        z.looseObject({
          contentType: row(z.string(), 'STRING', 'contenttype of last event', 'text/plain', {
            suggestions: known.CONTENT_TYPES,
          }),
          message: row(
            z.string(),
            'STRING',
            'message of last event',
            'Thank you for messaging us. Our contact center is currently closed. An agent should reply within 11 hours and 40 minutes.',
          ),
          type: row(z.string(), 'STRING', 'type of last event', 'ContentEvent', {
            suggestions: known.EVENT_TYPES,
          }),
        }),
        'The last content event',
      ),
      originatorClientProperties: row(
        z.looseObject(clientPropertiesShape),
        'OBJECT',
        'Information about client',
        cp,
        {
          note: 'The documented example ends with a stray comma; its inner fields are described from it.',
        },
      ),
    }),
    'Last content event of the conversation before the survey',
  ),
  campaignInfo: group(
    z.looseObject({
      campaignId: row(z.number(), 'NUMBER', 'ID of campaign', 2451931211),
      engagementId: row(z.number(), 'NUMBER', 'ID of engagement', 2451931311),
    }),
    'Campaign and engagement the conversation came from',
  ),
  closeReason: row(z.string(), 'STRING', 'close reason of conversation', 'CONSUMER', {
    suggestions: known.CLOSE_REASONS,
  }),
  context: group(
    z.looseObject({
      clientProperties: row(
        z.looseObject(clientPropertiesShape),
        'OBJECT',
        'Information about client',
        cp,
      ),
      interactionContextId: row(z.string(), 'STRING', 'ID of context', '5'),
      lang: row(z.string(), 'STRING', 'language', 'en-US'),
      sessionId: row(z.string(), 'STRING', 'ID of session', 'iGY4vsiETB-Zsyi7IGlIk1'),
      type: row(z.string(), 'STRING', 'type of context', 'SharkContext'),
      visitorId: row(z.string(), 'STRING', 'ID of visitor', 'hjMTk3ZTcwZmFhZjc3NDk2'),
    }),
    'Context of the consumer session',
  ),
  dialogs: row(
    z.array(
      documented(dialogSchema, {
        description: 'A dialog of the conversation',
        docType: 'OBJECT',
        examples: [dialog0],
        source: 'example',
      }),
    ),
    'OBJECT-ARRAY',
    'array with information about the dialogs of the conversation',
    DIALOGS_EXAMPLE,
    {
      note: 'The documented example ends with a stray comma; the dialog fields are described from it.',
    },
  ),
  firstConversation: row(
    z.boolean(),
    'BOOLEAN',
    'if this is the frist conversation of the consumer ever',
    true,
    {
      note: 'Documented example: "TRUE/FALSE"; the value is a JSON boolean.',
    },
  ),
  participants: row(
    z.array(
      documented(participantSchema, {
        description: 'A participant of the conversation',
        docType: 'OBJECT',
        examples: [PARTICIPANTS_EXAMPLE[0]],
        source: 'example',
      }),
    ),
    'OBJECT-ARRAY',
    'array of the participants of the current state',
    PARTICIPANTS_EXAMPLE,
  ),
  state: row(z.string(), 'STRING', 'state of the dialog', 'OPEN', { suggestions: known.STATES }),
  startTs: row(z.number(), 'NUMBER', 'conversation start time as timestamp', 1528463744663, ts),
  ttr: group(
    z.looseObject({
      ttrType: row(z.string(), 'STRING', 'type of ttr', 'URGENT', { suggestions: known.TTR_TYPES }),
      value: row(z.number(), 'NUMBER', 'value of ttr', 300, { note: 'In seconds.' }),
    }),
    'Time to response of the conversation',
  ),
  lastQuestionId: row(
    z.string(),
    'STRING',
    'ID of last question',
    '2741eea2-e184-4cd4-abbe-e8f6e1d26681',
  ),
});

/** The payload type as documented (undocumented extra fields allowed). */
export type SurveyPayload = z.infer<typeof payloadSchema>;
