import { describe, expect, it } from 'vitest';
import { EVENT_IDS, EVENT_NAMES } from '../schema/events';
import {
  codeStyle,
  functionTemplate,
  isTemplateCode,
  templateOf,
  TEMPLATE_STYLES,
  type TemplateStyle,
} from './function-templates';

const STYLES = Object.keys(TEMPLATE_STYLES) as TemplateStyle[];

describe('function templates', () => {
  it('exist for each event in both styles, named after the event and in the right contract', () => {
    for (const event of EVENT_IDS) {
      const v1 = functionTemplate(event, 'v1');
      const v2 = functionTemplate(event, 'v2');
      expect(v1).toContain(EVENT_NAMES[event]);
      expect(v1).toContain("require('lp-faas-toolbelt')");
      expect(v1).toMatch(/^function lambda\(input, callback\)/m);
      expect(v2).toContain("require('core-functions-toolbelt')");
      expect(v2).toMatch(/^async function lambda\(input\)/m);
    }
  });

  it('read the key payload fields, log at each level, read a secret and a variable', () => {
    for (const event of EVENT_IDS) {
      for (const style of STYLES) {
        const code = functionTemplate(event, style);
        for (const field of [
          'conversationId',
          'closeReason',
          'firstConversation',
          'lastQuestionId',
          'dialogs',
        ]) {
          expect(code).toContain(field);
        }
        for (const level of ['debug', 'info', 'warn', 'error'])
          expect(code).toContain(`console.${level}(`);
        expect(code).toContain('readSecret(');
        expect(code).toContain('process.env.');
        expect(code).toContain("'ok'");
      }
    }
  });

  it('tell template code from the user’s own', () => {
    const template = functionTemplate('surveybot_messaging_survey_started', 'v1');
    expect(isTemplateCode(template)).toBe(true);
    expect(isTemplateCode(template.replace(/\n/g, '\r\n') + '\n\n')).toBe(true);
    expect(isTemplateCode('')).toBe(true);
    expect(isTemplateCode(template.replace("'ok'", "'done'"))).toBe(false);
  });

  it('say which template code is, and which style any code is in', () => {
    for (const event of EVENT_IDS)
      for (const style of STYLES) {
        expect(templateOf(functionTemplate(event, style))).toEqual({ event, style });
        expect(codeStyle(functionTemplate(event, style))).toBe(style);
      }
    expect(templateOf('async function lambda(input) { return 1; }')).toBeNull();
    expect(codeStyle('const lambda = (input, cb) => cb(null, 1);')).toBe('v1');
    expect(codeStyle('const lambda = async (input) => 1;')).toBe('v2');
  });
});
