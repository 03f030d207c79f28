import { DEFAULT_TIMEOUT_MS } from '../../schema/workspace';
import type { LinkState } from '../../schema/link-state';
import type { Workspace } from '../../store/workspace-slice';

/** What the user chose to put in a share link beside the event and payload. */
export interface ShareOptions {
  code: boolean;
  env: boolean;
  mocks: boolean;
  cases: boolean;
  secrets: boolean;
}

/** The default choice: event, payload and code. */
export const DEFAULT_SHARE_OPTIONS: ShareOptions = {
  code: true,
  env: false,
  mocks: false,
  cases: false,
  secrets: false,
};

/** The link state of a workspace with the chosen parts. */
export function linkStateOf(workspace: Workspace, options: ShareOptions): LinkState {
  return {
    event: workspace.event,
    payload: workspace.payload,
    ...(options.code && { code: workspace.code }),
    ...(options.env && { env: workspace.env }),
    ...(options.mocks && { mocks: workspace.mocks }),
    ...(options.cases && { cases: workspace.cases }),
    ...(options.secrets && { secrets: workspace.secrets }),
    ...(workspace.timeoutMs !== DEFAULT_TIMEOUT_MS && { timeoutMs: workspace.timeoutMs }),
  };
}
