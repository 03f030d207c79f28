import { describe, expect, it } from 'vitest';
import { decodePlainLink, encodePlainLink } from './plain-link';

describe('plain import link', () => {
  it('round-trips a full state', () => {
    const state = {
      event: 'surveybot_messaging_survey_started' as const,
      code: 'async function lambda(input) { return input.payload.conversationId; }',
      payload: { conversationId: 'c-1', extra: [1, 2] },
      env: [{ key: 'REGION', value: 'emea' }],
      secrets: [{ key: 'api-key', value: 's3cret' }],
      mocks: [{ url: 'https://api.example.com/*', status: 201, body: { ok: true } }],
      timeoutMs: 5000,
    };
    expect(decodePlainLink(encodePlainLink(state))).toEqual({ state });
  });

  it('writes a JSON secret with its JSON as the value, and reads an object value as a JSON secret', () => {
    const secrets = [
      { key: 'creds', value: '{"clientId":"abc"}', type: 'json' as const },
      { key: 'token', value: 'abc' },
    ];
    const link = encodePlainLink({ secrets });
    expect(JSON.parse(decodeURIComponent(link.slice('#json='.length)))).toEqual({
      secrets: [
        { key: 'creds', value: { clientId: 'abc' } },
        { key: 'token', value: 'abc' },
      ],
    });
    expect(decodePlainLink(link)).toEqual({ state: { secrets } });
  });

  it('refuses a JSON secret whose text does not parse', () => {
    const result = decodePlainLink(
      '#json=' + encodeURIComponent('{"secrets": [{"key": "c", "value": "{", "type": "json"}]}'),
    );
    expect('error' in result && result.error).toMatch(/^secrets\.0\.value: not valid JSON/);
  });

  it('normalises a mock method to upper case', () => {
    const result = decodePlainLink(
      encodePlainLink({ mocks: [{ method: 'post', url: 'https://x' }] } as never),
    );
    expect(result).toEqual({ state: { mocks: [{ method: 'POST', url: 'https://x' }] } });
  });

  it.each([
    ['#json=%7B%22payload%2', 'the link is damaged'],
    ['#json=' + encodeURIComponent('{"payload": {'), 'its JSON is malformed'],
    ['#json=' + encodeURIComponent('[1]'), 'it must hold a JSON object'],
    ['#json=', 'the link is empty'],
    ['#json=' + encodeURIComponent('{"event": "chat_started"}'), 'event: '],
    ['#json=' + encodeURIComponent('{"payload": [1]}'), 'payload: '],
    [
      '#json=' + encodeURIComponent('{"payload": {"a": {"__proto__": {"x": 1}}}}'),
      'forbidden key (payload.a.__proto__)',
    ],
    ['#json=' + encodeURIComponent('{"colour": "red"}'), 'unknown field "colour"'],
    ['#json=' + encodeURIComponent('{"env": [{"key": "1BAD", "value": "x"}]}'), 'env.0.key: '],
    ['#json=' + encodeURIComponent('{"timeoutMs": -1}'), 'timeoutMs: '],
    ['#json=' + 'x'.repeat(3_000_001), 'larger than 1 MB'],
  ])('refuses %s with a reason', (hash, reason) => {
    const result = decodePlainLink(hash);
    expect('error' in result && result.error).toContain(reason);
  });
});
