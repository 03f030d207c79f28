/**
 * One isolated instance: a hidden `<iframe sandbox="allow-scripts">` (never allow-same-origin)
 * whose document forbids every connection, running one classic worker. The app talks to the
 * worker over a MessageChannel and to the frame over another; it never listens to window
 * messages, and validates every message it receives.
 */
import { frameDocument } from './frame-document';
import { withinBudget } from './message-budget';
import {
  frameMessageSchema,
  workerMessageSchema,
  type AppToWorkerMessage,
  type FrameInitMessage,
  type WorkerMessage,
} from './protocol';

/** How long a frame may take to start its worker. */
const BOOT_TIMEOUT_MS = 15_000;
/** How often a watched frame's heartbeat is checked, and how long it may be silent. */
const HEARTBEAT = { checkMs: 500, lostMs: 3000 };

/** A booted frame and worker. */
export interface SandboxFrame {
  /** Sends a message to the worker. */
  post(message: AppToWorkerMessage): void;
  /** Receives the worker's validated messages, and a call (with the kind it claimed) for each message refused as malformed (replaces the previous listeners). */
  listen(
    listener: (message: WorkerMessage) => void,
    onMalformed?: (claimedKind: unknown) => void,
  ): void;
  /** Called once if the worker dies (an error event in the frame, e.g. out of memory). */
  onCrash(listener: (message: string) => void): void;
  /** Whether the frame's heartbeat is recent (its process is alive). */
  alive(): boolean;
  /** Calls `onLost` if the frame's heartbeat stops (its process died); returns the function that stops watching. */
  watchHeartbeat(onLost: () => void): () => void;
  /** Terminates the worker and removes the frame. */
  dispose(): void;
}

function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/[^A-Za-z0-9]/g, '');
}

/** The hidden, sandboxed iframe a worker runs in. */
function hiddenIframe(): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.setAttribute('sandbox', 'allow-scripts');
  iframe.setAttribute('aria-hidden', 'true');
  iframe.setAttribute('data-sandbox', '');
  iframe.tabIndex = -1;
  iframe.title = 'Function sandbox';
  iframe.style.display = 'none';
  iframe.srcdoc = frameDocument(randomNonce());
  return iframe;
}

/** Calls `onLost` if no beat is recorded in `beat.last` for a while; returns the function that stops watching. */
function watchBeat(beat: { last: number }, gone: () => boolean, onLost: () => void): () => void {
  let lastCheck = (beat.last = performance.now());
  const timer = setInterval(() => {
    const now = performance.now();
    // A late check means the app itself was busy or throttled: judge at the next one.
    if (now - lastCheck > HEARTBEAT.checkMs + 400) beat.last = now;
    else if (now - beat.last > HEARTBEAT.lostMs && !gone()) {
      clearInterval(timer);
      onLost();
    }
    lastCheck = now;
  }, HEARTBEAT.checkMs);
  return () => clearInterval(timer);
}

/** The app's end of `iframe`: a SandboxFrame over two new channels, and the ports to hand the frame. */
function appEnd(iframe: HTMLIFrameElement): { frame: SandboxFrame; ports: MessagePort[] } {
  const control = new MessageChannel();
  const data = new MessageChannel();
  let listener: (message: WorkerMessage) => void = () => {};
  let malformedListener: (claimedKind: unknown) => void = () => {};
  let crashListener: (message: string) => void = () => {};
  let disposed = false;
  const beat = { last: performance.now() };

  data.port1.onmessage = (event: MessageEvent) => {
    if (disposed) return;
    const received: unknown = event.data;
    const parsed = withinBudget(received) ? workerMessageSchema.safeParse(received) : null;
    if (parsed?.success) listener(parsed.data);
    else malformedListener((received as { kind?: unknown } | null)?.kind);
  };
  control.port1.onmessage = (event: MessageEvent) => {
    const received: unknown = event.data;
    const parsed = withinBudget(received) ? frameMessageSchema.safeParse(received) : null;
    if (!parsed?.success || disposed) return;
    if (parsed.data.kind === 'alive') beat.last = performance.now();
    else crashListener(parsed.data.message);
  };

  const frame: SandboxFrame = {
    post: (message) => {
      if (!disposed) data.port1.postMessage(message);
    },
    listen: (next, onMalformed = () => {}) => {
      listener = next;
      malformedListener = onMalformed;
    },
    onCrash: (next) => {
      crashListener = next;
    },
    alive: () => !disposed && performance.now() - beat.last < HEARTBEAT.lostMs,
    watchHeartbeat: (onLost) => watchBeat(beat, () => disposed, onLost),
    dispose: () => {
      if (disposed) return;
      disposed = true;
      control.port1.postMessage({ kind: 'terminate' });
      control.port1.close();
      data.port1.close();
      iframe.remove();
    },
  };
  return { frame, ports: [control.port2, data.port2] };
}

/** Starts a frame and its worker from `workerScript` (which may still be loading); resolves once the worker is ready. */
export function bootFrame(
  workerScript: string | Promise<string>,
  host: HTMLElement = document.body,
): Promise<SandboxFrame> {
  const iframe = hiddenIframe();
  const { frame, ports } = appEnd(iframe);
  return new Promise<SandboxFrame>((resolve, reject) => {
    const fail = (error: Error) => {
      clearTimeout(timer);
      frame.dispose();
      reject(error);
    };
    const timer = setTimeout(
      () => fail(new Error('The sandbox did not start in time')),
      BOOT_TIMEOUT_MS,
    );
    frame.listen((message) => {
      if (message.kind !== 'ready') return;
      clearTimeout(timer);
      frame.listen(() => {});
      resolve(frame);
    });
    frame.onCrash((message) => fail(new Error(`The sandbox worker failed to start: ${message}`)));
    iframe.addEventListener(
      'load',
      () => {
        Promise.resolve(workerScript).then(
          (script) => {
            const init: FrameInitMessage = { kind: 'init', workerScript: script };
            iframe.contentWindow?.postMessage(init, '*', ports);
          },
          (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))),
        );
      },
      { once: true },
    );
    host.append(iframe);
  });
}
