import { describe, expect, it } from 'vitest';
import { applyTextDiff, diffText } from './text-diff';

const templates = ['function a() {\n  return 1;\n}\n', 'function b() {\n  return 2;\n}\n'];

describe('text diff', () => {
  it('names an unchanged template by its number', () => {
    expect(diffText(templates[1]!, templates)).toEqual([1]);
    expect(applyTextDiff([1], templates)).toBe(templates[1]);
  });

  it('keeps the prefix and suffix shared with the closest template', () => {
    const text = 'function b() {\n  return 42;\n}\n';
    const diff = diffText(text, templates);
    expect(diff).toEqual([1, 24, 5, '4']);
    expect(applyTextDiff(diff, templates)).toBe(text);
  });

  it('round-trips text that shares nothing, or splits a surrogate pair', () => {
    for (const text of ['', 'x', '🙂 emoji', 'function b() {\n  return "🙂";\n}\n']) {
      expect(applyTextDiff(JSON.parse(JSON.stringify(diffText(text, templates))), templates)).toBe(
        text,
      );
    }
  });

  it.each([[[]], [[7]], [['0']], [[0, -1, 0, '']], [[0, 20, 20, '']], [[0, 1, 1, 5]], ['[0]']])(
    'refuses %j',
    (diff) => expect(() => applyTextDiff(diff, templates)).toThrow('does not fit a template'),
  );
});
