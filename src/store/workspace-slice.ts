import type { StateCreator } from 'zustand';
import { examplePayload } from '../schema/example-payload';
import {
  DEFAULT_TIMEOUT_MS,
  type EventId,
  type KeyValue,
  type MockRule,
} from '../schema/workspace';
import { functionTemplate, TEMPLATE_ENV, TEMPLATE_SECRETS } from '../lib/function-templates';
import type { TestCase } from '../schema/test-case';
import { fieldProblem, refuseChange, type WriteResult } from './field-checks';
import type { Store } from './store-types';

/** What a workspace holds: the function, its input and its configuration. */
export interface Workspace {
  event: EventId;
  /** `input.payload`: any JSON object (undocumented fields are kept). */
  payload: Record<string, unknown>;
  code: string;
  env: KeyValue[];
  secrets: KeyValue[];
  mocks: MockRule[];
  timeoutMs: number;
  /** Keep module-level state between runs, like a warm instance. */
  keepWarm: boolean;
  /** Saved test cases run by Run all. */
  cases: TestCase[];
}

/**
 * Workspace fields and the actions that change them. Each action refuses a value the saved form
 * would reject (an alert says why) and returns what it did.
 */
export interface WorkspaceSlice extends Workspace {
  setEvent: (event: EventId) => WriteResult;
  setPayload: (payload: Record<string, unknown>) => WriteResult;
  setCode: (code: string) => WriteResult;
  setEnv: (env: KeyValue[]) => WriteResult;
  setSecrets: (secrets: KeyValue[]) => WriteResult;
  setMocks: (mocks: MockRule[]) => WriteResult;
  setTimeoutMs: (timeoutMs: number) => WriteResult;
  setKeepWarm: (keepWarm: boolean) => WriteResult;
  setCases: (cases: TestCase[]) => WriteResult;
}

/** A new workspace: the documented example payload and the event's template. */
export function defaultWorkspace(event: EventId = 'surveybot_messaging_survey_ended'): Workspace {
  return {
    event,
    payload: examplePayload(),
    code: functionTemplate(event),
    env: TEMPLATE_ENV.map((r) => ({ ...r })),
    secrets: TEMPLATE_SECRETS.map((r) => ({ ...r })),
    mocks: [],
    timeoutMs: DEFAULT_TIMEOUT_MS,
    keepWarm: false,
    cases: [],
  };
}

/** Picks the workspace fields out of the store state. */
export function pickWorkspace(s: Workspace): Workspace {
  const { event, payload, code, env, secrets, mocks, timeoutMs, keepWarm, cases } = s;
  return { event, payload, code, env, secrets, mocks, timeoutMs, keepWarm, cases };
}

/** Creates the workspace slice. */
export const createWorkspaceSlice: StateCreator<Store, [], [], WorkspaceSlice> = (set, get) => {
  const write = <K extends keyof Workspace>(field: K, value: Workspace[K]): WriteResult => {
    const problem = fieldProblem(field, value);
    if (problem) return refuseChange(get().pushNotice, problem);
    set({ [field]: value } as Pick<Workspace, K>);
    return { ok: true };
  };
  return {
    ...defaultWorkspace(),
    setEvent: (event) => write('event', event),
    setPayload: (payload) => write('payload', payload),
    setCode: (code) => write('code', code),
    setEnv: (env) => write('env', env),
    setSecrets: (secrets) => write('secrets', secrets),
    setMocks: (mocks) => write('mocks', mocks),
    setTimeoutMs: (timeoutMs) => write('timeoutMs', timeoutMs),
    setKeepWarm: (keepWarm) => write('keepWarm', keepWarm),
    setCases: (cases) => write('cases', cases),
  };
};
