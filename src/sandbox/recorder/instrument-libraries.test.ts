/**
 * Real code instrumented: lodash, luxon and acorn (the project's own dependencies) load and
 * answer the same calls the same way plain and instrumented, while the recorder sees their steps.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RECORDER_PARAM, type RecorderProbe } from '../protocol';
import { instrument } from './instrument';
import { FakeRecorder } from './test-support/record-in-node';

function source(path: string): string {
  return readFileSync(
    fileURLToPath(new URL(`../../../node_modules/${path}`, import.meta.url)),
    'utf8',
  );
}

/** Evaluates a CommonJS or UMD library as the module wrapper would, with `recorder` in scope. */
function load(code: string, recorder: RecorderProbe | undefined): unknown {
  const module: { exports: unknown } = { exports: {} };
  const factory = new Function('exports', 'require', 'module', RECORDER_PARAM, 'define', code);
  factory.call(module.exports, module.exports, () => ({}), module, recorder, undefined);
  return module.exports;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- calls into untyped library exports */
const LIBRARIES: { path: string; use: (lib: any) => unknown }[] = [
  {
    path: 'lodash/lodash.js',
    use: (_) => [
      _.chunk([1, 2, 3, 4, 5], 2),
      _.groupBy([1.3, 2.1, 2.4], Math.floor),
      _.template('hi <%= name %>!')({ name: 'x' }),
      _.cloneDeep({ a: [1, { b: 2 }] }),
      _.merge({ a: [{ b: 1 }] }, { a: [{ c: 2 }] }),
      _.sortBy([{ n: 3 }, { n: 1 }], 'n'),
      _.camelCase('Foo Bar-baz'),
      _.range(0, 10, 3),
      _.memoize((x: number) => x * 2)(4),
      _.isEqual({ a: [1] }, { a: [1] }),
    ],
  },
  {
    path: 'luxon/build/cjs-browser/luxon.js',
    use: (l) => [
      l.DateTime.fromISO('2024-02-28T10:00:00Z', { zone: 'utc' }).plus({ days: 2 }).toISO(),
      l.Duration.fromObject({ hours: 25 }).shiftTo('days', 'hours').toObject(),
      l.Interval.fromISO('2024-01-01/2024-03-01').length('days'),
    ],
  },
  {
    path: 'acorn/dist/acorn.js',
    use: (a) =>
      JSON.stringify(
        a.parse(
          'class A { #x = 1; static { var y = `t${1}` } async *m() { for await (const q of r) yield q?.z ?? 2 } }',
          {
            ecmaVersion: 'latest',
            locations: true,
          },
        ),
      ),
  },
];
/* eslint-enable @typescript-eslint/no-explicit-any */

describe('libraries instrumented', () => {
  it.each(LIBRARIES)('$path behaves as plain', ({ path, use }) => {
    const code = source(path);
    const result = instrument(code);
    if (!result.ok) throw new Error(result.message);
    const plain = use(load(code, undefined));
    const recorder = new FakeRecorder(1_000_000);
    const instrumented = use(load(result.code, recorder));
    expect(instrumented).toEqual(plain);
    expect(recorder.steps.length).toBeGreaterThan(1000);
    expect(recorder.frames.length).toBeGreaterThan(100);
  });
});
