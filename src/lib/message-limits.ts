/**
 * The longest strings a message from the sandbox may carry. The worker cuts every string it
 * sends to these lengths (saying how much it dropped); the app's zod schemas refuse anything
 * longer, so a hostile run can neither freeze the page nor bloat the saved state.
 */
import { countText, sliceText } from './intrinsics';

/** Longest kept length of each kind of string the worker sends, in characters. */
export const TEXT_CAPS = {
  /** A string value (result, log message or extra). */
  value: 20_000,
  /** An object key, map key or header name. */
  key: 1_000,
  /** A function, class, constructor or error name; a symbol description. */
  name: 1_000,
  /** An error message, a thrown value's text, a regexp source, a URL. */
  message: 20_000,
  /** An error stack. */
  stack: 20_000,
  /** A warning or notice text. */
  warning: 4_000,
  /** A request or response body as logged. */
  body: 20_000,
} as const;

/** Most characters of the result's JSON text the worker sends for the Raw view (the rest is counted). */
export const RESULT_JSON_CHARS = 5_000_000;

/** Room for the "… N more characters" note a cut string ends with. */
export const CUT_NOTE_ROOM = 48;

/** The most a received string of `kind` may hold: its cap plus the cut note. */
export const receivedMax = (kind: keyof typeof TEXT_CAPS): number =>
  TEXT_CAPS[kind] + CUT_NOTE_ROOM;

/** The note a cut text ends with, for `dropped` characters ("… 19,999,980 more characters"). */
export function cutNote(dropped: number): string {
  return `… ${countText(dropped)} more characters`;
}

/**
 * `text` cut to `max` characters, ending with how many were dropped ("… 19,999,980 more
 * characters"). Safe to call after user code ran: it uses only built-ins captured at load.
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  return sliceText(text, 0, max) + cutNote(text.length - max);
}
