// A run's secret update (SecretClient.updateSecret) written back to the workspace the run was for.
import { secretsSchemaFor, type SecretRow, type SecretType } from '../schema/workspace';
import { firstProblem } from './field-checks';
import type { Store } from './store-types';

/** What applySecretUpdate did: the workspace it wrote to, or why it changed nothing. */
export type SecretUpdateResult =
  { applied: true; workspaceName: string } | { applied: false; reason: string };

/**
 * The store change that sets secret `key` of workspace `workspaceId` to `value` of `type` (its
 * live fields when it is open, its saved entry otherwise), or why there is none: the workspace is
 * gone, it has no secret `key`, or the row is not valid for the workspace's runtime.
 */
export function secretUpdate(
  s: Store,
  workspaceId: string,
  key: string,
  value: string,
  type: SecretType = 'text',
): { result: SecretUpdateResult; change?: Partial<Store> } {
  const refused = (reason: string) => ({ result: { applied: false as const, reason } });
  const entry = s.savedWorkspaces.find((w) => w.id === workspaceId);
  if (!entry) return refused('the workspace it ran in no longer exists');
  const open = workspaceId === s.currentWorkspaceId;
  const secrets = open ? s.secrets : entry.workspace.secrets;
  if (!secrets.some((r) => r.key === key)) {
    return refused(`workspace "${entry.name}" has no secret "${key}"`);
  }
  const updated: SecretRow = type === 'json' ? { key, value, type } : { key, value };
  const runtime = open ? s.runtime : entry.workspace.runtime;
  const row = secretsSchemaFor([runtime]).element.safeParse(updated);
  if (!row.success) return refused(firstProblem(row.error, ['secret']));
  const next = secrets.map((r) => (r.key === key ? updated : r));
  const change: Partial<Store> = open
    ? { secrets: next }
    : {
        savedWorkspaces: s.savedWorkspaces.map((w) =>
          w.id === workspaceId
            ? { ...w, updatedAt: Date.now(), workspace: { ...w.workspace, secrets: next } }
            : w,
        ),
      };
  return { result: { applied: true, workspaceName: entry.name }, change };
}
