/**
 * The worker script (a classic worker started from a blob inside the sandbox frame): takes the
 * port to the app, runs requests through the harness, asks the app for library sources, and
 * keeps errors nothing caught inside the run that caused them.
 */
import type { AppToWorkerMessage, LibraryName, RunRequest, WorkerMessage } from '../protocol';
import { describeFailure } from './error-info';
import { runBatch } from './batch-runner';
import { createHarness, type HarnessHost } from './harness';

let port: MessagePort | null = null;
let warmingUp = true;
const postMessage = MessagePort.prototype.postMessage;
const post = (message: WorkerMessage) => {
  if (port && !warmingUp) postMessage.call(port, message);
};

/** A run made before the worker reports ready, so that a user's first run meets compiled harness code. */
const WARM_UP: RunRequest = {
  code: "function lambda(input, callback) { console.info('warm-up', input.payload); callback(null, { ok: [input.payload] }); }",
  event: 'surveybot_messaging_survey_started',
  payload: { conversationId: 'warm-up', accountId: '0', skillId: '1' },
  env: [],
  secrets: [],
  mocks: [],
  timeoutMs: 1000,
  keepWarm: false,
};

const libraries = new Map<
  LibraryName,
  { promise: Promise<string>; resolve: (source: string) => void }
>();

const host: HarnessHost = {
  emit: post,
  loadLibrary(name) {
    let entry = libraries.get(name);
    if (!entry) {
      let resolve: (source: string) => void = () => {};
      const promise = new Promise<string>((r) => (resolve = r));
      entry = { promise, resolve };
      libraries.set(name, entry);
      post({ kind: 'library-request', name });
    }
    return entry.promise;
  },
};
const harness = createHarness(host);

function onPortMessage(event: MessageEvent<AppToWorkerMessage>): void {
  const message = event.data;
  if (message.kind === 'library-source') {
    libraries.get(message.name)?.resolve(message.source);
  } else if (message.kind === 'batch') {
    void runBatch(host, message.batchId, message.request, message.start);
  } else if (message.kind === 'run') {
    const { runId } = message;
    harness.run(runId, message.request).then(
      (done) => post({ kind: 'done', runId, done }),
      (error: unknown) => {
        const failure = { ...describeFailure(error, 'invoke'), code: 'playground.harness-failure' };
        const done = {
          status: 'failed' as const,
          hasResult: false,
          result: null,
          error: failure,
          contract: null,
          coldStart: true,
          droppedLogs: 0,
        };
        post({ kind: 'done', runId, done });
      },
    );
  }
}

self.addEventListener('message', function connect(event: MessageEvent) {
  const received = event.ports[0];
  if (port || !received || (event.data as { kind?: unknown } | null)?.kind !== 'connect') return;
  port = received;
  port.onmessage = onPortMessage;
  self.removeEventListener('message', connect);
  void harness.run(0, WARM_UP).finally(() => {
    warmingUp = false;
    post({ kind: 'ready' });
  });
});

self.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
  event.preventDefault();
  harness.reportUnhandledRejection(event.reason);
});

self.addEventListener('error', (event: ErrorEvent) => {
  event.preventDefault();
  harness.reportUncaughtError(event.error ?? event.message);
});
