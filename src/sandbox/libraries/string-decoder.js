/**
 * Node's `string_decoder` for the sandbox: the `string_decoder` package (Node's own code, for
 * browsers), with the `base64url` encoding Node has had since 14.18 (crypto's digests decode through it).
 */
import { StringDecoder as Base } from 'string_decoder/';

const toUrl = (text) => text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** Decodes buffers into strings, keeping a character split across two buffers whole. */
export class StringDecoder extends Base {
  constructor(encoding) {
    const url = typeof encoding === 'string' && encoding.toLowerCase() === 'base64url';
    super(url ? 'base64' : encoding);
    if (!url) return;
    this.url = true;
    // The package sets `end` on each decoder.
    const end = this.end;
    this.end = (buf) => toUrl(end.call(this, buf));
  }
  write(buf) {
    const text = super.write(buf);
    return this.url ? toUrl(text) : text;
  }
}
