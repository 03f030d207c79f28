import { describe, expect, it } from 'vitest';
import { examplePayload } from './example-payload';
import { payloadSchema } from './payload-schema';
import { formatPath, undocumentedPaths, validatePayload } from './validate-payload';
import { payloadJsonSchema } from './payload-json-schema';

describe('validatePayload', () => {
  it('accepts the default example payload', () => {
    expect(validatePayload(examplePayload())).toEqual([]);
  });

  it('reports wrong types with their paths and a readable message', () => {
    const payload = examplePayload() as Record<string, unknown>;
    payload.surveyId = '3387141511';
    (payload.dialogs as { creationTs: unknown }[])[1]!.creationTs = 'yesterday';
    (payload.ttr as Record<string, unknown>).ttrType = 5;
    const problems = validatePayload(payload);
    expect(problems).toEqual([
      {
        path: ['surveyId'],
        message: 'Expected a number (documented as NUMBER), but it is a string.',
      },
      {
        path: ['dialogs', 1, 'creationTs'],
        message: 'Expected a number (documented as NUMBER), but it is a string.',
      },
      {
        path: ['ttr', 'ttrType'],
        message: 'Expected a string (documented as STRING), but it is a number.',
      },
    ]);
  });

  it('reports a missing documented field', () => {
    const payload = examplePayload() as Record<string, unknown>;
    delete payload.conversationId;
    expect(validatePayload(payload)).toEqual([
      {
        path: ['conversationId'],
        message: 'Missing: the documentation lists this field as a string (documented as STRING).',
      },
    ]);
  });

  it('accepts values outside the known value sets', () => {
    const payload = examplePayload();
    payload.closeReason = 'TIMEOUT';
    payload.ttr.ttrType = 'SOMETHING_NEW';
    expect(validatePayload(payload)).toEqual([]);
  });

  it('rejects a payload that is not an object', () => {
    expect(validatePayload([1])[0]?.message).toBe(
      'The payload must be a JSON object, but it is an array.',
    );
  });
});

describe('undocumented fields', () => {
  it('survive a round trip and are listed by path', () => {
    const payload = { ...examplePayload(), brandNew: { x: 1 } } as Record<string, unknown>;
    (payload.dialogs as Record<string, unknown>[])[0]!.extra = true;
    const parsed = payloadSchema.parse(payload);
    expect(parsed).toEqual(payload);
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(payload);
    expect(undocumentedPaths(payload)).toEqual([['dialogs', 0, 'extra'], ['brandNew']]);
  });
});

describe('formatPath', () => {
  it('writes JavaScript member expressions', () => {
    expect(formatPath(['dialogs', 0, 'dialogId'])).toBe('dialogs[0].dialogId');
    expect(formatPath(['odd-key', 'x'])).toBe('["odd-key"].x');
  });
});

describe('payloadJsonSchema', () => {
  it('carries descriptions, examples and types', () => {
    const schema = payloadJsonSchema() as { properties: Record<string, Record<string, unknown>> };
    expect(schema.properties.surveyId).toMatchObject({
      type: 'number',
      description: 'ID of survey',
      examples: [3387141511],
    });
    expect(schema.properties.firstConversation).toMatchObject({ type: 'boolean' });
  });
});
