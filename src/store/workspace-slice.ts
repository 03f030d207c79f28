import type { StateCreator } from 'zustand';
import { examplePayload } from '../schema/example-payload';
import { type EventId } from '../schema/events';
import {
  keptWorkspaceSchema,
  WORKSPACE_KEYS,
  type Workspace,
  type WorkspaceKey,
  type WorkspaceParts,
} from '../schema/workspace';
import { functionTemplate, TEMPLATE_ENV, TEMPLATE_SECRETS } from '../lib/function-templates';
import { fieldProblem, refuseChange, type WriteResult } from './field-checks';
import type { Store } from './store-types';

/** One setter per workspace field (`setCode`, `setEnv`...), derived from the schema's field list. */
export type WorkspaceSetters = {
  [K in WorkspaceKey as `set${Capitalize<K>}`]: (value: Workspace[K]) => WriteResult;
};

/**
 * Workspace fields and the actions that change them. Each action refuses a value the saved form
 * would reject (an alert says why) and returns what it did.
 */
export type WorkspaceSlice = Workspace & WorkspaceSetters;

/**
 * A new workspace: the documented example payload and the event's template, with `parts` (from a
 * link or a file) over them; settings left out take their defaults, judged on the result.
 */
export function defaultWorkspace(
  event: EventId = 'surveybot_messaging_survey_ended',
  parts: WorkspaceParts = {},
): Workspace {
  const chosen = parts.event ?? event;
  const given = Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== undefined));
  return keptWorkspaceSchema.parse({
    event: chosen,
    payload: examplePayload(),
    code: functionTemplate(chosen),
    env: TEMPLATE_ENV.map((r) => ({ ...r })),
    secrets: TEMPLATE_SECRETS.map((r) => ({ ...r })),
    ...given,
  });
}

const setterName = (key: WorkspaceKey) => `set${key[0]!.toUpperCase()}${key.slice(1)}`;

/** Creates the workspace slice. */
export const createWorkspaceSlice: StateCreator<Store, [], [], WorkspaceSlice> = (set, get) => {
  const write = <K extends WorkspaceKey>(field: K, value: Workspace[K]): WriteResult => {
    const problem = fieldProblem(field, value);
    if (problem) return refuseChange(get().pushNotice, problem);
    set({ [field]: value } as Pick<Workspace, K>);
    return { ok: true };
  };
  const setters = Object.fromEntries(
    WORKSPACE_KEYS.map((key) => [setterName(key), (value: never) => write(key, value)]),
  ) as WorkspaceSetters;
  return { ...defaultWorkspace(), ...setters };
};
