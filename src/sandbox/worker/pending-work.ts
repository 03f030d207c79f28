/**
 * Counts the asynchronous work user code is waiting for (timers, mocked requests, library loads),
 * so the harness can tell when a function that has not answered never will.
 */
export class PendingWork {
  private count = 0;
  private readonly listeners = new Set<() => void>();

  /** Records one piece of pending work; call the returned function once it is done. */
  hold(): () => void {
    this.count++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.count--;
      if (this.count === 0) for (const listener of [...this.listeners]) listener();
    };
  }

  /** Whether nothing is pending. */
  get idle(): boolean {
    return this.count === 0;
  }

  /** Calls `listener` each time pending work drops to none; returns the unsubscribe function. */
  onIdle(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
