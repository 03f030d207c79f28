import { EVENT_IDS, EVENT_NAMES, type EventId } from '../schema/events';

/** The two function styles: V1 callback (`lp-faas-toolbelt`) and V2 async (`core-functions-toolbelt`). */
export type TemplateStyle = 'v1' | 'v2';

/** The styles, with names a person reads. */
export const TEMPLATE_STYLES: Record<TemplateStyle, string> = {
  v2: 'V2 (async function)',
  v1: 'V1 (callback)',
};

const WHEN: Record<EventId, string> = {
  surveybot_messaging_survey_started:
    'the survey bot sends its first question, after the conversation ended',
  surveybot_messaging_survey_ended: 'the consumer has finished the post-conversation survey',
};

const READ_PAYLOAD = `  const { conversationId, closeReason, firstConversation, lastQuestionId, dialogs = [] } = input.payload;
  const surveyDialog = dialogs.find((dialog) => dialog.dialogType === 'POST_SURVEY');

  console.debug('Payload received', { conversationId, dialogs: dialogs.length });
  console.info(\`Conversation \${conversationId} closed by \${closeReason}\`, { firstConversation, lastQuestionId });
  if (!surveyDialog) console.warn('No post-survey dialog in the payload');

  // Environment variables are strings; set them in the Environment table.
  const crmUrl = process.env.CRM_URL || 'https://crm.example.com';`;

function v2(event: EventId): string {
  return `// ${EVENT_NAMES[event]}: runs when ${WHEN[event]}.
// The survey bot ignores the result; return 'ok'.
const { Toolbelt } = require('core-functions-toolbelt');

const secretClient = Toolbelt.SecretClient();

async function lambda(input) {
${READ_PAYLOAD}

  try {
    const { value: apiKey } = await secretClient.readSecret('crm-api-key');
    console.info('Ready to notify the CRM', { crmUrl, keyLength: apiKey.length });
  } catch (error) {
    console.error('Could not read the secret crm-api-key', { message: error.message });
    throw error;
  }
  return 'ok';
}
`;
}

function v1(event: EventId): string {
  return `// ${EVENT_NAMES[event]}: runs when ${WHEN[event]}.
// The survey bot ignores the result; answer 'ok' through the callback.
const { Toolbelt } = require('lp-faas-toolbelt');

const secretClient = Toolbelt.SecretClient();

function lambda(input, callback) {
${READ_PAYLOAD}

  secretClient
    .readSecret('crm-api-key')
    .then(({ value: apiKey }) => {
      console.info('Ready to notify the CRM', { crmUrl, keyLength: apiKey.length });
      callback(null, 'ok');
    })
    .catch((error) => {
      console.error('Could not read the secret crm-api-key', { message: error.message });
      callback(error);
    });
}
`;
}

/** The template function for an event in a style. */
export function functionTemplate(event: EventId, style: TemplateStyle = 'v2'): string {
  return style === 'v1' ? v1(event) : v2(event);
}

const normalise = (code: string) => code.replace(/\r\n/g, '\n').trim();

const STYLES = Object.keys(TEMPLATE_STYLES) as TemplateStyle[];

/** Which template code is, as written; null when it is not one. */
export function templateOf(code: string): { event: EventId; style: TemplateStyle } | null {
  const mine = normalise(code);
  for (const event of EVENT_IDS)
    for (const style of STYLES)
      if (normalise(functionTemplate(event, style)) === mine) return { event, style };
  return null;
}

/** Whether code is empty or one of the templates as written, so that replacing it loses nothing. */
export function isTemplateCode(code: string): boolean {
  return normalise(code) === '' || templateOf(code) !== null;
}

/** The style code is written in: V1 when its lambda takes a callback, else V2. */
export function codeStyle(code: string): TemplateStyle {
  return /\blambda\b[^(\n]*\(\s*[\w$]+\s*,/.test(code) ? 'v1' : 'v2';
}

/** The secrets and environment the templates read, so that they succeed out of the box. */
export const TEMPLATE_SECRETS = [{ key: 'crm-api-key', value: 'example-api-key' }];
/** Environment rows the templates read. */
export const TEMPLATE_ENV = [{ key: 'CRM_URL', value: 'https://crm.example.com' }];
