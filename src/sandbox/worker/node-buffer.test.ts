import { describe, expect, it } from 'vitest';
import { runInNode } from './test-support/run-in-node';
import { bufferModule, NodeBuffer } from './node-buffer';

describe('NodeBuffer', () => {
  it('converts between encodings as Node does, base64url included', () => {
    const text = 'user:pässwörd ✓ ~~~???';
    for (const encoding of ['utf8', 'base64', 'base64url', 'hex', 'latin1'] as const) {
      const encoded = Buffer.from(text).toString(encoding);
      expect(NodeBuffer.from(text).toString(encoding)).toBe(encoded);
      expect(NodeBuffer.from(encoded, encoding).toString()).toBe(
        Buffer.from(encoded, encoding).toString(),
      );
      expect(NodeBuffer.byteLength(encoded, encoding)).toBe(Buffer.byteLength(encoded, encoding));
    }
    expect(NodeBuffer.isEncoding('base64url')).toBe(true);
    const written = NodeBuffer.alloc(4);
    written.write('_-8', 0, 4, 'base64url' as never);
    expect(Array.from(written)).toEqual(Array.from(Buffer.from('_-8', 'base64url')).concat([0, 0]));
  });

  it('builds, compares, joins and serialises buffers as Node does', () => {
    const joined = NodeBuffer.concat([NodeBuffer.from([1, 2]), NodeBuffer.alloc(1)]);
    expect(Array.from(joined)).toEqual([1, 2, 0]);
    expect(JSON.stringify(NodeBuffer.from('hi'))).toBe(JSON.stringify(Buffer.from('hi')));
    expect(NodeBuffer.byteLength('é')).toBe(2);
    expect(NodeBuffer.isBuffer(joined)).toBe(true);
    expect(NodeBuffer.isBuffer(new Uint8Array(1))).toBe(false);
    expect(NodeBuffer.from('ab').equals(NodeBuffer.from('ab'))).toBe(true);
    expect(NodeBuffer.from([1, 2, 3, 4]).readUInt32BE(0)).toBe(
      Buffer.from([1, 2, 3, 4]).readUInt32BE(0),
    );
    expect(() => NodeBuffer.from('x', 'utf16' as never)).toThrow('Unknown encoding: utf16');
    expect(bufferModule.Buffer).toBe(NodeBuffer);
  });

  it('is the Buffer function code sees, global and required', async () => {
    const run = await runInNode(
      "const { Buffer: B } = require('buffer');\nasync function lambda() { return [B === Buffer, 'Basic ' + Buffer.from('user:secret').toString('base64')]; }",
    );
    expect(run.done.result).toMatchObject({
      items: [{ v: true }, { v: 'Basic dXNlcjpzZWNyZXQ=' }],
    });
  });
});
