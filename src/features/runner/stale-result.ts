// Whether the result shown still matches the workspace: a snapshot of what a run ran with,
// compared with the store now, says what changed since (or that another workspace is open).
import type { KeyValue } from '../../schema/workspace';
import type { Store } from '../../store/store-types';

/** What a run ran with: the open workspace's id and every field the run request reads. */
export interface RunSnapshot {
  workspaceId: string;
  code: Store['code'];
  payload: Store['payload'];
  event: Store['event'];
  env: Store['env'];
  secrets: Store['secrets'];
  mocks: Store['mocks'];
  timeoutMs: Store['timeoutMs'];
  keepWarm: Store['keepWarm'];
}

/** The snapshot of the store's open workspace now. */
export function takeSnapshot(s: Store): RunSnapshot {
  const { currentWorkspaceId, code, payload, event, env, secrets, mocks, timeoutMs, keepWarm } = s;
  return {
    workspaceId: currentWorkspaceId,
    code,
    payload,
    event,
    env,
    secrets,
    mocks,
    timeoutMs,
    keepWarm,
  };
}

/** A snapshot with the secrets the run itself wrote (SecretClient.updateSecret), as the store applies them. */
export function withSecretUpdates(
  snapshot: RunSnapshot,
  updates: readonly KeyValue[],
): RunSnapshot {
  let secrets = snapshot.secrets;
  for (const { key, value } of updates) {
    secrets = secrets.some((r) => r.key === key)
      ? secrets.map((r) => (r.key === key ? { key, value } : r))
      : [...secrets, { key, value }];
  }
  return { ...snapshot, secrets };
}

/** The parts compared, in the order the message names them. */
const PARTS: { key: Exclude<keyof RunSnapshot, 'workspaceId'>; name: string }[] = [
  { key: 'code', name: 'the code' },
  { key: 'payload', name: 'the payload' },
  { key: 'event', name: 'the event' },
  { key: 'env', name: 'the environment variables' },
  { key: 'secrets', name: 'the secrets' },
  { key: 'mocks', name: 'the mock rules' },
  { key: 'timeoutMs', name: 'the timeout' },
  { key: 'keepWarm', name: 'the warm-instance setting' },
];

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
  const changed = PARTS.filter(({ key }) => !same(ran[key], now[key])).map((p) => p.name);
  return changed.length ? `Out of date: ${list(changed)} changed since this run.` : null;
}
