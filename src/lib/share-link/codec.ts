// The compact share link: `#s=` + format version + base64url of the state as a difference from a
// frozen base. Bits: base id and version (gamma codes), the payload's packed leaf edits; then, from
// the next whole byte, the rest as JSON deflated with the base as dictionary; a 16-bit checksum.
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import {
  findForbiddenKey,
  MAX_LINK_BYTES,
  validateLinkState,
  type LinkState,
} from '../../schema/link-state';
import { dictionaryOf, findBase, LATEST_BASE, type ShareBase } from './bases';
import {
  BitReader,
  BitWriter,
  checksum16,
  fromBase64Url,
  ShareLinkError,
  toBase64Url,
} from './bits';
import { applyPayloadDiff, diffPayload, leafValues } from './payload-diff';
import { applyTextDiff, diffText } from './text-diff';
import { readEdits, writeEdits, type EditContext } from './values';

/** Prefix of a compact share link's hash. */
export const SHARE_LINK_PREFIX = '#s=';
const FORMAT = '1';
const MAX_LINK_CHARS = Math.ceil((MAX_LINK_BYTES * 4) / 3) + 16;

/** Short names the first links used for some settings; still read, so that those links keep opening. */
const LEGACY_NAMES = { n: 'env', s: 'secrets', m: 'mocks', t: 'timeoutMs', k: 'cases' } as const;

/** The JSON part: event and code template numbers, payload text values and operations, every other setting by its name. */
const textPartSchema = z.strictObject({
  e: z.number().int().min(0).optional(),
  c: z.unknown().optional(),
  p: z.tuple([z.array(z.unknown()), z.array(z.unknown())]).optional(),
  x: z.record(z.string(), z.unknown()).optional(),
  ...Object.fromEntries(Object.keys(LEGACY_NAMES).map((k) => [k, z.unknown().optional()])),
});
type TextPart = z.infer<typeof textPartSchema>;

const contexts = new WeakMap<ShareBase, EditContext>();
function contextOf(base: ShareBase): EditContext {
  let context = contexts.get(base);
  if (!context) {
    const dictionary = strFromU8(dictionaryOf(base));
    context = { baseLeaves: leafValues(base.payload), inDictionary: (v) => dictionary.includes(v) };
    contexts.set(base, context);
  }
  return context;
}

const damaged = (why: string) => new ShareLinkError(`the link is damaged (${why})`);

/** Builds the compact share link hash of a state, against the newest base. */
export function encodeShareLink(state: LinkState): string {
  const [withProse, withoutProse] = [true, false].map((useProse) => encode(state, useProse));
  return withProse!.length < withoutProse!.length ? withProse! : withoutProse!;
}

/** Encodes a state, writing prose strings with the prose code or as text. */
function encode(state: LinkState, useProse: boolean): string {
  const base = LATEST_BASE;
  const out = new BitWriter();
  out.gamma(base.id);
  out.gamma(base.version);
  const text: TextPart = {};
  if (state.event !== undefined) text.e = base.events.indexOf(state.event);
  if (state.code !== undefined) text.c = diffText(state.code, base.codes);
  const diff = state.payload && diffPayload(base.payload, state.payload);
  const values: unknown[] = [];
  writeEdits(diff ? diff.edits : [], out, values, contextOf(base), useProse);
  if (diff) text.p = [values, diff.ops];
  const { event: _e, code: _c, payload: _p, ...settings } = state;
  const others = Object.entries(settings).filter(([, v]) => v !== undefined);
  if (others.length > 0) text.x = Object.fromEntries(others);
  const json = strToU8(JSON.stringify(text));
  out.align();
  out.raw(deflateSync(json, { level: 9, dictionary: dictionaryOf(base) }));
  const check = checksum16(out.bytes());
  out.bits(check, 16);
  return SHARE_LINK_PREFIX + FORMAT + toBase64Url(out.bytes());
}

/** Inflates with a preset dictionary, refusing output past MAX_LINK_BYTES. */
function inflateCapped(data: Uint8Array, dictionary: Uint8Array): string {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate({ dictionary }, (chunk) => {
    size += chunk.length;
    if (size > MAX_LINK_BYTES) throw new ShareLinkError('it decompresses to more than 1 MB');
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at === 0 || at < data.length; at += 1024) {
      inflate.push(data.subarray(at, at + 1024), at + 1024 >= data.length);
    }
  } catch (error) {
    if (error instanceof ShareLinkError) throw error;
    throw damaged('its compressed part does not inflate');
  }
  const all = new Uint8Array(size);
  chunks.reduce((at, chunk) => (all.set(chunk, at), at + chunk.length), 0);
  return strFromU8(all);
}

/** The base a link's bytes name, and the bytes after that name; checks the checksum. */
function openBytes(body: string): [ShareBase, BitReader] {
  if (!body) throw new ShareLinkError('the link is empty');
  if (body.length > MAX_LINK_CHARS) throw new ShareLinkError('the link is larger than 1 MB');
  if (body[0] !== FORMAT) {
    throw /^[0-9]$/.test(body[0]!)
      ? new ShareLinkError(
          `it uses link format ${body[0]}, which this version of the playground does not know (was it made by a newer one?)`,
        )
      : damaged('it does not start with a format version');
  }
  const bytes = fromBase64Url(body.slice(1));
  const content = bytes.subarray(0, -2);
  if (
    bytes.length < 3 ||
    checksum16(content) !== (bytes[bytes.length - 2]! << 8) + bytes[bytes.length - 1]!
  ) {
    throw damaged('it was cut short or changed: its checksum does not match');
  }
  const reader = new BitReader(content);
  const [id, version] = [reader.gamma(), reader.gamma()];
  const base = findBase(id, version);
  if (!base) {
    throw new ShareLinkError(
      `it is made against base ${id} version ${version}, which this version of the playground does not know (was it made by a newer one?)`,
    );
  }
  return [base, reader];
}

/** Reads a link's state without validating it; throws a ShareLinkError on anything wrong. */
function readState(hash: string): Record<string, unknown> {
  const body = hash.startsWith(SHARE_LINK_PREFIX) ? hash.slice(SHARE_LINK_PREFIX.length) : hash;
  const [base, reader] = openBytes(body);
  const edits = readEdits(reader, contextOf(base));
  let parsed: unknown;
  try {
    parsed = JSON.parse(inflateCapped(reader.rest(), dictionaryOf(base)));
  } catch (error) {
    if (error instanceof ShareLinkError) throw error;
    throw damaged('its content is not JSON');
  }
  const forbidden = findForbiddenKey(parsed);
  if (forbidden) throw new ShareLinkError(`it holds a forbidden key (${forbidden})`);
  const part = textPartSchema.safeParse(parsed);
  if (!part.success) throw damaged('its content has an unknown shape');
  const { e, c, p, x, ...legacy } = part.data;
  const state: Record<string, unknown> = {};
  if (e !== undefined) {
    if (base.events[e] === undefined) throw damaged('unknown event number');
    state.event = base.events[e];
  }
  if (c !== undefined) state.code = applyTextDiff(c, base.codes);
  if (p) {
    state.payload = applyPayloadDiff(base.payload, { edits: edits(p[0]), ops: p[1] });
  } else if (edits([]).length) throw damaged('payload edits without a payload');
  for (const [short, value] of Object.entries(legacy) as [keyof typeof LEGACY_NAMES, unknown][])
    if (value !== undefined) state[LEGACY_NAMES[short]] = value;
  for (const [key, value] of Object.entries(x ?? {})) state[key] = value;
  if (JSON.stringify(state).length > MAX_LINK_BYTES) {
    throw new ShareLinkError('its state is larger than 1 MB');
  }
  return state;
}

/** Decodes a compact share link hash; never throws: the state, or a sentence saying what is wrong. */
export function decodeShareLink(hash: string): { state: LinkState } | { error: string } {
  try {
    return validateLinkState(readState(hash));
  } catch (error) {
    if (error instanceof ShareLinkError) return { error: error.message };
    return {
      error: `the link could not be read (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}
