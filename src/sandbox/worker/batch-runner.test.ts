import { describe, expect, it } from 'vitest';
import { taggedToJson } from '../../lib/safe-serialise';
import type { BatchCase, BatchRequest, WorkerMessage } from '../protocol';
import { BATCH_LOGS_PER_CASE, runBatch } from './batch-runner';
import { makeRequest } from './test-support/run-in-node';

async function batch(
  code: string,
  items: BatchRequest['items'],
  options: Partial<Omit<BatchRequest, 'items'>> & { start?: number } = {},
) {
  const messages: WorkerMessage[] = [];
  const { keepWarm: _k, ...run } = makeRequest(code, { payload: { n: 1 } });
  const request: BatchRequest = { run, items, keepWarm: false, withLogs: false, ...options };
  await runBatch(
    { emit: (m) => messages.push(m), loadLibrary: () => Promise.reject(new Error('none')) },
    7,
    request,
    options.start ?? 0,
  );
  const cases = messages.flatMap((m) => (m.kind === 'batch-case' ? [m.case] : []));
  return { messages, cases, results: cases.map(resultOf) };
}
const resultOf = (c: BatchCase) => (c.result ? taggedToJson(c.result) : undefined);

const COUNTER =
  'let calls = 0; function lambda(input, callback) { calls++; callback(null, calls); }';

describe('runBatch', () => {
  it('runs each item and reports every case, then the end of the batch', async () => {
    const { messages, cases, results } = await batch(
      'async function lambda(input) { return input.payload.n * 2; }',
      [
        { payload: { n: 1 } },
        { payload: { n: 5 } },
        { edits: [{ op: 'set', path: ['n'], value: 4 }] },
      ],
    );
    expect(results).toEqual([2, 10, 8]);
    expect(cases.map((c) => c.index)).toEqual([0, 1, 2]);
    expect(cases.every((c) => c.status === 'succeeded' && c.durationMs >= 0)).toBe(true);
    expect(messages.at(-1)).toEqual({ kind: 'batch-done', batchId: 7 });
    expect(messages.every((m) => !('batchId' in m) || m.batchId === 7)).toBe(true);
  });

  it('reports failures with their error and goes on', async () => {
    const { cases } = await batch(
      'async function lambda(input) { return input.payload.ttr.ttrType; }',
      [{ payload: {} }, { payload: { ttr: { ttrType: 'URGENT' } } }],
    );
    expect(cases[0]).toMatchObject({
      status: 'failed',
      error: { code: 'com.liveperson.faas.handler.runtime-exception', name: 'TypeError' },
    });
    expect(resultOf(cases[1]!)).toBe('URGENT');
  });

  it('loads the code afresh for each case unless the batch keeps it warm', async () => {
    const items = [{}, {}, {}];
    expect((await batch(COUNTER, items)).results).toEqual([1, 1, 1]);
    expect((await batch(COUNTER, items, { keepWarm: true })).results).toEqual([1, 2, 3]);
  });

  it('starts at the given item', async () => {
    const { cases } = await batch(COUNTER, [{}, {}, {}], { start: 2 });
    expect(cases.map((c) => c.index)).toEqual([2]);
  });

  it('runs an item for its own event', async () => {
    const { results } = await batch(
      'function lambda(input, cb) { cb(null, process.env.BRAND_ID); }',
      [{ payload: { accountId: 'a1' }, event: 'surveybot_messaging_survey_started' }],
    );
    expect(results).toEqual(['a1']);
  });

  it('reports console entries only when asked, capped per case', async () => {
    const code =
      'async function lambda(input) { for (let i = 0; i < input.payload.n; i++) console.info("line " + i); return 1; }';
    const items = [{ payload: { n: 2 } }, { payload: { n: BATCH_LOGS_PER_CASE + 5 } }];
    expect((await batch(code, items)).cases.map((c) => c.logs.length)).toEqual([0, 0]);
    const { cases } = await batch(code, items, { withLogs: true });
    expect(cases.map((c) => c.logs.length)).toEqual([2, BATCH_LOGS_PER_CASE]);
    expect(cases[0]?.logs[1]).toMatchObject({
      level: 'Info',
      message: { t: 'string', v: 'line 1' },
    });
  });
});
