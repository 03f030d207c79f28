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

/** Workspace fields and the actions that change them. */
export interface WorkspaceSlice extends Workspace {
  setEvent: (event: EventId) => void;
  setPayload: (payload: Record<string, unknown>) => void;
  setCode: (code: string) => void;
  setEnv: (env: KeyValue[]) => void;
  setSecrets: (secrets: KeyValue[]) => void;
  /** Sets one secret, adding it when absent (SecretClient.updateSecret). */
  upsertSecret: (key: string, value: string) => void;
  setMocks: (mocks: MockRule[]) => void;
  setTimeoutMs: (timeoutMs: number) => void;
  setKeepWarm: (keepWarm: boolean) => void;
  setCases: (cases: TestCase[]) => void;
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
export const createWorkspaceSlice: StateCreator<Store, [], [], WorkspaceSlice> = (set) => ({
  ...defaultWorkspace(),
  setEvent: (event) => set({ event }),
  setPayload: (payload) => set({ payload }),
  setCode: (code) => set({ code }),
  setEnv: (env) => set({ env }),
  setSecrets: (secrets) => set({ secrets }),
  upsertSecret: (key, value) =>
    set((s) => ({
      secrets: s.secrets.some((r) => r.key === key)
        ? s.secrets.map((r) => (r.key === key ? { key, value } : r))
        : [...s.secrets, { key, value }],
    })),
  setMocks: (mocks) => set({ mocks }),
  setTimeoutMs: (timeoutMs) => set({ timeoutMs }),
  setKeepWarm: (keepWarm) => set({ keepWarm }),
  setCases: (cases) => set({ cases }),
});
