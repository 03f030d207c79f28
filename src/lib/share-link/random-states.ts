// Seeded random link states for the share codec's round-trip and fuzz tests: edits of the default
// payload and template of every kind the codec packs, and structural changes.
import { examplePayload } from '../../schema/example-payload';
import { validateLinkState, type LinkState } from '../../schema/link-state';
import { EVENT_IDS } from '../../schema/events';
import { functionTemplate } from '../function-templates';

/** A random number generator in [0, 1) from a seed (mulberry32), so that failures reproduce. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (random: Random, below: number) => Math.floor(random() * below);
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)]!;
const chars = (random: Random, alphabet: string, length: number) =>
  Array.from({ length }, () => pick(random, [...alphabet])).join('');

const HEX = '0123456789abcdef';
const ID64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const UNICODE = 'aé ß漢字🙂\u0000\n"\\\u2028';

/** A random JSON value of a kind the codec treats specially, or any other. */
export function randomValue(random: Random, depth = 0): unknown {
  const uuid = () => [8, 4, 4, 4, 12].map((n) => chars(random, HEX, n)).join('-');
  const makers: (() => unknown)[] = [
    uuid,
    () => chars(random, HEX, 2 * (4 + int(random, 40))),
    () => chars(random, ID64, 1 + int(random, 30)),
    () => String(int(random, 1e9)),
    () => 1_700_000_000_000 + int(random, 1e10),
    () => -int(random, 1e6),
    () => Math.round(random() * 1e6) / 100,
    () => random() * 1e300,
    () => 'Thanks for waiting, an agent will reply within ' + int(random, 60) + ' minutes.',
    () => chars(random, UNICODE + ID64, int(random, 20)),
    () => pick(random, [true, false, null, 0, '', 'CONSUMER', 'AGENT']),
    () =>
      depth > 2 ? [] : Array.from({ length: int(random, 4) }, () => randomValue(random, depth + 1)),
    () =>
      depth > 2
        ? {}
        : Object.fromEntries(
            Array.from({ length: int(random, 4) }, (_, i) => [
              chars(random, ID64, 1 + int(random, 6)) + i,
              randomValue(random, depth + 1),
            ]),
          ),
  ];
  return pick(random, makers)();
}

/** Changes, adds or removes random places of a JSON object, in place. */
function mutate(random: Random, target: Record<string, unknown> | unknown[], times: number): void {
  for (let i = 0; i < times; i += 1) {
    const keys = Object.keys(target);
    const key = keys.length ? pick(random, keys) : '0';
    const child = (target as Record<string, unknown>)[key];
    const roll = random();
    if (child !== null && typeof child === 'object' && roll < 0.4)
      mutate(random, child as never, 1);
    else if (Array.isArray(target) && roll < 0.6)
      target.splice(int(random, target.length + 1), 0, randomValue(random));
    else if (Array.isArray(target)) target.length = int(random, target.length + 1);
    else if (roll < 0.7) delete target[key];
    else if (roll < 0.8) target[`extra${int(random, 100)}`] = randomValue(random);
    else target[key] = randomValue(random);
  }
}

function randomCode(random: Random, template: string): string {
  const roll = random();
  if (roll < 0.3) return template;
  if (roll < 0.4) return chars(random, UNICODE + ID64 + '{}();\n', int(random, 200));
  let code = template;
  for (let i = int(random, 4); i >= 0; i -= 1) {
    const at = int(random, code.length);
    code =
      code.slice(0, at) +
      chars(random, UNICODE + ID64, int(random, 20)) +
      code.slice(at + int(random, 30));
  }
  return code;
}

/** A random valid link state: each part present or not, the payload an edit of the default. */
export function randomState(random: Random): LinkState {
  const event = pick(random, EVENT_IDS);
  const state: Record<string, unknown> = {};
  if (random() < 0.8) state.event = event;
  if (random() < 0.7)
    state.code = randomCode(random, functionTemplate(event, pick(random, ['v1', 'v2'])));
  if (random() < 0.9) {
    const payload = examplePayload() as Record<string, unknown>;
    mutate(random, payload, int(random, 12));
    state.payload = random() < 0.05 ? { replaced: randomValue(random) } : payload;
  }
  if (random() < 0.3)
    state.env = [{ key: `VAR_${int(random, 99)}`, value: chars(random, UNICODE, 10) }];
  if (random() < 0.2)
    state.secrets = [{ key: `secret-${int(random, 99)}`, value: chars(random, ID64, 30) }];
  if (random() < 0.2) {
    state.mocks = [
      { method: 'POST', url: 'https://api.example.com/*', status: 201, body: randomValue(random) },
    ];
  }
  if (random() < 0.2) state.timeoutMs = 100 + int(random, 60_000);
  if (random() < 0.2) state.runtime = pick(random, ['v1', 'v2'] as const);
  const valid = validateLinkState(state);
  if ('error' in valid) throw new Error(`the generator made an invalid state: ${valid.error}`);
  return valid.state;
}
