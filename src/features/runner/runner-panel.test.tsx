// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toTagged } from '../../lib/safe-serialise';
import type { LogEntry, RunOutcome } from '../../sandbox/protocol';
import { runOutcome } from '../../sandbox/test-support/run-outcome';
import { useStore } from '../../store/store';
import { formatValue } from './format-value';
import { RunnerPanel } from './runner-panel';
import { useRunState } from './run-state';

const log = (level: LogEntry['level'], message: unknown, ...extras: unknown[]): LogEntry => ({
  level,
  message: toTagged(message),
  extras: extras.map((e) => toTagged(e)),
  timestamp: 0,
});

const base = runOutcome({
  hasResult: true,
  result: toTagged({ ok: true }),
  logs: [log('Info', 'hello', { a: 1 }), log('Debug', 'details')],
  warnings: ['More than 10 log entries in one run'],
  raw: '{\n    "result": {\n        "ok": true\n    },\n    "logs": []\n}',
});

const show = (outcome: RunOutcome) => {
  useRunState.setState({ running: false, startedAt: null, progress: null, outcome });
  return render(<RunnerPanel />);
};

afterEach(cleanup);

describe('RunnerPanel', () => {
  it('lays out the first 50,000 characters of a huge value and says where the rest is', () => {
    show({
      ...base,
      result: toTagged(Array.from({ length: 100 }, (_, i) => 'x'.repeat(1_000) + i)),
    });
    const shown = screen.getByLabelText('Returned value').textContent ?? '';
    expect(shown.length).toBeLessThanOrEqual(50_000);
    expect(shown.length).toBeGreaterThan(45_000);
    expect(shown.endsWith('",')).toBe(true);
    const full = formatValue(
      toTagged(Array.from({ length: 100 }, (_, i) => 'x'.repeat(1_000) + i)),
    );
    const note = screen.getByText(/more characters of this value are not shown here/);
    expect(note.textContent).toContain(
      `… ${(full.length - shown.length).toLocaleString('en')} more`,
    );
    expect(note.textContent).toContain('Raw tab');
  });

  it('shows status, returned value, warnings and console entries under the contract names', () => {
    show(base);
    expect(screen.getByRole('region', { name: 'Result' })).toBeTruthy();
    expect(screen.getByLabelText('Run status').textContent).toBe('Succeeded in 4 ms');
    expect(screen.getByLabelText('Returned value').textContent).toBe('{\n  "ok": true\n}');
    expect(screen.getByText(/survey bot ignores/)).toBeTruthy();
    expect(screen.getByText('More than 10 log entries in one run')).toBeTruthy();
    const entries = within(screen.getByRole('log', { name: 'Console' })).getAllByRole('listitem');
    expect(entries.map((e) => e.textContent?.slice(0, 20))).toEqual([
      '[Info] hello {"a":1}',
      '[Debug] details00:00',
    ]);
  });

  it('filters console levels', () => {
    show(base);
    fireEvent.click(screen.getByLabelText('Debug (1)'));
    expect(
      within(screen.getByRole('log', { name: 'Console' })).getAllByRole('listitem'),
    ).toHaveLength(1);
  });

  it('shows the error code then the message, and why console.log failed', () => {
    show({
      ...base,
      status: 'failed',
      hasResult: false,
      result: null,
      error: {
        code: 'com.liveperson.faas.handler.runtime-exception',
        name: 'TypeError',
        message: 'console.log is not a function',
        phase: 'invoke',
        line: 2,
        column: 11,
      },
    });
    expect(screen.getByLabelText('Run status').textContent).toMatch(/^Failed/);
    expect(screen.getByLabelText('Error').textContent).toMatch(
      /^com\.liveperson\.faas\.handler\.runtime-exceptionconsole\.log is not a function/,
    );
    expect(screen.queryByLabelText('Returned value')).toBeNull();
    expect(screen.getByText(/has no/).textContent).toMatch(/console\.info/);
  });

  it('shows the CLI output in the Raw tab', () => {
    show(base);
    fireEvent.click(screen.getByRole('tab', { name: 'Raw' }));
    expect(screen.getByLabelText('Raw result').textContent).toBe(base.raw);
  });

  it('adds a mock for a request nothing answered', () => {
    useStore.getState().setMocks([]);
    show({
      ...base,
      requests: [
        {
          id: 1,
          client: 'fetch',
          method: 'POST',
          url: 'https://api.example.com/x?y=1',
          requestHeaders: {},
          mockIndex: null,
          startedMs: 0,
          durationMs: 0,
          error: 'No mock rule matches',
        },
      ],
    });
    fireEvent.click(screen.getByRole('tab', { name: 'Requests' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a mock for this URL' }));
    expect(useStore.getState().mocks).toEqual([
      { method: 'POST', url: 'https://api.example.com/x', status: 200, body: {} },
    ]);
  });

  it('links console entries and requests to their debugger steps when given step links', () => {
    const request = (id: number) => ({
      id,
      client: 'fetch' as const,
      method: 'GET',
      url: `https://api.example.com/${id}`,
      requestHeaders: {},
      mockIndex: 0,
      startedMs: 0,
      durationMs: 1,
      status: 200,
    });
    const go = vi.fn();
    const stepLinks = {
      log: (index: number) => (index === 1 ? 12 : null),
      request: (id: number) => (id === 7 ? 30 : null),
      go,
    };
    useRunState.setState({
      running: false,
      startedAt: null,
      progress: null,
      outcome: { ...base, requests: [request(7), request(8)] },
    });
    render(<RunnerPanel stepLinks={stepLinks} />);
    // Filtering keeps each entry's own index in the run's logs.
    fireEvent.click(screen.getByLabelText('Info (1)'));
    fireEvent.click(screen.getByRole('button', { name: 'Go to step 12' }));
    expect(go).toHaveBeenLastCalledWith(12);
    expect(screen.getByRole('button', { name: 'Go to step 12' }).textContent).toBe('Step 12');
    fireEvent.click(screen.getByRole('tab', { name: 'Requests' }));
    const links = screen.getAllByRole('button', { name: /^Go to step/ });
    expect(links.map((b) => b.getAttribute('aria-label'))).toEqual(['Go to step 30']);
    fireEvent.click(links[0]!);
    expect(go).toHaveBeenLastCalledWith(30);
  });

  it('shows no step links without them', () => {
    show(base);
    expect(screen.queryByRole('button', { name: /^Go to step/ })).toBeNull();
  });
});
