/**
 * Counts the asynchronous work user code is waiting for (timers, mocked requests, library loads),
 * so the harness can tell when a function that has not answered never will. It keeps its
 * listeners where no Set or Array method user code replaced is involved.
 */
import { append, bare, objectKeys, textOf } from '../../lib/intrinsics';

/** The pending work of one instance. */
export class PendingWork {
  private count = 0;
  private nextListener = 0;
  private readonly listeners = bare({} as Record<string, () => void>);

  /** Records one piece of pending work; call the returned function once it is done. */
  hold(): () => void {
    this.count++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.count--;
      if (this.count !== 0) return;
      const keys = objectKeys(this.listeners);
      const current: (() => void)[] = [];
      for (let i = 0; i < keys.length; i++) append(current, this.listeners[keys[i]!]!);
      for (let i = 0; i < current.length; i++) current[i]!();
    };
  }

  /** Whether nothing is pending. */
  get idle(): boolean {
    return this.count === 0;
  }

  /** Calls `listener` each time pending work drops to none; returns the unsubscribe function. */
  onIdle(listener: () => void): () => void {
    const key = textOf(this.nextListener++);
    this.listeners[key] = listener;
    return () => {
      delete this.listeners[key];
    };
  }
}
