/** What the emulated toolbelt needs from the instance it lives in. */
import type { PendingWork } from '../pending-work';
import type { RunScope } from '../run-scope';

/** The toolbelt's view of its instance: the current run, pending work and environment. */
export interface ToolbeltDeps {
  /** The run in progress (or the last one): toolbelt clients made at load time serve every run. */
  scope(): RunScope;
  pending: PendingWork;
  env: Readonly<Record<string, string>>;
}
