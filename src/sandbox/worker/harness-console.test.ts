import { describe, expect, it } from 'vitest';
import { runInNode } from './test-support/run-in-node';

describe('console', () => {
  it('writes one entry per call: message as given, the other arguments as extras', async () => {
    const code = `function lambda(input, callback) {
      console.debug("d");
      console.info({ a: 1 }, "x", 2);
      console.warn("w");
      console.error("e", new Error("inside"));
      callback(null);
    }`;
    const run = await runInNode(code);
    expect(run.logs.map((l) => l.level)).toEqual(['Debug', 'Info', 'Warn', 'Error']);
    expect(run.logs[1]).toMatchObject({
      message: { t: 'object', ctor: null, entries: [['a', { t: 'number', v: 1 }]] },
      extras: [
        { t: 'string', v: 'x' },
        { t: 'number', v: 2 },
      ],
    });
    expect(run.logs[3]?.extras[0]).toMatchObject({ t: 'error', message: 'inside' });
    expect(typeof run.logs[0]?.timestamp).toBe('number');
  });

  it('has no console.log: calling it is a runtime exception', async () => {
    const run = await runInNode(
      'function lambda(input, callback) { console.log("hi"); callback(null, 1); }',
    );
    expect(run.done.error).toMatchObject({
      code: 'com.liveperson.faas.handler.runtime-exception',
      name: 'TypeError',
      message: 'console.log is not a function',
    });
  });

  it('warns past 10 entries and past 6,000 characters, without failing', async () => {
    const many = await runInNode(
      'function lambda(i, cb) { for (let n = 0; n < 11; n++) console.info(n); cb(null); }',
    );
    expect(many.done.status).toBe('succeeded');
    expect(many.warnings.join()).toMatch(/More than 10 log entries/);
    const long = await runInNode(
      'function lambda(i, cb) { console.info("x".repeat(3000), "y".repeat(3001)); cb(null); }',
    );
    expect(long.warnings.join()).toMatch(/exceed 6,000 characters/);
    const fine = await runInNode(
      'function lambda(i, cb) { console.info("x".repeat(5000)); cb(null); }',
    );
    expect(fine.warnings).toEqual([]);
  });

  it('streams the first 1,000 entries of a flood and counts the rest', async () => {
    const run = await runInNode(
      'function lambda(i, cb) { for (let n = 0; n < 100000; n++) console.info("line " + n); cb(null, "done"); }',
    );
    expect(run.logs).toHaveLength(1000);
    expect(run.done.droppedLogs).toBe(99_000);
    expect(run.done.status).toBe('succeeded');
  });
});
