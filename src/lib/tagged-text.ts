// The text of the tagged values that read the same wherever the app shows them.
import type { Tagged } from './safe-serialise';

/**
 * Text of a tagged value that holds no other value and reads the same in the console, the
 * result and the debugger (`undefined`, `10n`, `Symbol(s)`, `[Circular]`, `[Getter]`…); null for
 * strings, functions, promises and containers, which each view writes its own way.
 */
export function scalarText(value: Tagged): string | null {
  switch (value.t) {
    case 'undefined':
    case 'null':
      return value.t;
    case 'boolean':
    case 'number':
      return String(value.v);
    case 'bigint':
      return `${value.v}n`;
    case 'symbol':
      return `Symbol(${value.v})`;
    case 'date':
      return `Date(${value.v ?? 'Invalid Date'})`;
    case 'regexp':
      return value.v;
    case 'circular':
      return '[Circular]';
    case 'thrown':
      return `[Thrown: ${value.message}]`;
    case 'cut':
      return '…';
    case 'accessor':
      return value.get && value.set ? '[Getter/Setter]' : value.get ? '[Getter]' : '[Setter]';
    default:
      return null;
  }
}
