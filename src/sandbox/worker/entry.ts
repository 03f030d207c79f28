/**
 * The worker script (a classic worker started from a blob inside the sandbox frame): takes the
 * port to the app and serves it (port-service.ts). An error or a promise rejection nothing in
 * user code caught ends the process of the latest run's instance, as in Node (process-life.ts);
 * the browser fires `unhandledrejection` only for a rejection still unhandled at the end of
 * its turn, as Node does. What it calls on events is captured before any user code runs.
 */
import { apply, ownDescriptor } from '../../lib/intrinsics';
import type { Harness } from './harness';
import { servePort } from './port-service';
import { endLatestProcess } from './process-life';

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
  endLatestProcess('unhandled-rejection', read(rejectionReason, event));
});

self.addEventListener('error', (event: ErrorEvent) => {
  apply(preventDefault, event, []);
  endLatestProcess('uncaught-error', read(errorOf, event) ?? read(messageOf, event));
});
