import { describe, expect, it } from 'vitest';
import { FramePool } from './frame-pool';
import { fakeFrames } from './test-support/fake-frames';

/** A pool over fake frames. */
function fakePool() {
  const frames = fakeFrames();
  return { ...frames, pool: new FramePool(frames.options) };
}

describe('FramePool', () => {
  it('boots one spare ahead and hands it out, at once once it is booted', async () => {
    const { pool, started } = fakePool();
    pool.fill();
    pool.fill();
    expect(pool.takeReady()).toBeNull();
    const first = await pool.take();
    expect(started.map((s) => s.frame)).toEqual([first]);
    pool.fill();
    await expect.poll(() => started.length).toBe(2);
    await expect.poll(() => pool.takeReady()).toBe(started[1]?.frame);
    expect(pool.takeReady()).toBeNull();
  });

  it('boots a fresh frame when the spare died before it was taken', async () => {
    const { pool, started } = fakePool();
    pool.fill();
    await expect.poll(() => started.length).toBe(1);
    started[0]?.lose();
    expect(pool.takeReady()).toBeNull();
    const frame = await pool.take();
    expect(frame).toBe(started[1]?.frame);
    expect(started[0]?.disposed()).toBe(true);
  });

  it('keeps a frame given back as the spare, unless it has one', async () => {
    const { pool, started } = fakePool();
    const unused = await pool.take();
    pool.giveBack(unused);
    expect(pool.takeReady()).toBe(unused);
    pool.fill();
    pool.giveBack(unused);
    expect(started[0]?.disposed()).toBe(true);
    await expect.poll(() => started.length).toBe(2);
  });

  it('reports a crash or a lost heartbeat of the frame in use once, and drops the spare', async () => {
    const { pool, started } = fakePool();
    const deaths: string[] = [];
    pool.watch(await pool.take(), (detail) => deaths.push(detail));
    pool.fill();
    await expect.poll(() => started.length).toBe(2);
    started[0]?.crash('out of memory');
    started[0]?.lose();
    expect(deaths).toEqual([
      'The worker running the function died (out of memory): out of memory?',
    ]);
    await expect.poll(() => started[1]?.disposed()).toBe(true);

    const lostDeaths: string[] = [];
    pool.watch(await pool.take(), (detail) => lostDeaths.push(detail));
    started[2]?.lose();
    expect(lostDeaths).toEqual([expect.stringMatching(/stopped answering: its process died/)]);
  });

  it('stays silent once a frame is no longer watched', async () => {
    const { pool, started } = fakePool();
    const deaths: string[] = [];
    const unwatch = pool.watch(await pool.take(), (detail) => deaths.push(detail));
    unwatch();
    started[0]?.crash('late');
    started[0]?.lose();
    expect(deaths).toEqual([]);
  });

  it('disposes the spare and every frame handed out, and boots no more', async () => {
    const { pool, started } = fakePool();
    const inUse = await pool.take();
    const released = await pool.take();
    pool.release(released);
    pool.fill();
    await expect.poll(() => started.length).toBe(3);
    pool.dispose();
    await expect.poll(() => started.every((s) => s.disposed())).toBe(true);
    expect(inUse).toBe(started[0]?.frame);
    pool.fill();
    expect(started).toHaveLength(3);
    await expect(pool.take()).rejects.toThrow('the sandbox was disposed');
  });
});
