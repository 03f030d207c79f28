/**
 * The worker script (a classic worker started from a blob inside the sandbox frame): takes the
 * port to the app and serves it (port-service.ts), and keeps errors nothing caught inside the
 * run that caused them. What it calls on events is captured before any user code runs.
 */
import { apply, ownDescriptor } from '../../lib/intrinsics';
import type { Harness } from './harness';
import { servePort } from './port-service';

const preventDefault = Event.prototype.preventDefault;
const rejectionReason = ownDescriptor(PromiseRejectionEvent.prototype, 'reason')?.get;
const errorOf = ownDescriptor(ErrorEvent.prototype, 'error')?.get;
const messageOf = ownDescriptor(ErrorEvent.prototype, 'message')?.get;
const read = (getter: (() => unknown) | undefined, event: Event): unknown =>
  getter ? apply(getter, event, []) : undefined;

let harness: Harness | null = null;

self.addEventListener('message', function connect(event: MessageEvent) {
  const received = event.ports[0];
  if (harness || !received || (event.data as { kind?: unknown } | null)?.kind !== 'connect') return;
  self.removeEventListener('message', connect);
  harness = servePort(received);
});

self.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
  apply(preventDefault, event, []);
  harness?.reportUnhandledRejection(read(rejectionReason, event));
});

self.addEventListener('error', (event: ErrorEvent) => {
  apply(preventDefault, event, []);
  harness?.reportUncaughtError(read(errorOf, event) ?? read(messageOf, event));
});
