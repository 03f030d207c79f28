import { findLambda, parseFunctionSource, type TypeScriptApi } from './lambda-node';

// How `input` gets its type in plain JavaScript, without the user writing JSDoc.
//
// TypeScript types a function declaration's parameters only from an annotation, and in a `.js`
// file an annotation is a JSDoc comment: `/** @type {AsyncLambdaFunction} */ async function
// lambda(input) {…}` types `input` (and `callback`) from the generated typings. An ambient
// `declare function lambda(…)` would not type the user's parameters, and `declare var input`
// is shadowed by the parameter. So the editor's TypeScript worker sees a *shadow* of the model:
// the same text with that one comment inserted just before the top-level `lambda`. Every position
// going into the language service is shifted past the comment and every span coming out is
// shifted back, so completions, hovers, diagnostics, quick fixes, rename and formatting all work
// on the visible text as if the comment were there. This module is that text transform and
// position mapping; `function-ts-worker.ts` applies it to the worker's methods.

/** The shadow of a source: its text with the type comment inserted `length` characters at `at`. */
export interface Shadow {
  text: string;
  /** Offset in the original text where the comment goes (0-length shadows insert nothing). */
  at: number;
  length: number;
}

/** The comment that types a lambda; the type names come from the generated payload typings. */
export const typeComment = (async: boolean) =>
  `/** @type {${async ? 'AsyncLambdaFunction' : 'LambdaFunction'}} */ `;

/** The shadow of function source: the type comment before `lambda`, unless it has its own JSDoc types. */
export function shadowSource(ts: TypeScriptApi, text: string): Shadow {
  const file = parseFunctionSource(ts, text);
  const lambda = findLambda(ts, file);
  const ownTypes =
    lambda && ts.getJSDocTags(lambda.fn).some((t) => /^(type|param)$/.test(t.tagName.text));
  if (!lambda || ownTypes) return { text, at: 0, length: 0 };
  const at = lambda.statement.getStart(file);
  const comment = typeComment(lambda.async);
  return { text: text.slice(0, at) + comment + text.slice(at), at, length: comment.length };
}

/** An offset of the original text, in the shadow. */
export const toShadow = (shadow: Shadow, pos: number) =>
  pos >= shadow.at ? pos + shadow.length : pos;

/** An offset of the shadow, in the original text (inside the comment: where the comment goes). */
export const fromShadow = (shadow: Shadow, pos: number) =>
  pos >= shadow.at + shadow.length ? pos - shadow.length : Math.min(pos, shadow.at);

/** Whether a shadow span `[start, start + length)` touches the inserted comment. */
export const touchesComment = (shadow: Shadow, start: number, length: number) =>
  shadow.length > 0 && start < shadow.at + shadow.length && start + length > shadow.at;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function fileOf(obj: Record<string, unknown>): string | undefined {
  if (typeof obj.fileName === 'string') return obj.fileName;
  return isRecord(obj.file) && typeof obj.file.fileName === 'string'
    ? obj.file.fileName
    : undefined;
}

/**
 * A language service result with every span of `fileName` moved back to the original text.
 * Spans are the `{ start, length }` objects TypeScript returns (text spans, diagnostics, text
 * changes); an object naming another file (`fileName`, `file.fileName`) is left as it is, and so is
 * everything inside it; `file` itself is not walked. Inlay hints' `position` is moved too.
 */
export function mapFromShadow<T>(value: T, shadow: Shadow, fileName: string, inFile = true): T {
  if (shadow.length === 0) return value;
  if (Array.isArray(value))
    return value.map((v) => mapFromShadow(v, shadow, fileName, inFile)) as T;
  if (!isRecord(value)) return value;
  const file = fileOf(value);
  const mine = file === undefined ? inFile : file === fileName;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = key === 'file' ? v : mapFromShadow(v, shadow, fileName, mine);
  }
  if (mine && typeof value.start === 'number' && typeof value.length === 'number') {
    const start = fromShadow(shadow, value.start);
    out.start = start;
    out.length = fromShadow(shadow, value.start + value.length) - start;
  }
  if (mine && typeof value.position === 'number') out.position = fromShadow(shadow, value.position);
  return out as T;
}
