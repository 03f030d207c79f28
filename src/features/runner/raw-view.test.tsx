// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toTagged } from '../../lib/safe-serialise';
import type { RunOutcome } from '../../sandbox/protocol';
import { runOutcome } from '../../sandbox/test-support/run-outcome';
import { OutputView } from './output-view';
import { RawView } from './raw-view';

const base = runOutcome({
  hasResult: true,
  result: toTagged('ok'),
  moduleOutput: [
    { stream: 'stdout', text: 'module-level info { a: 1 }' },
    { stream: 'stderr', text: 'careful' },
  ],
  raw: `{\n    "result": "${'x'.repeat(50_000)}",\n    "logs": []\n}`,
});
const failed = (error: RunOutcome['error'], rest: Partial<RunOutcome> = {}): RunOutcome => ({
  ...base,
  status: 'failed',
  hasResult: false,
  result: null,
  error,
  ...rest,
});

afterEach(cleanup);

describe('RawView', () => {
  it('shows the whole JSON after the module-level output, with Copy and Download', () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.assign(navigator, { clipboard: { writeText } });
    const createObjectURL = vi.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    render(<RawView outcome={base} />);
    expect(screen.getByLabelText('Raw result').textContent).toBe(base.raw);
    expect(screen.getByRole('region', { name: /Printed before the JSON/ }).textContent).toContain(
      'module-level info { a: 1 }careful',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(base.raw);
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('lays out the first 100,000 characters of a huge output, and copies all of it', () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.assign(navigator, { clipboard: { writeText } });
    const raw = Array.from({ length: 3_000 }, (_, i) => `${i}`.padEnd(99, 'x')).join('\n');
    render(<RawView outcome={{ ...base, raw }} />);
    const shown = screen.getByLabelText('Raw result').textContent ?? '';
    expect(shown.length).toBeLessThanOrEqual(100_000);
    expect(raw.startsWith(`${shown}\n`)).toBe(true);
    expect(screen.getByText(/more characters are not shown here/).textContent).toContain(
      `… ${(raw.length - shown.length).toLocaleString('en')} more characters`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(raw);
  });

  it('says why the CLI prints no JSON, and offers nothing to copy', () => {
    const outcome = failed(
      {
        code: 'com.liveperson.faas.handler.runtime-exception',
        name: 'Error',
        message: 'in timer',
        phase: 'invoke',
        processEnded: 'uncaught-error',
      },
      { raw: '', noJson: 'its process ended (uncaught error)' },
    );
    render(<RawView outcome={outcome} />);
    expect(screen.getByLabelText('Raw result').textContent).toBe(
      'The CLI prints no JSON for this run: its process ended (uncaught error).',
    );
    expect(screen.queryByRole('button', { name: 'Copy' })).toBeNull();
  });
});

describe('OutputView error codes and module output', () => {
  it('shows the V2 platform code beside the legacy one', () => {
    render(
      <OutputView
        outcome={failed({
          code: 'com.liveperson.faas.handler.custom-failure',
          platformCode: 'com.customer.faas.function.threw-error',
          name: 'Error',
          message: 'boom',
          phase: 'invoke',
        })}
      />,
    );
    expect(screen.getByLabelText('Error').textContent).toMatch(
      /^com\.customer\.faas\.function\.threw-error \(legacy: com\.liveperson\.faas\.handler\.custom-failure\)boom/,
    );
  });

  it('says a process that ended has no code, and shows module-level output apart from logs', () => {
    render(
      <OutputView
        outcome={failed({
          code: 'com.liveperson.faas.handler.runtime-exception',
          name: 'TypeError',
          message: 'Do not know how to serialize a BigInt',
          phase: 'invoke',
          processEnded: 'unsendable-output',
        })}
      />,
    );
    expect(screen.getByLabelText('Error').textContent).toMatch(
      /^The runtime's process ended: a log or the result that JSON cannot carry/,
    );
    expect(
      screen.getByRole('region', { name: 'Printed at module level (not in logs)' }).textContent,
    ).toContain('module-level info { a: 1 }');
  });
});
