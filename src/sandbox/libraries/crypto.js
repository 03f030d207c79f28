/**
 * Node's `crypto` for the sandbox: crypto-browserify (the browserify project's implementation of
 * Node's hashes, HMAC, pbkdf2, ciphers, sign/verify and Diffie-Hellman on top of the `buffer`
 * package), plus what it lacks and real code uses: `randomUUID`, `timingSafeEqual`, and
 * `KeyObject` with `createSecretKey`/`createPrivateKey`/`createPublicKey` (jsonwebtoken 9 turns
 * every key into one before it signs or verifies).
 */
import browserify from 'crypto-browserify';
import parseKeys from 'parse-asn1';
import { Buffer } from 'buffer';

const MATERIAL = Symbol('key material');

function codeError(Kind, message, code) {
  const error = new Kind(message);
  error.code = code;
  return error;
}

/** A key, as Node's crypto.KeyObject: `secret` (bytes) or `private`/`public` (PEM text). */
export class KeyObject {
  constructor(type, material, asymmetricKeyType) {
    this.type = type;
    this[MATERIAL] = material;
    if (asymmetricKeyType) this.asymmetricKeyType = asymmetricKeyType;
  }
  /** The size of a secret key in bytes. */
  get symmetricKeySize() {
    return this.type === 'secret' ? this[MATERIAL].length : undefined;
  }
  /** A secret key's bytes, or an asymmetric key's PEM text. */
  export() {
    return this.type === 'secret' ? Buffer.from(this[MATERIAL]) : this[MATERIAL].key;
  }
}

function bytesOf(key, encoding) {
  if (typeof key === 'string') return Buffer.from(key, encoding);
  if (ArrayBuffer.isView(key)) return Buffer.from(key.buffer, key.byteOffset, key.byteLength);
  if (key instanceof ArrayBuffer) return Buffer.from(key);
  throw codeError(
    TypeError,
    'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey.',
    'ERR_INVALID_ARG_TYPE',
  );
}

/** A secret KeyObject of the key's bytes. */
export function createSecretKey(key, encoding) {
  return new KeyObject('secret', Buffer.from(bytesOf(key, encoding)));
}

function asymmetricKey(type, key) {
  const options = key && typeof key === 'object' && !ArrayBuffer.isView(key) ? key : { key };
  if (options.key instanceof KeyObject)
    return new KeyObject(type, options.key[MATERIAL], options.key.asymmetricKeyType);
  const pem = bytesOf(options.key, options.encoding).toString('utf8');
  if (!/-----BEGIN [A-Z ]*(PRIVATE KEY|PUBLIC KEY|CERTIFICATE)-----/.test(pem))
    throw codeError(
      Error,
      'error:0909006C:PEM routines:get_name:no start line',
      'ERR_OSSL_PEM_NO_START_LINE',
    );
  const material = { key: pem, passphrase: options.passphrase };
  const parsed = parseKeys(material);
  const kind = parsed.modulus ? 'rsa' : parsed.curve || parsed.type === 'ec' ? 'ec' : parsed.type;
  return new KeyObject(type, material, kind);
}

/** A private KeyObject of a PEM private key. */
export function createPrivateKey(key) {
  return asymmetricKey('private', key);
}

/** A public KeyObject of a PEM public key, certificate or private key. */
export function createPublicKey(key) {
  return asymmetricKey('public', key);
}

function materialOf(key) {
  if (key instanceof KeyObject) return key[MATERIAL];
  if (key && typeof key === 'object' && key.key instanceof KeyObject)
    return { ...key, key: key.key[MATERIAL] };
  return key;
}

/** An HMAC, whose key may be a KeyObject. */
export function createHmac(algorithm, key, options) {
  return browserify.createHmac(algorithm, materialOf(key), options);
}

/** A signer, whose `sign` takes a KeyObject too. */
export function createSign(algorithm, options) {
  const signer = browserify.createSign(algorithm, options);
  const sign = signer.sign;
  signer.sign = (key, encoding) => sign.call(signer, materialOf(key), encoding);
  return signer;
}

/** A verifier, whose `verify` takes a KeyObject too. */
export function createVerify(algorithm, options) {
  const verifier = browserify.createVerify(algorithm, options);
  const verify = verifier.verify;
  verifier.verify = (key, signature, encoding) =>
    verify.call(verifier, materialOf(key), signature, encoding);
  return verifier;
}

/** A random version 4 UUID. */
export function randomUUID() {
  const bytes = browserify.randomBytes(16);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Whether two buffers of the same length are equal, comparing every byte. */
export function timingSafeEqual(a, b) {
  if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b))
    throw codeError(
      TypeError,
      'The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.',
      'ERR_INVALID_ARG_TYPE',
    );
  const x = bytesOf(a);
  const y = bytesOf(b);
  if (x.length !== y.length)
    throw codeError(
      RangeError,
      'Input buffers must have the same byte length',
      'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
    );
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

export const {
  createHash,
  Hash,
  Hmac,
  getHashes,
  pbkdf2,
  pbkdf2Sync,
  randomBytes,
  randomFill,
  randomFillSync,
  pseudoRandomBytes,
  createCipheriv,
  createDecipheriv,
  Cipheriv,
  Decipheriv,
  getCiphers,
  createDiffieHellman,
  createDiffieHellmanGroup,
  getDiffieHellman,
  DiffieHellman,
  DiffieHellmanGroup,
  createECDH,
  publicEncrypt,
  privateEncrypt,
  publicDecrypt,
  privateDecrypt,
  Sign,
  Verify,
  constants,
} = browserify;
