import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterStartUp, CHECKED_MARK, markOnce, READY_MARK } from './start-up-marks';

/** Lets Node deliver pending PerformanceObserver entries. */
const observed = () => new Promise((resolve) => setImmediate(resolve));

describe('afterStartUp', () => {
  beforeEach(() => {
    performance.clearMarks();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => vi.useRealTimers());

  it('waits for the editor’s first checks, then runs the task once', async () => {
    const task = vi.fn();
    afterStartUp(task);
    vi.advanceTimersByTime(4000);
    expect(task).not.toHaveBeenCalled();
    markOnce(CHECKED_MARK);
    await observed();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs the task after five seconds when the checks never come', () => {
    const task = vi.fn();
    afterStartUp(task);
    vi.advanceTimersByTime(4999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs at once when the checks were already shown', () => {
    markOnce(CHECKED_MARK);
    const task = vi.fn();
    afterStartUp(task);
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });
});

describe('afterStartUp after another mark', () => {
  beforeEach(() => {
    performance.clearMarks();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // An idle moment that never comes: only `idle: false` may run the task.
    vi.stubGlobal('requestIdleCallback', () => 0);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for that mark only, and with idle off runs on the next task', async () => {
    const task = vi.fn();
    afterStartUp(task, { after: READY_MARK, idle: false });
    markOnce(CHECKED_MARK);
    await observed();
    vi.advanceTimersByTime(10);
    expect(task).not.toHaveBeenCalled();
    markOnce(READY_MARK);
    await observed();
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
  });
});

describe('markOnce', () => {
  it('sets a mark only the first time', () => {
    performance.clearMarks();
    markOnce('x-mark');
    markOnce('x-mark');
    expect(performance.getEntriesByName('x-mark')).toHaveLength(1);
  });
});
