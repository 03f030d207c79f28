// Whether the result shown still matches the workspace: a snapshot of what a run ran with,
// compared with the store now, says what changed since (or that another workspace is open).
import {
  runRequestOf,
  WORKSPACE_PART_NAMES,
  type RunFields,
  type SecretRow,
} from '../../schema/workspace';
import type { Store } from '../../store/store-types';

/** What a run ran with: the open workspace's id and every field the run request reads. */
export type RunSnapshot = RunFields & { workspaceId: string };

/** The snapshot of the store's open workspace now. */
export function takeSnapshot(s: Store): RunSnapshot {
  return { ...runRequestOf(s), workspaceId: s.currentWorkspaceId };
}

/** A snapshot with the secrets the run itself wrote (SecretClient.updateSecret), as the store applies them. */
export function withSecretUpdates(
  snapshot: RunSnapshot,
  updates: readonly SecretRow[],
): RunSnapshot {
  let secrets = snapshot.secrets;
  for (const update of updates) {
    secrets = secrets.some((r) => r.key === update.key)
      ? secrets.map((r) => (r.key === update.key ? update : r))
      : [...secrets, update];
  }
  return { ...snapshot, secrets };
}

/** The parts compared: what the run request holds, in the order the message names them. */
const PARTS = (Object.keys(WORKSPACE_PART_NAMES) as (keyof RunFields)[]).filter(
  (key) => key !== ('cases' as string),
);

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** `a`, `a and b`, `a, b and c`. */
function list(names: string[]): string {
  return names.length < 2
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Why the result of a run with `ran` is out of date `now`, starting with `Out of date`; null when it is not. */
export function staleText(ran: RunSnapshot, now: RunSnapshot): string | null {
  if (ran.workspaceId !== now.workspaceId) return 'Out of date: another workspace is open.';
  const changed = PARTS.filter((key) => !same(ran[key], now[key])).map(
    (key) => WORKSPACE_PART_NAMES[key],
  );
  return changed.length ? `Out of date: ${list(changed)} changed since this run.` : null;
}
