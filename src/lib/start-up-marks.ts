// The code editor's start-up marks (benchmarks read them) and the work that waits for them.

/** Performance mark set when the editor's code is requested (benchmarks split the JS there). */
export const REQUESTED_MARK = 'editor-requested';
/** Performance mark set when the editor shows the code and takes input (its lines are drawn). */
export const READY_MARK = 'editor-ready';
/** Performance mark set when the editor first shows TypeScript-backed checks. */
export const CHECKED_MARK = 'editor-checked';
/** Start-up work waits no longer than this for the editor's checks (they may never come). */
const LONGEST_WAIT_MS = 5000;

/** Sets a performance mark once. */
export function markOnce(name: string): void {
  if (!performance.getEntriesByName(name).length) performance.mark(name);
}

/** When start-up work runs: after which mark, and whether it also waits for an idle moment. */
export interface StartUpWait {
  /** The mark to wait for (default: the editor's first checks). */
  after?: string;
  /** Wait for an idle moment after the mark too (default: true). */
  idle?: boolean;
}

/**
 * Runs `task` once, after the editor's first checks (or another mark) and, unless told not to, in
 * an idle moment; after LONGEST_WAIT_MS at the latest: work such as booting the sandboxes would
 * otherwise share the CPU with Monaco and its TypeScript worker while the page starts.
 */
export function afterStartUp(
  task: () => void,
  { after = CHECKED_MARK, idle = true }: StartUpWait = {},
): void {
  let observer: PerformanceObserver | null = null;
  let done = false;
  const start = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    if (!idle) return void setTimeout(task, 0);
    const whenIdle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 0));
    whenIdle(() => task(), { timeout: 1000 });
  };
  const timer = setTimeout(start, LONGEST_WAIT_MS);
  if (performance.getEntriesByName(after).length) return start();
  observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(after).length) start();
  });
  observer.observe({ type: 'mark' });
}
