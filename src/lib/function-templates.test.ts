import { describe, expect, it } from 'vitest';
import { EVENT_IDS, EVENT_NAMES } from '../schema/events';
import { RUNTIMES as STYLES, runtimeOfCode } from '../schema/workspace';
import {
  functionTemplate,
  isTemplateCode,
  templateAfterSwitch,
  templateOf,
} from './function-templates';

describe('function templates', () => {
  it('exist for each event in both styles, named after the event and in the right contract', () => {
    for (const event of EVENT_IDS) {
      const v1 = functionTemplate(event, 'v1');
      const v2 = functionTemplate(event, 'v2');
      expect(v1).toContain(EVENT_NAMES[event]);
      expect(v1).toContain("require('lp-faas-toolbelt')");
      expect(v1).toMatch(/^function lambda\(input, callback\)/m);
      expect(v1).toContain("callback(null, 'ok')");
      expect(v2).toMatch(/^import \{ Toolbelt \} from 'core-functions-toolbelt';$/m);
      expect(v2).not.toContain('require(');
      expect(v2).toMatch(/^async function lambda\(input\)/m);
      expect(v2).toContain("return 'ok';");
      expect(v2).not.toContain('callback');
      for (const code of [v1, v2]) expect(code).not.toContain('console.log');
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

  it('say which template code is, and are read as written for their runtime', () => {
    for (const event of EVENT_IDS)
      for (const style of STYLES) {
        expect(templateOf(functionTemplate(event, style))).toEqual({ event, style });
        expect(runtimeOfCode(functionTemplate(event, style))).toBe(style);
      }
    expect(templateOf('async function lambda(input) { return 1; }')).toBeNull();
  });

  it('swap an unchanged template of the other runtime on a runtime switch, and nothing else', () => {
    for (const event of EVENT_IDS) {
      expect(templateAfterSwitch(functionTemplate(event, 'v2'), 'v1')).toBe(
        functionTemplate(event, 'v1'),
      );
      expect(templateAfterSwitch(functionTemplate(event, 'v1'), 'v2')).toBe(
        functionTemplate(event, 'v2'),
      );
      expect(templateAfterSwitch(functionTemplate(event, 'v1'), 'v1')).toBeNull();
    }
    const edited = functionTemplate('surveybot_messaging_survey_ended', 'v2').replace('ok', 'done');
    expect(templateAfterSwitch(edited, 'v1')).toBeNull();
    expect(templateAfterSwitch('', 'v1')).toBeNull();
  });
});
