// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SecretReadsView } from './secret-reads-view';
import { secretsHint } from './secret-texts';

afterEach(cleanup);

describe('SecretReadsView', () => {
  it('lists each read with its source, and nothing when the run read no secret', () => {
    const { rerender } = render(
      <SecretReadsView
        reads={[
          { key: 'creds', from: 'store' },
          { key: 'creds', from: 'cache' },
        ]}
      />,
    );
    const items = within(screen.getByRole('region', { name: 'Secrets read' })).getAllByRole(
      'listitem',
    );
    expect(items.map((item) => item.textContent)).toEqual([
      'creds from the secret store',
      "creds from the instance's cache (V2 caches reads for 5 minutes)",
    ]);
    rerender(<SecretReadsView reads={[]} />);
    expect(screen.queryByRole('region', { name: 'Secrets read' })).toBeNull();
  });
});

describe('secretsHint', () => {
  it("says each runtime's limit and cache", () => {
    expect(secretsHint('v1')).toContain('values at most 10,000 characters.');
    expect(secretsHint('v1')).toContain('V1 reads the secret store on every read');
    expect(secretsHint('v2')).toContain('values at most 16,384 characters as JSON text');
    expect(secretsHint('v2')).toContain('V2 caches each read for 5 minutes');
  });
});
