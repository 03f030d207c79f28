import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { examplePayload } from '../../schema/example-payload';
import { EVENT_IDS } from '../../schema/events';
import { functionTemplate, TEMPLATE_ENV, TEMPLATE_SECRETS } from '../function-templates';
import { findBase, LATEST_BASE, SHARE_BASES, type ShareBase } from './bases';

// Today's defaults, as the newest frozen base must hold them.
function derivedDefaults(version: number): ShareBase {
  return {
    id: 0,
    name: 'defaults',
    version,
    events: [...EVENT_IDS],
    codes: EVENT_IDS.flatMap((event) => [
      functionTemplate(event, 'v2'),
      functionTemplate(event, 'v1'),
    ]),
    payload: examplePayload(),
    env: TEMPLATE_ENV,
    secrets: TEMPLATE_SECRETS,
    phrases: LATEST_BASE.phrases,
  };
}

const HOW_TO_FREEZE = `The default payload, templates or events changed, so new share links need a new base.
Run: SHARE_BASE_FREEZE=1 npx vitest run src/lib/share-link/bases.test.ts
then import the new src/lib/share-link/bases/defaults-v${LATEST_BASE.version + 1}.json at the end of SHARE_BASES
in src/lib/share-link/bases.ts. Never edit an older base: links made with it must keep decoding.`;

describe('share bases', () => {
  it("freezes today's defaults in the newest base", () => {
    const today = derivedDefaults(LATEST_BASE.version);
    const same = JSON.stringify(today) === JSON.stringify(LATEST_BASE);
    if (!same && process.env.SHARE_BASE_FREEZE) {
      const next = derivedDefaults(LATEST_BASE.version + 1);
      const file = new URL(`./bases/defaults-v${next.version}.json`, import.meta.url);
      writeFileSync(file, JSON.stringify(next, null, 2) + '\n');
    }
    expect(same, HOW_TO_FREEZE).toBe(true);
  });

  it('keeps every base findable by id and version, versions in order', () => {
    for (const base of SHARE_BASES) expect(findBase(base.id, base.version)).toBe(base);
    expect(SHARE_BASES.map((b) => b.version)).toEqual(SHARE_BASES.map((_, i) => i + 1));
    expect(findBase(0, 999)).toBeUndefined();
  });
});
