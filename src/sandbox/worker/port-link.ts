/**
 * The worker's end of its port to the app. What it calls on the port (postMessage, the onmessage
 * setter, the MessageEvent data getter) is captured when this module loads, before any user code
 * runs, and called through Reflect.apply captured then too: user code that replaces
 * Function.prototype.call, MessagePort.prototype.postMessage or MessageEvent.prototype.data never
 * receives the port, so it can never speak the protocol itself.
 */
import { apply, ownDescriptor } from '../../lib/intrinsics';
import type { AppToWorkerMessage, WorkerMessage } from '../protocol';

const postMessage = MessagePort.prototype.postMessage;
const setOnMessage = ownDescriptor(MessagePort.prototype, 'onmessage')?.set;
const eventData = ownDescriptor(MessageEvent.prototype, 'data')?.get;

/** Listens to `port` with `receive` and returns the function that sends to it; nothing else ever holds the port. */
export function linkPort(
  port: MessagePort,
  receive: (message: AppToWorkerMessage) => void,
): (message: WorkerMessage) => void {
  if (!setOnMessage || !eventData) throw new Error('MessagePort or MessageEvent is missing');
  apply(setOnMessage, port, [
    (event: MessageEvent) => receive(apply(eventData, event, []) as AppToWorkerMessage),
  ]);
  return (message) => {
    apply(postMessage, port, [message]);
  };
}
