import { describe, expect, it } from 'vitest';
import { examplePayload } from '../../schema/example-payload';
import { validatePayload } from '../../schema/validate-payload';
import { indexProblems } from './problem-index';

describe('indexProblems', () => {
  it('puts each problem on its field and marks the containers above it', () => {
    const payload = examplePayload() as Record<string, unknown>;
    (payload.dialogs as Record<string, unknown>[])[1]!.creationTs = 'yesterday';
    payload.surveyId = 'x';
    const index = indexProblems(validatePayload(payload));
    expect(index.list.map((p) => p.id)).toEqual(['surveyId', 'dialogs[1].creationTs']);
    expect(index.byId.get('dialogs[1].creationTs')).toEqual([
      'Expected a number (documented as NUMBER), but it is a string.',
    ]);
    expect([...index.inside]).toEqual(['dialogs', 'dialogs[1]']);
  });

  it('is empty for a valid payload', () => {
    const index = indexProblems(validatePayload(examplePayload()));
    expect(index.list).toEqual([]);
    expect(index.byId.size).toBe(0);
  });
});
