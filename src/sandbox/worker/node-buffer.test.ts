import { describe, expect, it } from 'vitest';
import { runInNode } from './test-support/run-in-node';
import { NodeBuffer } from './node-buffer';

describe('NodeBuffer', () => {
  it('converts between encodings as Node does', () => {
    const text = 'user:pässwörd ✓';
    for (const encoding of ['utf8', 'base64', 'base64url', 'hex', 'latin1'] as const) {
      expect(NodeBuffer.from(text).toString(encoding)).toBe(Buffer.from(text).toString(encoding));
      const encoded = Buffer.from(text).toString(encoding);
      expect(NodeBuffer.from(encoded, encoding).toString()).toBe(
        Buffer.from(encoded, encoding).toString(),
      );
    }
  });

  it('builds, joins and serialises buffers as Node does', () => {
    const joined = NodeBuffer.concat([NodeBuffer.from([1, 2]), NodeBuffer.alloc(1)]);
    expect(Array.from(joined)).toEqual([1, 2, 0]);
    expect(JSON.stringify(NodeBuffer.from('hi'))).toBe(JSON.stringify(Buffer.from('hi')));
    expect(NodeBuffer.byteLength('é')).toBe(2);
    expect(NodeBuffer.isBuffer(joined)).toBe(true);
    expect(() => NodeBuffer.from('x', 'utf16')).toThrow('Unknown encoding: utf16');
  });

  it('is the Buffer function code sees', async () => {
    const run = await runInNode(
      "async function lambda() { return 'Basic ' + Buffer.from('user:secret').toString('base64'); }",
    );
    expect(run.done.result).toEqual({ t: 'string', v: 'Basic dXNlcjpzZWNyZXQ=' });
  });
});
