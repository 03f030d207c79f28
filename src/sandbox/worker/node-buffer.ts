/**
 * Node's `buffer` module for function code: the `buffer` package (the browser implementation of
 * Node's Buffer that bundlers ship, shared with crypto and every library the sandbox loads), with
 * the `base64url` encoding Node has had since 14.18, which the package lacks.
 */
import * as bufferPackage from 'buffer/';

const { Buffer } = bufferPackage;
type Loose = (this: unknown, ...args: unknown[]) => unknown;

const isUrl = (encoding: unknown) =>
  typeof encoding === 'string' && encoding.toLowerCase() === 'base64url';
// The package decodes `-` and `_` as base64 does; only its encoding check refuses the name.
const asBase64 = (args: unknown[]) => args.map((arg) => (isUrl(arg) ? 'base64' : arg));

const proto = Buffer.prototype as unknown as Record<string, Loose>;
const statics = Buffer as unknown as Record<string, Loose>;
const { toString, write } = proto as { toString: Loose; write: Loose };
const { from, byteLength, isEncoding } = statics as {
  from: Loose;
  byteLength: Loose;
  isEncoding: Loose;
};

proto.toString = function (this: unknown, ...args: unknown[]) {
  const text = toString.apply(this, asBase64(args)) as string;
  return isUrl(args[0]) ? text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : text;
};
proto.write = function (this: unknown, ...args: unknown[]) {
  return write.apply(this, asBase64(args));
};
statics.from = function (this: unknown, ...args: unknown[]) {
  return from.apply(this, typeof args[0] === 'string' ? asBase64(args) : args);
};
statics.byteLength = function (this: unknown, ...args: unknown[]) {
  return byteLength.apply(this, asBase64(args));
};
statics.isEncoding = function (this: unknown, encoding: unknown) {
  return isUrl(encoding) || isEncoding.call(this, encoding);
};

/** Node's Buffer: the global `Buffer` and `require('buffer').Buffer`. */
export const NodeBuffer = Buffer;

/** The exports of `require('buffer')`. */
export const bufferModule = { ...bufferPackage };
