import { describe, expect, it } from 'vitest';
import {
  continueTo,
  firstLambdaStep,
  reverseContinue,
  stepBack,
  stepInto,
  stepOut,
  stepOver,
} from './navigation';
import { sampleRecording } from './test-support/trace-builder';

// Sample steps: 0 module; lambda 1-3, add 4-5, lambda 6-7, add 8-9, lambda 10-12.
const r = sampleRecording();

describe('navigation', () => {
  it('opens at the first step inside lambda, else at step 0', () => {
    expect(firstLambdaStep(r)).toBe(1);
    const moduleOnly = { ...r, frameFn: new Int32Array(r.frameFn.length) };
    expect(firstLambdaStep(moduleOnly)).toBe(0);
  });

  it('steps into calls, over them, and out of them', () => {
    expect(stepInto(r, 3)).toBe(4);
    expect(stepOver(r, 3)).toBe(6);
    expect(stepOver(r, 4)).toBe(5);
    expect(stepOver(r, 5)).toBe(6);
    expect(stepOut(r, 4)).toBe(6);
    expect(stepOut(r, 8)).toBe(10);
  });

  it('steps back over calls, stopping in the same frame or a shallower one', () => {
    expect(stepBack(r, 6)).toBe(3);
    expect(stepBack(r, 5)).toBe(4);
    expect(stepBack(r, 4)).toBe(3);
    expect(stepBack(r, 0)).toBe(0);
  });

  it('stays at the ends', () => {
    expect(stepInto(r, 12)).toBe(12);
    expect(stepOver(r, 12)).toBe(12);
    expect(stepOut(r, 11)).toBe(12);
  });

  it('continues to the next breakpoint hit and back to the previous one, else to the ends', () => {
    const onLine3 = (step: number) => r.lines[step] === 3;
    expect(continueTo(r, 1, onLine3)).toBe(4);
    expect(continueTo(r, 4, onLine3)).toBe(8);
    expect(continueTo(r, 8, onLine3)).toBe(12);
    expect(reverseContinue(r, 12, onLine3)).toBe(8);
    expect(reverseContinue(r, 4, onLine3)).toBe(0);
  });
});
