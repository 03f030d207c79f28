import { describe, expect, it } from 'vitest';
import { examplePayload } from '../schema/example-payload';
import type { SurveyPayload } from '../schema/payload-schema';
import { validatePayload } from '../schema/validate-payload';
import { EVENT_IDS } from '../schema/events';
import { payloadExample, payloadExamples } from './payload-examples';

const examples = payloadExamples();

describe('examples gallery', () => {
  it('has at least six examples with unique ids usable in a link', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    const ids = examples.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { id, name, description, event } of examples) {
      expect(id).toMatch(/^[a-z0-9-]+$/);
      expect(name.length).toBeGreaterThan(5);
      expect(description.length).toBeGreaterThan(20);
      expect(EVENT_IDS).toContain(event);
    }
  });

  it.each(examples.map((e) => [e.id, e] as const))(
    '%s matches the schema, except for the fields it leaves out on purpose',
    (_id, example) => {
      const problems = validatePayload(example.payload);
      const missing = example.missing ?? [];
      expect(problems.map((p) => p.path.join('.')).sort()).toEqual([...missing].sort());
      for (const problem of problems) expect(problem.message).toMatch(/^Missing/);
      if (missing.length) expect(example.description).toMatch(/missing/i);
    },
  );

  it('changes the documented payload, and no two examples share a payload', () => {
    const documented = JSON.stringify(examplePayload());
    const payloads = examples.map((e) => JSON.stringify(e.payload));
    expect(payloads).not.toContain(documented);
    expect(new Set(payloads).size).toBe(payloads.length);
  });

  it('covers the situations the gallery promises', () => {
    const at = (id: string) => examples.find((e) => e.id === id)!.payload as SurveyPayload;
    const client = (id: string) => at(id).context!.clientProperties!;
    expect(at('web-first-conversation')).toMatchObject({
      closeReason: 'CONSUMER',
      firstConversation: true,
    });
    expect(client('web-first-conversation').integration).toBe('WEB_SDK');
    expect(at('agent-closed-urgent')).toMatchObject({
      closeReason: 'AGENT',
      ttr: { ttrType: 'URGENT' },
    });
    expect(at('system-closed-mobile').closeReason).toBe('SYSTEM');
    expect(client('system-closed-mobile')).toMatchObject({ integration: 'MOBILE_SDK', os: 'IOS' });
    expect(client('survey-ended-last-question').os).toBe('ANDROID');
    expect(at('survey-ended-last-question').dialogs![0]).toMatchObject({
      dialogType: 'POST_SURVEY',
      state: 'CLOSE',
    });
    expect(at('several-dialogs').dialogs!.length).toBeGreaterThan(2);
    expect(at('several-dialogs').participants!.length).toBeGreaterThan(2);
    expect(at('returning-without-ttr')).toMatchObject({ firstConversation: false });
    expect(at('no-dialogs').dialogs).toEqual([]);
  });

  it('keeps each conversation consistent: the main dialog is the conversation, closed when it closed', () => {
    for (const { payload } of examples) {
      const main = (payload.dialogs as Record<string, unknown>[]).find(
        (d) => d.dialogType === 'MAIN',
      );
      if (!main) continue;
      expect(main.dialogId).toBe(payload.conversationId);
      expect(main.closedBy).toBe(payload.closeReason);
      expect(main.creationTs).toBe(payload.startTs);
      expect(main.endTs as number).toBeGreaterThan(main.creationTs as number);
    }
  });

  it('hands out fresh copies and finds an example by id', () => {
    const first = payloadExample('no-dialogs')!;
    first.payload.conversationId = 'changed';
    expect(payloadExample('no-dialogs')!.payload.conversationId).not.toBe('changed');
    expect(payloadExample('nope')).toBeUndefined();
  });
});
