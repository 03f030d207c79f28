/**
 * What a finished run writes back, and only to the workspace it ran in: SecretClient.updateSecret
 * changes. A run that was stopped, timed out or crashed writes nothing; an update for a workspace
 * that is gone is dropped. Each effect is described for the Result panel.
 */
import type { RunOutcome } from '../../sandbox/protocol';
import type { SecretType } from '../../schema/workspace';

/** One thing a run changed, or did not change, said for the user. */
export interface RunEffect {
  tone: 'info' | 'warning';
  text: string;
}

/** Writes one secret (its text, and its type) to a workspace: the store's applySecretUpdate. */
export type ApplySecret = (
  workspaceId: string,
  key: string,
  value: string,
  type: SecretType,
) => { applied: true; workspaceName: string } | { applied: false; reason: string };

const STOPPED: Partial<Record<RunOutcome['status'], string>> = {
  cancelled: 'was cancelled',
  'timed-out': 'timed out',
  crashed: 'crashed',
};

/** Applies `outcome`'s secret updates to workspace `workspaceId` (named `workspaceName` when the run started). */
export function applyRunEffects(
  outcome: RunOutcome,
  workspaceId: string,
  workspaceName: string,
  apply: ApplySecret,
): RunEffect[] {
  const updates = outcome.secretUpdates;
  if (updates.length === 0) return [];
  const stopped = STOPPED[outcome.status];
  if (stopped) {
    const keys = updates.map((u) => u.key).join(', ');
    return [
      {
        tone: 'warning',
        text: `The run ${stopped}, so its updateSecret changes (${keys}) were not saved to workspace ${workspaceName}.`,
      },
    ];
  }
  return updates.map(({ key, value, type = 'text' }) => {
    const result = apply(workspaceId, key, value, type);
    const kind = type === 'json' ? ' (a JSON secret now)' : '';
    return result.applied
      ? {
          tone: 'info',
          text: `updateSecret changed ${key}${kind} in workspace ${result.workspaceName}.`,
        }
      : {
          tone: 'warning',
          text: `updateSecret changed ${key}, but the change was dropped: ${result.reason}.`,
        };
  });
}
