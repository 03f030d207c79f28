/** Test helper: runs function code through the harness in Node and collects what it reports. */
import { readFileSync } from 'node:fs';
import type {
  LibraryName,
  LogEntry,
  RequestLogEntry,
  RunDone,
  RunRequest,
  WorkerMessage,
} from '../../protocol';
import { createHarness, type Harness } from '../harness';
import { restoreRealm } from '../node-realm';

/** Captured: a V1 run removes the global (Node 14 lacks it). */
const clone = structuredClone;
const nodeModules = new URL('../../../../node_modules/', import.meta.url);
const LIBRARY_FILES: Record<LibraryName, string> = {
  lodash: 'lodash/lodash.min.js',
  luxon: 'luxon/build/cjs-browser/luxon.js',
  acorn: 'acorn/dist/acorn.js',
};

/** What one run reported. */
export interface NodeRun {
  done: RunDone;
  logs: LogEntry[];
  warnings: string[];
  requests: RequestLogEntry[];
  secretUpdates: { key: string; value: string }[];
  libraries: LibraryName[];
}

/** A request with defaults for what the test does not give. */
export function makeRequest(code: string, overrides: Partial<RunRequest> = {}): RunRequest {
  return {
    code,
    event: 'surveybot_messaging_survey_ended',
    payload: { conversationId: 'c-1', accountId: '123' },
    env: [],
    secrets: [],
    mocks: [],
    timeoutMs: 30_000,
    keepWarm: false,
    runtime: 'v1',
    ...overrides,
  };
}

/** A harness over Node, with libraries read from node_modules; `run` collects each run's messages. */
export function nodeHarness(): {
  harness: Harness;
  run(code: string, overrides?: Partial<RunRequest>): Promise<NodeRun>;
} {
  let messages: WorkerMessage[] = [];
  let libraries: LibraryName[] = [];
  let runId = 0;
  const harness = createHarness({
    trimsRealm: true,
    emit: (message) => messages.push(clone(message)),
    loadLibrary: async (name) => {
      libraries.push(name);
      return readFileSync(new URL(LIBRARY_FILES[name], nodeModules), 'utf8');
    },
  });
  return {
    harness,
    async run(code, overrides) {
      messages = [];
      libraries = [];
      let done: RunDone;
      try {
        done = await harness.run(++runId, makeRequest(code, overrides));
      } finally {
        // The harness trims the realm for a V1 run; vitest shares the realm and needs it whole.
        restoreRealm();
      }
      const requests = new Map<number, RequestLogEntry>();
      for (const m of messages) if (m.kind === 'request') requests.set(m.entry.id, m.entry);
      return {
        done,
        logs: messages.flatMap((m) => (m.kind === 'log' ? [m.entry] : [])),
        warnings: messages.flatMap((m) => (m.kind === 'warning' ? [m.text] : [])),
        requests: [...requests.values()],
        secretUpdates: messages.flatMap((m) =>
          m.kind === 'secret-updated' ? [{ key: m.key, value: m.value }] : [],
        ),
        libraries,
      };
    },
  };
}

/** Runs code once on a fresh harness. */
export function runInNode(code: string, overrides?: Partial<RunRequest>): Promise<NodeRun> {
  return nodeHarness().run(code, overrides);
}
