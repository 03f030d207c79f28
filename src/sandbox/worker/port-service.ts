/**
 * Serves the app over the worker's port: runs and batches in, the harness's messages out, and
 * library sources fetched from the app on demand. A warm-up run (harness code only) compiles the
 * harness before the worker reports ready. Only `linkPort`'s closure holds the port.
 */
import { Builtins, guarded, SafeMap } from '../../lib/intrinsics';
import type {
  AppToWorkerMessage,
  LibraryName,
  RunDone,
  RunRequest,
  TraceRequest,
  WorkerMessage,
} from '../protocol';
import { runBatch } from './batch-runner';
import { createHarness, harnessFailure, type Harness, type HarnessHost } from './harness';
import { linkPort } from './port-link';

/**
 * A run made before the worker reports ready, so that a user's first run meets compiled harness
 * code. It is a V2 run: a V1 run would set the worker up as V1's Node, which the warm-up must not.
 */
const WARM_UP: RunRequest = {
  code: "async function lambda(input) { console.info('warm-up', input.payload); return { ok: [input.payload] }; }",
  event: 'surveybot_messaging_survey_started',
  payload: { conversationId: 'warm-up', accountId: '0', skillId: '1' },
  env: [],
  secrets: [],
  mocks: [],
  timeoutMs: 1000,
  keepWarm: false,
  runtime: 'v2',
};

/** Serves `port`: warms up, then reports `ready`; returns the harness (for the errors nothing caught). */
export function servePort(port: MessagePort): Harness {
  let warmingUp = true;
  const libraries = new SafeMap<
    LibraryName,
    { promise: Promise<string>; resolve: (source: string) => void }
  >();

  const answer = async (runId: number, request: RunRequest, trace?: TraceRequest) => {
    let done: RunDone;
    try {
      done = await guarded(harness.run(runId, request, trace));
    } catch (error) {
      done = harnessFailure(error);
    }
    post({ kind: 'done', runId, done });
  };

  const send = linkPort(port, (message: AppToWorkerMessage) => {
    if (message.kind === 'library-source') {
      libraries.get(message.name)?.resolve(message.source);
    } else if (message.kind === 'batch') {
      void runBatch(host, message.batchId, message.request, message.start);
    } else if (message.kind === 'run') {
      void answer(message.runId, message.request, message.trace);
    }
  });
  const post = (message: WorkerMessage) => {
    if (!warmingUp) send(message);
  };

  const host: HarnessHost = {
    emit: post,
    trimsRealm: true,
    loadLibrary(name) {
      let entry = libraries.get(name);
      if (!entry) {
        let resolve: (source: string) => void = () => {};
        const promise = new Builtins.Promise<string>((r) => (resolve = r));
        entry = { promise, resolve };
        libraries.set(name, entry);
        post({ kind: 'library-request', name });
      }
      return entry.promise;
    },
  };
  const harness = createHarness(host);

  void (async () => {
    try {
      await guarded(harness.run(0, WARM_UP));
    } finally {
      warmingUp = false;
      post({ kind: 'ready' });
    }
  })();
  return harness;
}
