// The checks every store write goes through: the store holds only what its saved form accepts.
import type { z } from 'zod';
import { keptEntrySchema, keptWorkspaceFields, keptWorkspaceSchema } from '../schema/workspace';
import type { Notice } from './ui-slice';
import type { Workspace } from '../schema/workspace';

/** What a store action that writes workspace fields did: applied, or refused with the reason. */
export type WriteResult = { ok: true } | { ok: false; reason: string };

/** The first problem of a failed parse, as `path: message` (the path left out when empty). */
export function firstProblem(error: z.ZodError, prefix: (string | number)[] = []): string {
  const issue = error.issues[0];
  const path = [...prefix, ...(issue?.path ?? [])].map(String).join('.');
  return `${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'}`;
}

/** Why `value` cannot be kept as the workspace field `field`, or null when it can. */
export function fieldProblem<K extends keyof Workspace>(
  field: K,
  value: Workspace[K],
): string | null {
  const parsed = keptWorkspaceFields.shape[field].safeParse(value);
  return parsed.success ? null : firstProblem(parsed.error, [field]);
}

/** Why a whole workspace cannot be kept, or null when it can. */
export function workspaceProblem(workspace: Workspace): string | null {
  const parsed = keptWorkspaceSchema.safeParse(workspace);
  return parsed.success ? null : firstProblem(parsed.error);
}

/** Why a named workspace of the saved list cannot be kept, or null when it can. */
export function entryProblem(entry: unknown): string | null {
  const parsed = keptEntrySchema.safeParse(entry);
  return parsed.success ? null : firstProblem(parsed.error);
}

/** Id of the notice telling that a change was refused. */
export const REFUSED_CHANGE = 'refused-change';

/** Refuses a change: an alert says why, and the result carries the reason to the caller. */
export function refuseChange(
  notify: (notice: Notice) => void,
  reason: string,
): { ok: false; reason: string } {
  notify({
    id: REFUSED_CHANGE,
    tone: 'error',
    message: `A change was not applied, because the playground could not save it (${reason}).`,
  });
  return { ok: false, reason };
}
