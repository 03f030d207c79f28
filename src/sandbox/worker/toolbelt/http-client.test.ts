import { describe, expect, it } from 'vitest';
import type { MockRule } from '../../../schema/workspace';
import { taggedToJson } from '../../../lib/safe-serialise';
import { runInNode } from '../test-support/run-in-node';
import { encodeQuery } from './http-client';

const v1 = (body: string) =>
  `const { Toolbelt } = require('lp-faas-toolbelt');\nconst http = Toolbelt.HTTPClient();\nasync function lambda(input, callback) {\n${body}\n}`;
const mocks: MockRule[] = [
  { method: 'GET', url: 'https://api.example.com/items/*', body: { id: 7 } },
  { method: 'POST', url: 'https://api.example.com/fail', status: 503, body: 'down' },
  { url: 'https://api.example.com/text', body: 'plain', headers: { 'X-Thing': '1' } },
];
const valueOf = async (body: string) => {
  const run = await runInNode(v1(body), { mocks });
  return { run, value: run.done.result ? taggedToJson(run.done.result) : undefined };
};

describe('HTTPClient (request-promise API)', () => {
  it.each(['https:///path', 'www.mywebsite.com/request', 'ftp://x.test/'])(
    'rejects %s as request-promise does: Invalid URI',
    async (url) => {
      const { run } = await valueOf(
        `try { await http('${url}'); callback(null, 'sent'); } catch (e) { callback(null, e.message); }`,
      );
      expect(taggedToJson(run.done.result!)).toBe(`Invalid URI "${url}"`);
      expect(run.requests).toEqual([]);
    },
  );

  it('resolves the body as text, or parsed with json: true', async () => {
    expect(
      (await valueOf("callback(null, await http('https://api.example.com/items/1'));")).value,
    ).toBe('{"id":7}');
    expect(
      (
        await valueOf(
          "callback(null, await http({ uri: 'https://api.example.com/items/1', json: true }));",
        )
      ).value,
    ).toEqual({ id: 7 });
    expect(
      (
        await valueOf(
          "callback(null, await http.get('https://api.example.com/items/1', { json: true }));",
        )
      ).value,
    ).toEqual({ id: 7 });
  });

  it('resolves the full response with resolveWithFullResponse', async () => {
    const { value } = await valueOf(
      "callback(null, await http({ url: 'https://api.example.com/text', method: 'get', resolveWithFullResponse: true }));",
    );
    expect(value).toEqual({
      statusCode: 200,
      statusMessage: 'OK',
      headers: { 'x-thing': '1' },
      body: 'plain',
    });
  });

  it('rejects a non-2xx answer with a StatusCodeError unless simple is false', async () => {
    const { run } = await valueOf(
      "await http({ uri: 'https://api.example.com/fail', method: 'POST', body: { a: 1 }, json: true }); callback(null);",
    );
    expect(run.done.error).toMatchObject({
      name: 'StatusCodeError',
      message: '503 - "down"',
      code: 'com.liveperson.faas.handler.custom-failure',
    });
    const { value } = await valueOf(
      "callback(null, await http({ uri: 'https://api.example.com/fail', method: 'POST', simple: false }));",
    );
    expect(value).toBe('down');
  });

  it('fails an unmatched request naming its URL, and logs every request', async () => {
    const { run } = await valueOf(
      "await http('https://api.example.com/items/1', { qs: { a: 1 } });\nawait http.post('https://other.example.com/x?y=1', { body: 'b' }); callback(null);",
    );
    expect(run.done.error?.message).toBe(
      'Error: No mock rule matches POST https://other.example.com/x?y=1. The playground makes no real requests: add a mock rule for this URL.',
    );
    expect(run.done.error?.name).toBe('RequestError');
    expect(run.requests).toMatchObject([
      {
        id: 1,
        client: 'HTTPClient',
        method: 'GET',
        url: 'https://api.example.com/items/1?a=1',
        mockIndex: 0,
        status: 200,
        responseBody: '{"id":7}',
      },
      {
        id: 2,
        method: 'POST',
        mockIndex: null,
        requestBody: 'b',
        error: expect.stringContaining('No mock rule'),
      },
    ]);
    expect(run.requests[0]?.durationMs).toEqual(expect.any(Number));
  });

  it('sends json bodies and headers as request does', async () => {
    const { run } = await valueOf(
      "await http({ uri: 'https://api.example.com/text', method: 'PUT', body: { a: 1 }, json: true, headers: { 'X-A': 'b' } }); callback(null);",
    );
    expect(run.requests[0]).toMatchObject({
      method: 'PUT',
      requestBody: '{"a":1}',
      requestHeaders: {
        'x-a': 'b',
        accept: 'application/json',
        'content-type': 'application/json',
      },
    });
  });

  it('waits for a mock delay', async () => {
    const run = await runInNode(
      v1(
        "const t = Date.now(); await http('https://api.example.com/x'); callback(null, Date.now() - t);",
      ),
      {
        mocks: [{ url: 'https://api.example.com/x', delayMs: 60 }],
      },
    );
    expect((run.done.result as { v: number }).v).toBeGreaterThanOrEqual(55);
  });

  it('is only in the V1 toolbelt', async () => {
    const run = await runInNode(
      "const { Toolbelt } = require('core-functions-toolbelt');\nasync function lambda() { return Toolbelt.HTTPClient(); }",
    );
    expect(run.done.error).toMatchObject({
      name: 'TypeError',
      message: 'Toolbelt.HTTPClient is not a function',
    });
  });
});

describe('encodeQuery', () => {
  it('encodes like the qs library', () => {
    expect(encodeQuery({ a: 1, b: [1, 2], c: { d: 'x y' }, e: undefined }).join('&')).toBe(
      'a=1&b%5B0%5D=1&b%5B1%5D=2&c%5Bd%5D=x%20y',
    );
  });
});
