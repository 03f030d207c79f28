import { describe, expect, it } from 'vitest';
import { caught, preset, run, v2 } from '../test-support/toolbelt-fixtures';

describe('V2 clients only', () => {
  const pem = '-----BEGIN CERTIFICATE-----\\nMII\\n-----END CERTIFICATE-----';
  it('MTLSClient checks the PEM shapes and answers {statusCode, body, headers}', async () => {
    expect(
      (await run(v2(caught("Toolbelt.MTLSClient({ cert: 'c', key: 'k' });")), [])).value,
    ).toEqual([
      'com.liveperson.faas.mtls.invalid-cert',
      'Provided cert is not rightly shaped. Please check cert format',
      'MTLS',
    ]);
    const r = await run(
      v2(
        `return await Toolbelt.MTLSClient({ cert: '${pem}', key: '${pem}' }).post('https://bank.example.com/x', {}, { a: 1 }, { json: true });`,
      ),
      [{ url: 'https://bank.example.com/x', status: 500, body: { ok: false } }],
    );
    expect(r.value).toEqual({
      statusCode: 500,
      body: { ok: false },
      headers: { 'content-type': 'application/json' },
    });
    expect(r.requests[0]).toMatchObject({ operation: 'MTLSClient.post', requestBody: '{"a":1}' });
  });

  it('LPMtlsClient forwards through the gateway, and names a missing mapping', async () => {
    const gateway = { url: 'https://va.mtls-gateway.liveperson.net/mtls/account/123', status: 400 };
    const r = await run(
      v2(
        caught(
          "await Toolbelt.LPMtlsClient().get('https://bank.example.com/x', { Authorization: 'Basic x' });",
        ),
      ),
      [...preset('oauth-token'), gateway],
    );
    expect(r.value?.[0]).toBe('com.liveperson.faas.mtls.missing-conf');
    expect(r.requests.at(-1)?.requestHeaders).toMatchObject({
      'LP-forward-url': 'https://bank.example.com/x',
      'LP-authorization-override': 'Basic x',
      Authorization: 'Bearer eyJhbGciOiJSUzI1NiJ9.playground.token',
    });
  });

  it('OrchestratorClient invokes through faasGW and fails a non-2xx with OrchestratorError', async () => {
    const invoke =
      "return await Toolbelt.OrchestratorClient().invoke([{ uuid: 'fn-1', payload: { a: 1 } }], 30000, { json: true });";
    const r = await run(v2(invoke), preset('orchestrator-invoke'));
    expect(r.value).toEqual([
      {
        uuid: 'fn-1',
        body: { ok: true },
        headers: { 'content-type': 'application/json' },
        statusCode: 200,
      },
    ]);
    expect(r.logs[0]?.level).toBe('Warn');
    expect(r.requests.at(-1)?.url).toBe(
      'https://va.faasgw.liveperson.net/api/account/123/lambdas/fn-1/invoke?v=1&externalSystem=fn-1_123%7D',
    );
    const failing = [
      ...preset('oauth-token'),
      { url: 'https://va.faasgw.liveperson.net/*', status: 901, body: 'boom' },
    ];
    expect((await run(v2(caught(invoke)), failing)).value).toEqual([
      'com.liveperson.faas.orchestrator-fn.invoke.status-code-error',
      'Invocation failed with a non 2XX error',
      'Orchestrator-FN',
    ]);
  });

  it('CsdsClient answers domains and names an unknown service', async () => {
    const r = await run(
      v2(
        "const c = Toolbelt.CsdsClient(); return [await c.get('mavenContext'), (await c.getAll()).length];",
      ),
      preset('csds'),
    );
    expect(r.value).toEqual(['z1.context.liveperson.net', 14]);
    expect(
      (await run(v2(caught("await Toolbelt.CsdsClient().get('nope');")), preset('csds'))).value,
    ).toEqual([
      'com.liveperson.faas.csds.domain.not-found',
      'Service "nope" could not be found.',
      'CSDS-Client',
    ]);
  });
});
