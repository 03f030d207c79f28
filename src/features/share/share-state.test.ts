import { describe, expect, it } from 'vitest';
import { decodeShareLink, encodeShareLink } from '../../lib/share-link/codec';
import { decodePlainLink, encodePlainLink } from '../../lib/share-link/plain-link';
import { defaultWorkspace } from '../../store/workspace-slice';
import { workspaceFrom } from './link-import';
import { DEFAULT_SHARE_OPTIONS, linkStateOf } from './share-state';

const code = 'function lambda(input, callback) {\n  const a = 1;\n  callback(null, a);\n}\n';
const breakpoints = [{ line: 2 }, { line: 3, condition: 'a > 0' }, { line: 4, log: 'a={a}' }];
const workspace = { ...defaultWorkspace(), code, breakpoints };

describe('breakpoints in share links', () => {
  it('go with the code and come back from a compact link', () => {
    const state = linkStateOf(workspace, DEFAULT_SHARE_OPTIONS);
    expect(state.breakpoints).toEqual(breakpoints);
    const decoded = decodeShareLink(encodeShareLink(state));
    expect(decoded).toEqual({ state });
    expect(workspaceFrom(state, workspace).breakpoints).toEqual(breakpoints);
  });

  it('stay out of a link without the code', () => {
    const state = linkStateOf(workspace, { ...DEFAULT_SHARE_OPTIONS, code: false });
    expect(state.code).toBeUndefined();
    expect('breakpoints' in state).toBe(false);
  });

  it('are dropped on import when their line is past the code end', () => {
    const state = { code, breakpoints: [{ line: 5 }, { line: 6 }, { line: 90, log: 'x' }] };
    const plain = decodePlainLink(encodePlainLink(state));
    expect(plain).toEqual({ state });
    expect(workspaceFrom(state, workspace).breakpoints).toEqual([{ line: 5 }]);
  });

  it('are empty for a link made before they existed', () => {
    const old =
      '#s=1qINJAdM-vG8Q5Oru6Q9KZPCORG5qIjgR5oJVlRblIPUXKpB7C_pa0IxfCkyaRgaGIE3ABoapATDVAQAqxA';
    const decoded = decodeShareLink(old);
    if (!('state' in decoded)) throw new Error(decoded.error);
    expect(decoded.state.timeoutMs).toBe(5000);
    expect(workspaceFrom(decoded.state, workspace).breakpoints).toEqual([]);
  });
});
