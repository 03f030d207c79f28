// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogEntry } from '../../sandbox/protocol';
import { useStore } from '../../store/store';
import { DebuggerPanel } from './debugger-panel';
import { stepOfEntry, useDebugSession, useEditorDebugView } from './debug-session';
import {
  LIMITS,
  MapBuilder,
  num,
  outcomeOf,
  sampleProgram,
  TraceBuilder,
} from './test-support/trace-builder';
import { useDebuggerKeys } from './use-debugger-keys';

function Harness() {
  useDebuggerKeys();
  const view = useEditorDebugView();
  return (
    <>
      <DebuggerPanel />
      <p data-testid="editor">
        {view
          ? `${view.line}|${view.inline.map((v) => `${v.line}:${v.text}`).join(';')}`
          : 'closed'}
      </p>
    </>
  );
}

const openSample = () => {
  const { map, trace } = sampleProgram();
  const outcome = outcomeOf(trace, {
    logs: [{ level: 'Info', message: num(11), extras: [], timestamp: 1 }],
  });
  act(() => useDebugSession.getState().openRecording({ map, trace, outcome, limits: LIMITS }));
};
const stepText = () => screen.getByLabelText('Step').textContent;
const lineText = () => screen.getByLabelText('Current line').textContent;
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

beforeEach(() => {
  useStore.getState().setBreakpoints([]);
});
afterEach(() => {
  cleanup();
  act(() => useDebugSession.getState().closeDebugger());
});

describe('DebuggerPanel', () => {
  it('shows nothing until a recording opens, then opens at the first step inside lambda', () => {
    render(<Harness />);
    expect(screen.queryByRole('region', { name: 'Debugger' })).toBeNull();
    expect(screen.getByTestId('editor').textContent).toBe('closed');
    openSample();
    expect(screen.getByRole('region', { name: 'Debugger' })).toBeTruthy();
    expect(stepText()).toBe('Step 2 of 13');
    expect(lineText()).toBe('Line 7');
    expect(
      screen.getByText(/Recorded the whole run: 13 steps\. Records at most 10,000 steps/),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Step over' }).getAttribute('aria-keyshortcuts'),
    ).toBe('F10');
    expect(screen.getByRole('button', { name: 'Step over' }).title).toBe('Step over (F10)');
    click('Close the debugger');
    expect(screen.queryByRole('region', { name: 'Debugger' })).toBeNull();
  });

  it('moves with the buttons, the slider and the keys', () => {
    render(<Harness />);
    openSample();
    click('Step over');
    click('Step over');
    expect(lineText()).toBe('Line 9');
    click('Step into');
    expect([stepText(), lineText()]).toEqual(['Step 5 of 13', 'Line 3']);
    click('Step out');
    expect([stepText(), lineText()]).toEqual(['Step 7 of 13', 'Line 8']);
    click('Step back');
    expect(stepText()).toBe('Step 4 of 13');
    fireEvent.change(screen.getByRole('slider', { name: 'Steps' }), { target: { value: '9' } });
    expect([stepText(), lineText()]).toEqual(['Step 10 of 13', 'Line 4']);
    const f10 = new KeyboardEvent('keydown', { key: 'F10', bubbles: true, cancelable: true });
    act(() => void window.dispatchEvent(f10));
    expect(f10.defaultPrevented).toBe(true);
    expect(stepText()).toBe('Step 11 of 13');
    act(() => void fireEvent.keyDown(window, { key: 'F10', shiftKey: true }));
    expect(stepText()).toBe('Step 8 of 13');
    act(() => void fireEvent.keyDown(window, { key: 'F8' }));
    expect(stepText()).toBe('Step 13 of 13');
    act(() => void fireEvent.keyDown(window, { key: 'F8', shiftKey: true }));
    expect(stepText()).toBe('Step 1 of 13');
  });

  it('shows the variables of the step, expands objects, marks changes, and feeds the editor', () => {
    render(<Harness />);
    openSample();
    fireEvent.change(screen.getByRole('slider', { name: 'Steps' }), { target: { value: '9' } });
    const tree = screen.getByRole('tree', { name: 'Variables' });
    const sum = within(tree).getByText('sum').closest('[role="treeitem"]') as HTMLElement;
    expect(sum.textContent).toBe('sum: 11 (changed by the last step)');
    const a = within(tree).getByText('a').closest('[role="treeitem"]') as HTMLElement;
    expect(a.textContent).toBe('a: 10');
    // [0] is the input group's label, [1] its variable.
    const input = within(tree)
      .getAllByText('input')[1]!
      .closest('[role="treeitem"]') as HTMLElement;
    expect(input.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(input);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(within(input).getByRole('group').textContent).toBe('payload: "hi"');
    expect(screen.getByText('Changed: sum')).toBeTruthy();
    expect(screen.getByTestId('editor').textContent).toBe(
      '4|1:base = 10;2:a = 10, b = 1;3:sum = 11;6:input = {payload: "hi"};7:total = 10;8:i = 1;9:total = 10',
    );
  });

  it('lists the call stack and the timeline, and moves there on a click', () => {
    render(<Harness />);
    openSample();
    fireEvent.change(screen.getByRole('slider', { name: 'Steps' }), { target: { value: '9' } });
    const stack = screen.getByRole('list', { name: 'Call stack' });
    expect(
      within(stack)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['add line 4', 'lambda line 9']);
    fireEvent.click(within(stack).getByRole('button', { name: 'lambda line 9' }));
    expect(stepText()).toBe('Step 8 of 13');
    const timeline = screen.getByRole('list', { name: 'Timeline' });
    expect(
      within(timeline)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Console Info11step 12', 'Result11step 13']);
    fireEvent.click(within(timeline).getByRole('button', { name: /Console/ }));
    expect(stepText()).toBe('Step 12 of 13');
    expect(stepOfEntry('log', 0)).toBe(11);
    expect(stepOfEntry('request', 3)).toBeNull();
  });

  it('continues to conditional breakpoints, shows condition errors and logpoint messages', () => {
    render(<Harness />);
    openSample();
    act(() => useStore.getState().setBreakpoints([{ line: 3, condition: 'b === 1' }]));
    click('Continue');
    expect(stepText()).toBe('Step 9 of 13');
    act(() =>
      useStore.getState().setBreakpoints([
        { line: 3, condition: 'zz > 1' },
        { line: 4, log: 'sum={sum}' },
      ]),
    );
    expect(screen.getByText('zz is not defined at this step')).toBeTruthy();
    const timeline = screen.getByRole('list', { name: 'Timeline' });
    expect(
      within(timeline)
        .getAllByRole('button', { name: /Logpoint/ })
        .map((b) => b.textContent),
    ).toEqual(['Logpointsum=10step 6', 'Logpointsum=11step 10']);
    click('Continue');
    expect(stepText()).toBe('Step 13 of 13');
    fireEvent.change(screen.getByRole('textbox', { name: 'Condition of line 3' }), {
      target: { value: 'a === 10' },
    });
    expect(useStore.getState().breakpoints[0]).toEqual({ line: 3, condition: 'a === 10' });
    click('Reverse continue');
    expect(stepText()).toBe('Step 9 of 13');
    click('Remove the breakpoint on line 4');
    expect(useStore.getState().breakpoints).toEqual([{ line: 3, condition: 'a === 10' }]);
  });

  it('leaves the keys alone while closed or with a modifier', () => {
    render(<Harness />);
    const closed = new KeyboardEvent('keydown', { key: 'F10', bubbles: true, cancelable: true });
    window.dispatchEvent(closed);
    expect(closed.defaultPrevented).toBe(false);
    openSample();
    const withCtrl = new KeyboardEvent('keydown', { key: 'F10', ctrlKey: true, cancelable: true });
    act(() => void window.dispatchEvent(withCtrl));
    expect(withCtrl.defaultPrevented).toBe(false);
    expect(stepText()).toBe('Step 2 of 13');
  });

  // About 1 s alone; the time limit leaves room for a machine busy with other work.
  it('moves on a 10,000-step recording (prints the time per move)', { timeout: 30_000 }, () => {
    // A loop over 20 variables (one an object), logging every 50 steps.
    const m = new MapBuilder();
    const slots = Array.from({ length: 20 }, (_, i) => m.slot(0, `v${i}`, 'let'));
    const sites = slots.map((slot, i) => m.site(slot, 2 + i));
    const points = slots.map((_, i) => m.point(2 + i, 0));
    const t = new TraceBuilder();
    const frame = t.enter(0, -1, -1, 1);
    const logs: LogEntry[] = [];
    for (let i = 0; i < 10_000; i++) {
      t.step(points[i % 20]!, frame);
      t.write(
        sites[i % 20]!,
        frame,
        i % 20 === 0
          ? {
              t: 'object',
              ctor: null,
              entries: [
                ['n', num(i)],
                ['s', { t: 'string', v: 'x'.repeat(30) }],
              ],
            }
          : num(i),
      );
      if (i % 50 === 0) {
        t.event('log', logs.length);
        logs.push({ level: 'Info', message: num(i), extras: [], timestamp: i });
      }
    }
    const trace = t.end();
    render(<Harness />);
    act(() =>
      useDebugSession
        .getState()
        .openRecording({ map: m.map, trace, outcome: outcomeOf(trace, { logs }), limits: LIMITS }),
    );
    const moves = 200;
    const start = performance.now();
    for (let i = 0; i < moves; i++) act(() => useDebugSession.getState().moveTo(5000 + i));
    const perMove = (performance.now() - start) / moves;
    console.info(
      `debugger: ${perMove.toFixed(2)} ms per step move on a 10,000-step recording (jsdom)`,
    );
    expect(stepText()).toBe('Step 5,200 of 10,000');
    expect(screen.getAllByRole('treeitem', { name: /^v\d+:/ })).toHaveLength(20);
  });
});
