import { describe, expect, it } from 'vitest';
import { nodeHarness } from './test-support/run-in-node';

const text = (run: Awaited<ReturnType<ReturnType<typeof nodeHarness>['run']>>) =>
  run.logs.map((entry) => (entry.message.t === 'string' ? entry.message.v : entry.message.t));

describe('timers of a warm instance', () => {
  it("runs a callback in the run that scheduled it: run 1's timers never write into run 2", async () => {
    const { run } = nodeHarness();
    // Run 1 leaves an interval and a nested timeout behind; run 2 lasts long enough to meet them.
    const code = `let runs = 0;
function lambda(input, callback) {
  runs++;
  if (runs === 1) {
    let ticks = 0;
    const interval = setInterval(() => {
      console.info('from run 1');
      if (++ticks === 40) clearInterval(interval);
    }, 5);
    setTimeout(() => setTimeout(() => { console.info('nested from run 1'); require('lp-faas-toolbelt').Toolbelt.HTTPClient()('https://a.test/').catch(() => {}); }, 30), 1);
    setTimeout(() => callback(null, runs), 20);
  } else {
    console.info('from run ' + runs);
    setTimeout(() => callback(null, runs), 80);
  }
}`;
    const first = await run(code);
    expect(text(first)).toContain('from run 1');
    const second = await run(code);
    expect(second.done).toMatchObject({ status: 'succeeded', coldStart: false });
    expect(text(second)).toEqual(['from run 2']);
    expect(second.requests).toEqual([]);
  });

  it('runs process.nextTick callbacks in the run that scheduled them', async () => {
    const { run } = nodeHarness();
    const code = `let runs = 0;
function lambda(input, callback) {
  runs++;
  if (runs === 1) setTimeout(() => callback(null, 1), 1);
  else setTimeout(() => callback(null, 2), 40);
  if (runs === 1) setTimeout(() => process.nextTick(() => console.info('tick of run 1')), 20);
}`;
    const first = await run(code);
    expect(text(first)).toEqual([]);
    const second = await run(code);
    expect(text(second)).toEqual([]);
  });
});
