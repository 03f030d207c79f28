import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-paint';

describe('afterNextPaint', () => {
  let frames: FrameRequestCallback[] = [];
  beforeEach(() => {
    frames = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const settled = async (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    await Promise.resolve();
    await Promise.resolve();
    return done;
  };

  it('waits for the next frame, then for the task after it', async () => {
    const waiting = afterNextPaint();
    vi.advanceTimersByTime(50);
    expect(await settled(waiting)).toBe(false);
    frames.shift()!(0);
    expect(await settled(waiting)).toBe(false);
    vi.advanceTimersByTime(0);
    expect(await settled(waiting)).toBe(true);
  });

  it('gives up waiting after 200 ms when no frame comes (a hidden tab)', async () => {
    const waiting = afterNextPaint();
    vi.advanceTimersByTime(199);
    expect(await settled(waiting)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(waiting)).toBe(true);
  });
});
