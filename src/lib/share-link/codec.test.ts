import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { examplePayload } from '../../schema/example-payload';
import { linkStateSchema, type LinkState } from '../../schema/link-state';
import { functionTemplate } from '../function-templates';
import { payloadExamples } from '../payload-examples';
import { dictionaryOf, LATEST_BASE } from './bases';
import { BitWriter, checksum16, toBase64Url } from './bits';
import { SHARE_LINK_CASES } from './codec-cases';
import { decodeShareLink, encodeShareLink, SHARE_LINK_PREFIX } from './codec';
import { randomState, seededRandom } from './random-states';

/** A link with the given parts and a valid checksum, as a hostile or buggy writer could make. */
function craftLink(
  text: string,
  { version = LATEST_BASE.version, edits = (w: BitWriter) => w.gamma(0) } = {},
) {
  const out = new BitWriter();
  out.gamma(LATEST_BASE.id);
  out.gamma(version);
  edits(out);
  out.align();
  out.raw(deflateSync(strToU8(text), { dictionary: dictionaryOf(LATEST_BASE) }));
  out.bits(checksum16(out.bytes()), 16);
  return `${SHARE_LINK_PREFIX}1${toBase64Url(out.bytes())}`;
}

describe('compact share link', () => {
  it('round-trips 1,000 random states exactly, key order included', () => {
    const random = seededRandom(20240607);
    for (let i = 0; i < 1000; i += 1) {
      const state = randomState(random);
      const link = encodeShareLink(state);
      expect(link.startsWith('#s=1')).toBe(true);
      expect(link).toMatch(/^#s=1[A-Za-z0-9_-]+$/);
      const decoded = decodeShareLink(link);
      expect(decoded, `state ${i}`).toEqual({ state });
      expect(JSON.stringify(decoded)).toBe(JSON.stringify({ state }));
    }
    // A thousand encodings take about 2 s alone, more on a loaded machine.
  }, 30_000);

  it('carries every part a link state may hold', () => {
    const state: LinkState = {
      event: 'surveybot_messaging_survey_started',
      code: 'async function lambda() { return 1; }',
      payload: { conversationId: 'x' },
      env: [{ key: 'A', value: '1' }],
      secrets: [{ key: 'k', value: 'v' }],
      mocks: [{ url: 'https://x/*', status: 201 }],
      timeoutMs: 1000,
      cases: [{ id: 'c1', name: 'first', payload: { a: 1 }, expect: { status: 'succeeds' } }],
      runtime: 'v1',
      breakpoints: [
        { line: 1, condition: 'input.payload.a > 1' },
        { line: 2, log: 'a is {a}' },
      ],
    };
    expect(Object.keys(state).sort()).toEqual(Object.keys(linkStateSchema.shape).sort());
    expect(decodeShareLink(encodeShareLink(state))).toEqual({ state });
  });

  it("carries a secret's type; links made before JSON secrets open with text secrets", () => {
    const secrets = [
      { key: 'creds', value: '{ "clientId": "abc" }', type: 'json' as const },
      { key: 'token', value: 'abc', type: 'text' as const },
    ];
    expect(decodeShareLink(encodeShareLink({ secrets }))).toEqual({ state: { secrets } });
    expect(decodeShareLink(encodeShareLink({ secrets: [{ key: 'k', value: 'v' }] }))).toEqual({
      state: { secrets: [{ key: 'k', value: 'v' }] },
    });
  });

  it('round-trips every gallery example', () => {
    for (const { event, payload } of payloadExamples()) {
      expect(decodeShareLink(encodeShareLink({ event, payload }))).toEqual({
        state: { event, payload },
      });
    }
  });

  it.each(SHARE_LINK_CASES)(
    'keeps "$name" within $maxLength characters',
    ({ state, maxLength }) => {
      const link = encodeShareLink(state());
      expect(link.length).toBeLessThanOrEqual(maxLength);
      expect(decodeShareLink(link)).toEqual({ state: state() });
    },
  );

  it('writes the untouched defaults in a few characters', () => {
    const event = 'surveybot_messaging_survey_ended';
    const link = encodeShareLink({
      event,
      code: functionTemplate(event),
      payload: examplePayload(),
    });
    expect(link.length).toBeLessThan(30);
  });

  it('decodes without the prefix too, and keeps absent parts absent', () => {
    const link = encodeShareLink({ timeoutMs: 5000 });
    expect(decodeShareLink(link.slice(SHARE_LINK_PREFIX.length))).toEqual({
      state: { timeoutMs: 5000 },
    });
  });

  it.each([
    ['', 'the link is empty'],
    ['#s=', 'the link is empty'],
    ['#s=2AAAA', 'link format 2, which this version of the playground does not know'],
    ['#s=*AAAA', 'it does not start with a format version'],
    ['#s=1AB.C', 'no link has'],
    ['#s=1AAAAA', 'was it cut short'],
    ['#s=1AAAA', 'its checksum does not match'],
  ])('refuses %j with a reason', (hash, reason) => {
    expect(decodeShareLink(hash)).toEqual({ error: expect.stringContaining(reason) });
  });

  it('refuses a link longer than 1 MB before reading it', () => {
    expect(decodeShareLink('#s=1' + 'A'.repeat(1_400_000))).toEqual({
      error: 'the link is larger than 1 MB',
    });
  });

  it('refuses a truncated or altered link', () => {
    const link = encodeShareLink(SHARE_LINK_CASES[1]!.state());
    expect(decodeShareLink(link.slice(0, -5))).toEqual({
      error: expect.stringContaining('damaged'),
    });
    const changed = link.slice(0, 40) + (link[40] === 'A' ? 'B' : 'A') + link.slice(41);
    expect(decodeShareLink(changed)).toEqual({ error: expect.stringContaining('checksum') });
  });

  it('refuses a base it does not know', () => {
    expect(decodeShareLink(craftLink('{}', { version: 99 }))).toEqual({
      error: expect.stringContaining(
        'base 0 version 99, which this version of the playground does not know',
      ),
    });
  });

  it('refuses content that inflates past 1 MB', () => {
    const bomb = craftLink(JSON.stringify({ t: 'x'.repeat(1_100_000) }));
    expect(bomb.length).toBeLessThan(5000);
    expect(decodeShareLink(bomb)).toEqual({ error: 'it decompresses to more than 1 MB' });
  });

  it.each([
    ['{"n":[{"key":"A","value":"1","__proto__":{"x":1}}]}', 'forbidden key (n.0.__proto__)'],
    ['{"p":[[],[[["__proto__","polluted"],1]]]}', 'it names "__proto__"'],
    ['{"p":[[],[[["constructor"],1]]]}', 'it names "constructor"'],
    ['{"p":[[],[[["missing","deeper"],1]]]}', 'no place for "missing"'],
    ['{"p":[[],[[["dialogs",5],1]]]}', 'no place for 5'],
    ['{"p":[[],[[[]]]]}', 'it removes the payload'],
    ['{"p":[[],[[[],[1]]]]}', 'payload: '],
    ['{"e":7}', 'unknown event number'],
    ['{"c":[9]}', 'its code does not fit a template'],
    ['{"c":[0,5000,5000,""]}', 'its code does not fit a template'],
    ['{"x":1}', 'its content has an unknown shape'],
    ['[1', 'its content is not JSON'],
    ['{"n":[{"key":"1BAD","value":"x"}]}', 'env.0.key: '],
    ['{"t":-5}', 'timeoutMs: '],
  ])('refuses crafted content %s', (text, reason) => {
    expect(decodeShareLink(craftLink(text))).toEqual({ error: expect.stringContaining(reason) });
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses payload edits that do not fit the base', () => {
    const edits = (w: BitWriter) => (w.gamma(1), w.gamma(5000), w.bits(0, 3));
    expect(decodeShareLink(craftLink('{"p":[[1],[]]}', { edits }))).toEqual({
      error: expect.stringContaining('does not fit its base'),
    });
    const unused = (w: BitWriter) => (w.gamma(1), w.gamma(0), w.bits(0, 3));
    expect(decodeShareLink(craftLink('{}', { edits: unused }))).toEqual({
      error: expect.stringContaining('values missing'),
    });
  });
});

describe('links made before settings were carried by name', () => {
  it('still open, with their short-named settings', () => {
    // Made by the encoder that wrote env, mocks and timeout under the short names n, m and t.
    const old =
      '#s=1qINJAdM-vG8Q5Oru6Q9KZPCORG5qIjgR5oJVlRblIPUXKpB7C_pa0IxfCkyaRgaGIE3ABoapATDVAQAqxA';
    expect(decodeShareLink(old)).toEqual({
      state: {
        event: 'surveybot_messaging_survey_ended',
        env: [{ key: 'REGION', value: 'emea' }],
        mocks: [{ url: 'https://x.example.com/*', status: 201 }],
        timeoutMs: 5000,
      },
    });
  });
});
