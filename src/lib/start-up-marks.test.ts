import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterStartUp, CHECKED_MARK, markOnce } from './start-up-marks';

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

describe('markOnce', () => {
  it('sets a mark only the first time', () => {
    performance.clearMarks();
    markOnce('x-mark');
    markOnce('x-mark');
    expect(performance.getEntriesByName('x-mark')).toHaveLength(1);
  });
});
