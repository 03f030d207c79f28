/** Test helper: runs function code through the harness in Node and collects what it reports. */
import { readFileSync } from 'node:fs';
import type {
  LibraryName,
  LogEntry,
  RequestLogEntry,
  RunDone,
  RunRequest,
  TraceBatch,
  TraceRequest,
  WorkerMessage,
} from '../../protocol';
import { runtimeOfCode, type Runtime } from '../../../schema/workspace';
import { bundleLibrary } from '../../libraries/library-bundles';
import { createHarness, type Harness } from '../harness';
import { prepareRealm, restoreRealm } from '../node-realm';

/** Captured: a V1 run removes the global (Node 14 lacks it). */
const clone = structuredClone;
const acorn = new URL('../../../../node_modules/acorn/dist/acorn.js', import.meta.url);

/** What one run reported. */
export interface NodeRun {
  done: RunDone;
  logs: LogEntry[];
  warnings: string[];
  requests: RequestLogEntry[];
  secretUpdates: { key: string; value: string; type: 'text' | 'json' }[];
  secretReads: { key: string; from: 'cache' | 'store' }[];
  libraries: LibraryName[];
  /** A Debug run's trace batches, in order (none for a plain run). */
  batches: TraceBatch[];
}

/** A request with defaults for what the test does not give (the runtime: the one the code is written for). */
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
    runtime: runtimeOfCode(code),
    ...overrides,
  };
}

/** A harness over Node, with the libraries the browser loads (bundled the same way); `run` collects each run's messages. */
export function nodeHarness(): {
  harness: Harness;
  run(code: string, overrides?: Partial<RunRequest>, trace?: TraceRequest): Promise<NodeRun>;
} {
  let messages: WorkerMessage[] = [];
  let libraries: LibraryName[] = [];
  let runId = 0;
  let runtime: Runtime = 'v1';
  const harness = createHarness({
    trimsRealm: true,
    emit: (message) => messages.push(clone(message)),
    loadLibrary: async (name) => {
      libraries.push(name);
      if (name === 'acorn') return readFileSync(acorn, 'utf8');
      // The bundler runs in this realm too: give it the whole realm, then trim it again.
      restoreRealm();
      try {
        return await bundleLibrary(name);
      } finally {
        prepareRealm(runtime);
      }
    },
  });
  return {
    harness,
    async run(code, overrides, trace) {
      messages = [];
      libraries = [];
      let done: RunDone;
      const request = makeRequest(code, overrides);
      runtime = request.runtime;
      try {
        done = await harness.run(++runId, request, trace);
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
          m.kind === 'secret-updated' ? [{ key: m.key, value: m.value, type: m.type }] : [],
        ),
        secretReads: messages.flatMap((m) =>
          m.kind === 'secret-read' ? [{ key: m.key, from: m.from }] : [],
        ),
        libraries,
        batches: messages.flatMap((m) => (m.kind === 'trace' ? [m.batch] : [])),
      };
    },
  };
}

/** Runs code once on a fresh harness (a Debug run with `trace`). */
export function runInNode(
  code: string,
  overrides?: Partial<RunRequest>,
  trace?: TraceRequest,
): Promise<NodeRun> {
  return nodeHarness().run(code, overrides, trace);
}
