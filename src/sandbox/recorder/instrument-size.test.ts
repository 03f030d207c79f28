/**
 * The transform on real sizes: the V1 and V2 templates and a 2,000-line function instrument to
 * code that compiles, with a point per statement; the time each takes is printed (not asserted).
 */
import { describe, expect, it } from 'vitest';
import { functionTemplate } from '../../lib/function-templates';
import { toCommonJs } from '../../lib/module-syntax';
import { RECORDER_PARAM } from '../protocol';
import { instrument } from './instrument';

function bigFunction(lines: number): string {
  const body: string[] = [];
  for (let i = 0; i < lines; i++) {
    body.push(
      i % 4 === 0
        ? `  if (input.n > ${i}) { total += ${i} } else total -= 1;`
        : i % 4 === 1
          ? `  for (const item of [${i}, ${i + 1}]) total += item;`
          : i % 4 === 2
            ? `  const v${i} = { at: ${i}, f: (x) => x + total };`
            : `  list.push(v${i - 1}.f(${i}));`,
    );
  }
  return `function lambda(input) {\n  let total = 0; const list = [];\n${body.join('\n')}\n  return total;\n}\n`;
}

function timed(code: string): { ms: number; result: ReturnType<typeof instrument> } {
  const start = performance.now();
  const result = instrument(code);
  return { ms: performance.now() - start, result };
}

function compiles(code: string): void {
  new Function('exports', 'require', 'module', 'console', RECORDER_PARAM, code);
}

describe('instrument on real sizes', () => {
  it.each(['v1', 'v2'] as const)('instruments the %s template', (style) => {
    const code = toCommonJs(functionTemplate('surveybot_messaging_survey_ended', style));
    timed(code);
    const { ms, result } = timed(code);
    if (!result.ok) throw new Error(result.message);
    expect(() => compiles(result.code)).not.toThrow();
    expect(result.map.functions.map((f) => f.name)).toContain('lambda');
    console.log(`template ${style}: ${code.split('\n').length} lines in ${ms.toFixed(2)} ms`);
  });

  it('instruments a 2,000-line function', () => {
    const code = bigFunction(2000);
    const first = timed(code);
    for (let i = 0; i < 8; i++) timed(code);
    const { ms, result } = timed(code);
    if (!result.ok) throw new Error(result.message);
    expect(() => compiles(result.code)).not.toThrow();
    expect(result.code.split('\n')).toHaveLength(code.split('\n').length + 1);
    // A step per statement, plus one per loop iteration point and arrow body.
    expect(result.map.points.length).toBeGreaterThan(2000);
    console.log(
      `2,000-line function: first (cold) ${first.ms.toFixed(1)} ms, tenth ${ms.toFixed(1)} ms ` +
        `(${result.map.points.length} points, ${result.map.sites.length} write sites)`,
    );
  });
});
