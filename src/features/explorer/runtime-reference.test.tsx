// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { rulesOf } from '../../schema/platform';
import { useStore } from '../../store/store';
import { RuntimeReference } from './runtime-reference';

afterEach(cleanup);

const row = (term: string) => {
  const dt = within(screen.getByRole('region', { name: 'Runtime reference' })).getByText(term);
  return dt.nextElementSibling?.textContent ?? '';
};

describe('RuntimeReference', () => {
  it("follows the chosen runtime: its Node, contract, console and the docs' disagreements", () => {
    act(() => void useStore.getState().setRuntime('v1'));
    render(<RuntimeReference />);
    expect(row('Node')).toBe(rulesOf('v1').nodeVersion);
    expect(row('Contract')).toContain('function lambda(input, callback)');
    expect(row('Console')).toBe(
      'console.debug, console.info, console.warn, console.error; any other method is not a function (a runtime exception)',
    );
    expect(row('Platform variables')).toBe('BRAND_ID');
    expect(screen.queryByRole('list', { name: 'Docs and CLI disagree' })).toBeNull();

    act(() => void useStore.getState().setRuntime('v2'));
    expect(row('Contract')).toContain('async function lambda(input)');
    expect(row('Console')).toContain('console.log');
    expect(row('Toolbelt clients')).not.toContain('HTTPClient');
    expect(row('Secrets')).toContain('cached 5 minutes');
    const notes = screen.getByRole('list', { name: 'Docs and CLI disagree' });
    expect(notes.textContent).toContain('console.log');
    expect(notes.textContent).toContain('com.customer.faas.function.js-runtime-error');
  });
});
