// Inline editing: which input fits a field, and how its text becomes a JSON value.
import type { FieldSpec } from '../../schema/field-spec';
import { kindOf } from './tree-nodes';

/** The input a field is edited with. */
export type EditorKind = 'text' | 'choice' | 'number' | 'timestamp' | 'boolean' | 'json';

/** The input that fits a field's documented type (its current value's, when undocumented); null for objects and arrays. */
export function editorKindFor(spec: FieldSpec | undefined, value: unknown): EditorKind | null {
  if (spec) {
    switch (spec.kind) {
      case 'boolean':
        return 'boolean';
      case 'number':
        return spec.meta?.format === 'timestamp' ? 'timestamp' : 'number';
      case 'string':
        return spec.meta?.suggestions?.length ? 'choice' : 'text';
      default:
        return null;
    }
  }
  switch (kindOf(value)) {
    case 'string':
      return 'text';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'json';
    default:
      return null;
  }
}

/** The text an input starts with for a value. */
export function inputTextFor(kind: EditorKind, value: unknown): string {
  if (value === undefined) return '';
  if (kind === 'json' || (typeof value === 'object' && value !== null))
    return JSON.stringify(value);
  return String(value);
}

/** An input's text read as a value, or why it cannot be. */
export type ParsedInput = { ok: true; value: unknown } | { ok: false; message: string };

const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function parseDate(text: string): number | null {
  if (!ISO_DATE.test(text)) return null;
  const iso = text.replace(' ', 'T');
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(iso) || !iso.includes('T') ? iso : `${iso}Z`;
  const ms = Date.parse(zoned);
  return Number.isNaN(ms) ? null : ms;
}

/** Reads an input's text as the value the field gets. */
export function parseInput(kind: EditorKind, text: string): ParsedInput {
  const trimmed = text.trim();
  switch (kind) {
    case 'text':
    case 'choice':
      return { ok: true, value: text };
    case 'boolean':
      if (trimmed === 'true' || trimmed === 'false') return { ok: true, value: trimmed === 'true' };
      return { ok: false, message: 'Choose true or false.' };
    case 'number':
    case 'timestamp': {
      if (JSON_NUMBER.test(trimmed)) {
        const value = Number(trimmed);
        if (Number.isFinite(value)) return { ok: true, value };
      }
      const date = kind === 'timestamp' ? parseDate(trimmed) : null;
      if (date !== null) return { ok: true, value: date };
      return {
        ok: false,
        message:
          kind === 'timestamp'
            ? 'Enter epoch milliseconds (e.g. 1528463744663) or a UTC date (2018-06-08T13:15:44Z).'
            : 'Enter a number (e.g. 42 or 3.5).',
      };
    }
    case 'json':
      try {
        return { ok: true, value: JSON.parse(trimmed) };
      } catch {
        return { ok: false, message: 'Enter a JSON value: a number, "text", true, false or null.' };
      }
  }
}
