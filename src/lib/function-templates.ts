import { EVENT_IDS, EVENT_NAMES, type EventId } from '../schema/events';
import { rulesOf } from '../schema/platform';
import { RUNTIMES, type Runtime } from '../schema/workspace';

/** A template's style is its runtime's contract: V1 callback (`lp-faas-toolbelt`), V2 async (`core-functions-toolbelt`). */
export type TemplateStyle = Runtime;

/** The styles, with names a person reads. */
export const TEMPLATE_STYLES: Record<TemplateStyle, string> = {
  v1: 'V1 (callback)',
  v2: 'V2 (async function)',
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
import { Toolbelt } from '${rulesOf('v2').toolbeltModule}';

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
const { Toolbelt } = require('${rulesOf('v1').toolbeltModule}');

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

/** The template function for an event in a runtime's style (V2, the default for new functions). */
export function functionTemplate(event: EventId, style: TemplateStyle = 'v2'): string {
  return style === 'v1' ? v1(event) : v2(event);
}

const normalise = (code: string) => code.replace(/\r\n/g, '\n').trim();

/** Which template code is, as written; null when it is not one. */
export function templateOf(code: string): { event: EventId; style: TemplateStyle } | null {
  const mine = normalise(code);
  for (const event of EVENT_IDS)
    for (const style of RUNTIMES)
      if (normalise(functionTemplate(event, style)) === mine) return { event, style };
  return null;
}

/**
 * The code to show after a switch to `runtime`: the same template in the new runtime's style when
 * the code is another runtime's template as written, else null (the user's code is kept).
 */
export function templateAfterSwitch(code: string, runtime: Runtime): string | null {
  const template = templateOf(code);
  return template && template.style !== runtime ? functionTemplate(template.event, runtime) : null;
}

/** Whether code is empty or one of the templates as written, so that replacing it loses nothing. */
export function isTemplateCode(code: string): boolean {
  return normalise(code) === '' || templateOf(code) !== null;
}

/** The secrets and environment the templates read, so that they succeed out of the box. */
export const TEMPLATE_SECRETS = [{ key: 'crm-api-key', value: 'example-api-key' }];
/** Environment rows the templates read. */
export const TEMPLATE_ENV = [{ key: 'CRM_URL', value: 'https://crm.example.com' }];
