import { describe, expect, it } from 'vitest';
import { specAt } from '../../schema/field-spec';
import { editorKindFor, inputTextFor, parseInput } from './field-input';

describe('editorKindFor', () => {
  it('fits the documented type', () => {
    expect(editorKindFor(specAt(['conversationId']), 'x')).toBe('text');
    expect(editorKindFor(specAt(['closeReason']), 'x')).toBe('choice');
    expect(editorKindFor(specAt(['surveyRevision']), 2)).toBe('number');
    expect(editorKindFor(specAt(['startTs']), 1)).toBe('timestamp');
    expect(editorKindFor(specAt(['dialogs', 0, 'creationTs']), 1)).toBe('timestamp');
    expect(editorKindFor(specAt(['firstConversation']), true)).toBe('boolean');
    expect(editorKindFor(specAt(['ttr']), {})).toBeNull();
  });

  it('uses the documented type even when the value has another', () => {
    expect(editorKindFor(specAt(['surveyId']), 'oops')).toBe('number');
  });

  it('follows the value for undocumented fields', () => {
    expect(editorKindFor(undefined, 'a')).toBe('text');
    expect(editorKindFor(undefined, 1)).toBe('number');
    expect(editorKindFor(undefined, false)).toBe('boolean');
    expect(editorKindFor(undefined, null)).toBe('json');
    expect(editorKindFor(undefined, [1])).toBeNull();
  });
});

describe('inputTextFor', () => {
  it('writes values as input text', () => {
    expect(inputTextFor('number', 12)).toBe('12');
    expect(inputTextFor('json', null)).toBe('null');
    expect(inputTextFor('text', undefined)).toBe('');
    expect(inputTextFor('text', 'a b')).toBe('a b');
  });
});

describe('parseInput', () => {
  it('keeps text as typed', () => {
    expect(parseInput('text', ' a ')).toEqual({ ok: true, value: ' a ' });
    expect(parseInput('choice', 'NEW_VALUE')).toEqual({ ok: true, value: 'NEW_VALUE' });
  });

  it('reads numbers and refuses what is not one', () => {
    expect(parseInput('number', ' 37607275.23 ')).toEqual({ ok: true, value: 37607275.23 });
    expect(parseInput('number', '-1e3')).toEqual({ ok: true, value: -1000 });
    for (const bad of ['', 'abc', '0x10', '1,5', 'Infinity', '1e999']) {
      expect(parseInput('number', bad).ok).toBe(false);
    }
  });

  it('reads timestamps as milliseconds or UTC dates', () => {
    expect(parseInput('timestamp', '1528463744663')).toEqual({ ok: true, value: 1528463744663 });
    expect(parseInput('timestamp', '2018-06-08T13:15:44.663Z')).toEqual({
      ok: true,
      value: 1528463744663,
    });
    expect(parseInput('timestamp', '2018-06-08 13:15:44.663')).toEqual({
      ok: true,
      value: 1528463744663,
    });
    expect(parseInput('timestamp', '2018-06-08')).toEqual({ ok: true, value: 1528416000000 });
    expect(parseInput('timestamp', 'tomorrow')).toMatchObject({ ok: false });
    expect(parseInput('number', '2018-06-08')).toMatchObject({ ok: false });
  });

  it('reads booleans and JSON', () => {
    expect(parseInput('boolean', 'false')).toEqual({ ok: true, value: false });
    expect(parseInput('boolean', 'yes')).toMatchObject({ ok: false });
    expect(parseInput('json', '"x"')).toEqual({ ok: true, value: 'x' });
    expect(parseInput('json', 'null')).toEqual({ ok: true, value: null });
    expect(parseInput('json', 'nope')).toMatchObject({ ok: false });
  });
});
