/**
 * Test helper: serves the harness over a real MessageChannel, as the worker does, and runs code
 * through it. It reads what arrives with built-ins captured at load, so that it keeps working
 * while user code has replaced Array.prototype.push and the like.
 */
import { append } from '../../../lib/intrinsics';
import type { RunDone, RunRequest, TraceRequest, WorkerMessage } from '../../protocol';
import { restoreRealm } from '../node-realm';
import { servePort } from '../port-service';
import { makeRequest } from './run-in-node';

/** What one run sent over the port, in order. */
export interface PortRun {
  messages: WorkerMessage[];
  done: RunDone;
}

/** A served port; `run` posts a run request and collects every message until its `done`. */
export async function portHarness(): Promise<{
  run(
    code: string,
    overrides?: Partial<RunRequest>,
    onDone?: () => void,
    trace?: TraceRequest,
  ): Promise<PortRun>;
  close(): void;
}> {
  const channel = new MessageChannel();
  servePort(channel.port2);
  let listener: (message: WorkerMessage) => void = () => {};
  channel.port1.onmessage = (event: MessageEvent<WorkerMessage>) => listener(event.data);
  await new Promise<void>((resolve) => {
    listener = (message) => {
      if (message.kind === 'ready') resolve();
    };
  });
  let runId = 0;
  return {
    run(code, overrides, onDone, trace) {
      const id = ++runId;
      const messages: WorkerMessage[] = [];
      return new Promise((resolve) => {
        listener = (message) => {
          if (message.kind === 'done' && message.runId === id) onDone?.();
          append(messages, message);
          if (message.kind === 'done' && message.runId === id) {
            // The harness trims the realm for a V1 run; vitest shares the realm and needs it whole.
            restoreRealm();
            resolve({ messages, done: message.done });
          }
        };
        channel.port1.postMessage({
          kind: 'run',
          runId: id,
          request: makeRequest(code, overrides),
          ...(trace ? { trace } : {}),
        });
      });
    },
    close() {
      channel.port1.close();
      channel.port2.close();
    },
  };
}
