import { z } from 'zod';
import { jsonObjectSchema, workspaceFields } from './workspace';

/** Largest decoded link text accepted (1 MB). */
export const MAX_LINK_BYTES = 1_000_000;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The first forbidden key (`__proto__`, `constructor`, `prototype`) anywhere in a JSON value, with its path. */
export function findForbiddenKey(value: unknown, path: string[] = []): string | null {
  if (value === null || typeof value !== 'object') return null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return [...path, key].join('.');
    const found = findForbiddenKey((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return null;
}

/** The state a link carries: a workspace's fields but the warm-instance choice, every one optional (what is left out keeps its default). */
export const linkStateSchema = workspaceFields
  .omit({ keepWarm: true })
  .extend({
    code: z.string().max(MAX_LINK_BYTES),
    payload: jsonObjectSchema.refine((p) => !Array.isArray(p), 'the payload must be a JSON object'),
  })
  .partial()
  .strict();

/** The state a link carries. */
export type LinkState = z.infer<typeof linkStateSchema>;

/** Validates a decoded link value; returns the state or a sentence saying what is wrong. */
export function validateLinkState(value: unknown): { state: LinkState } | { error: string } {
  const forbidden = findForbiddenKey(value);
  if (forbidden) return { error: `it holds a forbidden key (${forbidden})` };
  const parsed = linkStateSchema.safeParse(value);
  if (parsed.success) return { state: parsed.data };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  const message =
    issue.code === 'unrecognized_keys'
      ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`
      : issue.message;
  return { error: `${where}${message}` };
}
