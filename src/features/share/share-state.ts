import type { LinkState } from '../../schema/link-state';
import {
  WORKSPACE_KEYS,
  workspaceDefaults,
  type Workspace,
  type WorkspaceKey,
} from '../../schema/workspace';

/** The parts of a workspace a user chooses to put in a share link (the rest follow the rule below). */
export type ShareOptions = Record<'code' | 'env' | 'mocks' | 'cases' | 'secrets', boolean>;

/** The default choice: event, payload and code. */
export const DEFAULT_SHARE_OPTIONS: ShareOptions = {
  code: true,
  env: false,
  mocks: false,
  cases: false,
  secrets: false,
};

const isChoice = (key: WorkspaceKey): key is keyof ShareOptions => key in DEFAULT_SHARE_OPTIONS;

/**
 * The link state of a workspace: the event and payload, the chosen parts, and every other setting
 * that differs from its default (the warm-instance choice stays with the user; the breakpoints go
 * only with the code, whose lines they name).
 */
export function linkStateOf(workspace: Workspace, options: ShareOptions): LinkState {
  const defaults: Partial<Record<WorkspaceKey, unknown>> = workspaceDefaults(workspace);
  const state: Record<string, unknown> = {};
  for (const key of WORKSPACE_KEYS) {
    if (key === 'keepWarm' || (key === 'breakpoints' && !options.code)) continue;
    const chosen = isChoice(key)
      ? options[key]
      : JSON.stringify(workspace[key]) !== JSON.stringify(defaults[key]);
    if (chosen) state[key] = workspace[key];
  }
  return state as LinkState;
}
