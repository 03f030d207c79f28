/**
 * The shapes of the official doc examples (OAuth 1.0a and 2.0, the Context Session Store over
 * HTTPClient, a V2 signed fetch), written afresh: each runs to the outcome the docs describe.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { taggedToJson } from '../../lib/safe-serialise';
import { runInNode } from './test-support/run-in-node';

const secrets = [
  { key: 'consumerKey', value: 'ck' },
  { key: 'consumerSecret', value: 'cs' },
  { key: 'clientId', value: 'id-1' },
  { key: 'clientSecret', value: 'secret-1' },
  { key: 'mavenApiKey', value: 'maven-1' },
];

describe('official example shapes', () => {
  it('V1 OAuth 1.0a: secrets, oauth-1.0a with crypto HMAC-SHA1, HTTPClient POST with the header', async () => {
    const code = `async function lambda(input, callback) {
  const { Toolbelt } = require('lp-faas-toolbelt');
  const http = Toolbelt.HTTPClient();
  const store = Toolbelt.SecretClient();
  const OAuth = require('oauth-1.0a');
  const crypto = require('crypto');
  try {
    const key = await store.readSecret('consumerKey');
    const secret = await store.readSecret('consumerSecret');
    const oauth = OAuth({
      consumer: { key: key.value, secret: secret.value },
      signature_method: 'HMAC-SHA1',
      hash_function: (base, k) => crypto.createHmac('sha1', k).update(base).digest('base64'),
    });
    const request = { url: 'https://api.example.com/request', method: 'POST' };
    const response = await http(request.url, {
      method: request.method,
      headers: { ...oauth.toHeader(oauth.authorize(request)) },
      simple: false,
      resolveWithFullResponse: true,
    });
    callback(null, response.statusCode);
  } catch (error) {
    callback(error, null);
  }
}`;
    const run = await runInNode(code, {
      secrets,
      mocks: [{ method: 'POST', url: 'https://api.example.com/request', status: 201, body: {} }],
    });
    expect(taggedToJson(run.done.result!)).toBe(201);
    expect(run.requests[0]?.requestHeaders.authorization).toMatch(
      /^OAuth oauth_consumer_key="ck", oauth_nonce="[^"]+", oauth_signature="[^"]+", oauth_signature_method="HMAC-SHA1"/,
    );
  });

  it('V1 OAuth 2.0 client credentials: a form POST for the token, then a Bearer call', async () => {
    const code = `async function lambda(input, callback) {
  const { Toolbelt } = require('lp-faas-toolbelt');
  const http = Toolbelt.HTTPClient();
  const store = Toolbelt.SecretClient();
  try {
    const id = await store.readSecret('clientId');
    const secret = await store.readSecret('clientSecret');
    const token = await http('https://auth.example.com/token', {
      method: 'POST',
      form: { client_id: id.value, client_secret: secret.value, grant_type: 'client_credentials' },
      json: true,
    });
    const data = await http('https://api.example.com/data', {
      headers: { Authorization: 'Bearer ' + token.access_token },
      json: true,
    });
    callback(null, data);
  } catch (error) {
    callback(error, null);
  }
}`;
    const run = await runInNode(code, {
      secrets,
      mocks: [
        { method: 'POST', url: 'https://auth.example.com/token', body: { access_token: 't-9' } },
        { url: 'https://api.example.com/data', body: { ok: true } },
      ],
    });
    expect(taggedToJson(run.done.result!)).toEqual({ ok: true });
    expect(run.requests[0]?.requestBody).toBe(
      'client_id=id-1&client_secret=secret-1&grant_type=client_credentials',
    );
    expect(run.requests[1]?.requestHeaders.authorization).toBe('Bearer t-9');
  });

  it('V1 the documented placeholder URLs without a scheme fail as request-promise does', async () => {
    const code = `async function lambda(input, callback) {
  const { Toolbelt } = require('lp-faas-toolbelt');
  try {
    callback(null, await Toolbelt.HTTPClient()('www.mywebsite.com/auth', { method: 'POST', json: true }));
  } catch (error) {
    callback(error, null);
  }
}`;
    const run = await runInNode(code);
    expect(run.done.error).toMatchObject({
      code: 'com.liveperson.faas.handler.custom-failure',
      message: 'Invalid URI "www.mywebsite.com/auth"',
    });
  });

  it('V1 Context Session Store over HTTPClient: PATCH the properties, then read them back', async () => {
    const code = `async function lambda(input, callback) {
  const { Toolbelt } = require('lp-faas-toolbelt');
  const http = Toolbelt.HTTPClient();
  const store = Toolbelt.SecretClient();
  const url = 'https://z1.context.liveperson.net/v1/account/' + input.payload.accountId + '/demo/properties';
  try {
    const apiKey = await store.readSecret('mavenApiKey');
    await http(url, { method: 'PATCH', headers: { 'maven-api-key': apiKey.value }, json: true, body: { score: 9 } });
    callback(null, await http(url, { headers: { 'maven-api-key': apiKey.value }, json: true }));
  } catch (error) {
    callback(error, null);
  }
}`;
    const run = await runInNode(code, {
      secrets,
      mocks: [
        {
          method: 'PATCH',
          url: 'https://z1.context.liveperson.net/v1/account/*/demo/properties',
          status: 204,
        },
        {
          method: 'GET',
          url: 'https://z1.context.liveperson.net/v1/account/*/demo/properties',
          body: { score: 9 },
        },
      ],
    });
    expect(taggedToJson(run.done.result!)).toEqual({ score: 9 });
    expect(run.requests.map((r) => [r.method, r.requestHeaders['maven-api-key']])).toEqual([
      ['PATCH', 'maven-1'],
      ['GET', 'maven-1'],
    ]);
  });

  it('V2: import crypto, sign a body with HMAC-SHA256 and send it with the global fetch', async () => {
    const code = `import crypto from 'crypto';
import { Toolbelt } from 'core-functions-toolbelt';
const secrets = Toolbelt.SecretClient();
async function lambda(input) {
  const { value } = await secrets.readSecret('clientSecret');
  const body = JSON.stringify({ conversationId: input.payload.conversationId });
  const signature = crypto.createHmac('sha256', value).update(body).digest('hex');
  const response = await fetch('https://hooks.example.com/survey', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-signature': signature },
    body,
  });
  console.log('sent', response.status);
  return { status: response.status, signature };
}`;
    const run = await runInNode(code, {
      runtime: 'v2',
      secrets,
      mocks: [{ method: 'POST', url: 'https://hooks.example.com/survey', status: 202 }],
    });
    const expected = createHmac('sha256', 'secret-1')
      .update(JSON.stringify({ conversationId: 'c-1' }))
      .digest('hex');
    expect(taggedToJson(run.done.result!)).toEqual({ status: 202, signature: expected });
    expect(run.logs.map((l) => l.level)).toEqual(['Info']);
    expect(run.requests[0]?.requestHeaders['x-signature']).toBe(expected);
  });
});
