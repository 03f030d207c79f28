import { createHash, createHmac, generateKeyPairSync } from 'node:crypto';
import jsonwebtoken from 'jsonwebtoken';
import OAuth from 'oauth-1.0a';
import { describe, expect, it } from 'vitest';
import { taggedToJson } from '../../lib/safe-serialise';
import { runInNode } from './test-support/run-in-node';

/** The value lambda returns (V2 style) or calls back with (V1), run in `runtime`. */
async function valueOf(code: string, runtime: 'v1' | 'v2' = 'v2', payload: unknown = {}) {
  const run = await runInNode(code, { runtime, payload: payload as Record<string, unknown> });
  expect(run.done.error).toBeNull();
  return run.done.result ? taggedToJson(run.done.result) : undefined;
}

describe('crypto', () => {
  it.each([
    "const crypto = require('crypto');",
    "const crypto = require('node:crypto');",
    "import crypto from 'crypto';",
    "import * as crypto from 'node:crypto';",
  ])('hashes and signs as Node does, required as `%s`', async (head) => {
    const value = await valueOf(
      `${head}\nexport async function lambda() {\n` +
        '  const out = [];\n' +
        "  for (const alg of ['md5', 'sha1', 'sha256', 'sha512'])\n" +
        "    for (const enc of ['hex', 'base64', 'base64url']) out.push(crypto.createHash(alg).update('héllo').digest(enc));\n" +
        "  out.push(crypto.createHmac('sha256', 'k').update('m').digest('hex'));\n" +
        '  return out; }',
    );
    const expected: string[] = [];
    for (const alg of ['md5', 'sha1', 'sha256', 'sha512'])
      for (const enc of ['hex', 'base64', 'base64url'] as const)
        expected.push(createHash(alg).update('héllo').digest(enc));
    expected.push(createHmac('sha256', 'k').update('m').digest('hex'));
    expect(value).toEqual(expected);
  });

  it('has randomBytes, randomUUID, timingSafeEqual and named imports', async () => {
    const value = (await valueOf(
      "import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'crypto';\n" +
        'export async function lambda() {\n' +
        "  const a = createHmac('sha1', 'key').update('x').digest();\n" +
        '  let unequal;\n' +
        '  try { timingSafeEqual(a, Buffer.alloc(1)); } catch (e) { unequal = [e.name, e.code]; }\n' +
        '  return [randomBytes(16).length, Buffer.isBuffer(randomBytes(2)), randomUUID(), timingSafeEqual(a, Buffer.from(a)), unequal]; }',
    )) as unknown[];
    expect(value.slice(0, 2)).toEqual([16, true]);
    expect(value[2]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(value.slice(3)).toEqual([true, ['RangeError', 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH']]);
  });

  it('signs and verifies with an RSA key (createSign, createVerify)', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const keys = {
      private: privateKey.export({ type: 'pkcs8', format: 'pem' }),
      public: publicKey.export({ type: 'spki', format: 'pem' }),
    };
    const value = await valueOf(
      "const crypto = require('crypto');\n" +
        'async function lambda(input) {\n' +
        "  const signature = crypto.createSign('RSA-SHA256').update('data').sign(input.payload.private, 'base64');\n" +
        "  return [crypto.createVerify('RSA-SHA256').update('data').verify(input.payload.public, signature, 'base64'),\n" +
        "    crypto.createVerify('RSA-SHA256').update('other').verify(input.payload.public, signature, 'base64')]; }",
      'v2',
      keys,
    );
    expect(value).toEqual([true, false]);
  });
});

describe('jsonwebtoken', () => {
  it('signs HS256 exactly as Node does and verifies it (V1)', async () => {
    const value = await valueOf(
      "const jwt = require('jsonwebtoken');\n" +
        'function lambda(input, cb) {\n' +
        "  const token = jwt.sign({ a: 1 }, 'secret', { algorithm: 'HS256', noTimestamp: true });\n" +
        "  let bad; try { jwt.verify(token, 'wrong'); } catch (e) { bad = e.message; }\n" +
        "  cb(null, [token, jwt.verify(token, 'secret'), bad]); }",
      'v1',
    );
    const token = jsonwebtoken.sign({ a: 1 }, 'secret', { algorithm: 'HS256', noTimestamp: true });
    expect(value).toEqual([token, { a: 1 }, 'invalid signature']);
  });

  it('signs RS256 with a PEM key and verifies with its public key (V2)', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const keys = {
      private: privateKey.export({ type: 'pkcs1', format: 'pem' }),
      public: publicKey.export({ type: 'spki', format: 'pem' }),
    };
    const value = (await valueOf(
      "import jwt from 'jsonwebtoken';\n" +
        'export async function lambda(input) {\n' +
        "  const token = jwt.sign({ sub: 'x' }, input.payload.private, { algorithm: 'RS256', noTimestamp: true });\n" +
        '  return [token, jwt.verify(token, input.payload.public)]; }',
      'v2',
      keys,
    )) as [string, unknown];
    expect(value[1]).toEqual({ sub: 'x' });
    expect(jsonwebtoken.verify(value[0], keys.public)).toEqual({ sub: 'x' });
  });
});

describe('oauth-1.0a', () => {
  it('runs the official V2 example style and signs as Node does', async () => {
    const request = {
      url: 'https://api.example.com/1/x?q=a b',
      method: 'POST',
      data: { status: 'hi' },
    };
    const value = (await valueOf(
      "import crypto from 'crypto';\nimport OAuth from 'oauth-1.0a';\n" +
        "const oauth = OAuth({ consumer: { key: 'ck', secret: 'cs' }, signature_method: 'HMAC-SHA1',\n" +
        "  hash_function(base, key) { return crypto.createHmac('sha1', key).update(base).digest('base64'); } });\n" +
        "oauth.getNonce = () => 'nonce'; oauth.getTimeStamp = () => 1700000000;\n" +
        'export async function lambda(input) {\n' +
        "  return oauth.toHeader(oauth.authorize(input.payload, { key: 'tk', secret: 'ts' })); }",
      'v2',
      request,
    )) as { Authorization: string };
    const oauth = new OAuth({
      consumer: { key: 'ck', secret: 'cs' },
      signature_method: 'HMAC-SHA1',
      hash_function: (base, key) => createHmac('sha1', key).update(base).digest('base64'),
    });
    oauth.getNonce = () => 'nonce';
    oauth.getTimeStamp = () => 1700000000;
    expect(value).toEqual(oauth.toHeader(oauth.authorize(request, { key: 'tk', secret: 'ts' })));
    expect(value.Authorization).toMatch(/^OAuth .*oauth_signature="/);
  });
});

describe('util, url, querystring', () => {
  it('are the browser implementations of Node’s modules', async () => {
    const value = await valueOf(
      "const util = require('util');\nconst url = require('node:url');\nconst qs = require('querystring');\n" +
        'async function lambda() {\n' +
        "  return [util.format('%s=%d', 'a', 1), typeof util.promisify, url.parse('https://a.b/c?d=1').pathname,\n" +
        "    new url.URL('https://a.b/c?d=1').searchParams.get('d'), qs.stringify({ a: 1, b: 'x y' }), qs.parse('a=1&b=2').b]; }",
    );
    expect(value).toEqual(['a=1', 'function', '/c', '1', 'a=1&b=x%20y', '2']);
  });
});
