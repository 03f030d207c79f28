import { describe, expect, it } from 'vitest';
import { idsAlong, kindOf, pathExpression, readableTimestamp, valueText } from './tree-nodes';

describe('tree node helpers', () => {
  it('lists the ids along a path', () => {
    expect(idsAlong(['dialogs', 0, 'dialogId'])).toEqual([
      'dialogs',
      'dialogs[0]',
      'dialogs[0].dialogId',
    ]);
  });

  it('names value kinds', () => {
    expect([undefined, null, [], {}, 'a', 1, true].map(kindOf)).toEqual([
      'missing',
      'null',
      'array',
      'object',
      'string',
      'number',
      'boolean',
    ]);
  });

  it('writes timestamps as readable UTC dates', () => {
    expect(readableTimestamp(1528463744663)).toBe('2018-06-08 13:15:44.663 UTC');
    expect(readableTimestamp('1528463744663')).toBeNull();
    expect(readableTimestamp(1e20)).toBeNull();
  });

  it('writes values as one line', () => {
    expect(valueText([1])).toBe('1 item');
    expect(valueText({ a: 1, b: 2 })).toBe('2 fields');
    expect(valueText(false)).toBe('false');
    expect(valueText(undefined)).toBe('missing');
  });
});

describe('pathExpression', () => {
  it('writes a path as code on input.payload', () => {
    expect(pathExpression('dialogs[0].dialogId')).toBe('input.payload.dialogs[0].dialogId');
    expect(pathExpression('["odd key"].x')).toBe('input.payload["odd key"].x');
    expect(pathExpression('')).toBe('input.payload');
  });
});
