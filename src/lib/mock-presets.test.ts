import { describe, expect, it } from 'vitest';
import { mockRuleSchema } from '../schema/workspace';
import { matchesUrlPattern } from './url-pattern';
import { MOCK_PRESETS, withPreset } from './mock-presets';

const preset = (id: string) => MOCK_PRESETS.find((p) => p.id === id)!;

describe('mock presets', () => {
  it('are valid mock rules with unique ids', () => {
    for (const { rules } of MOCK_PRESETS) for (const rule of rules) mockRuleSchema.parse(rule);
    expect(new Set(MOCK_PRESETS.map((p) => p.id)).size).toBe(MOCK_PRESETS.length);
  });

  it('answer the documented URLs', () => {
    const [csds, property] = preset('context-get').rules;
    expect(
      matchesUrlPattern(
        csds!.url,
        'https://adminlogin.liveperson.net/api/account/123/service/baseURI.json?version=1.0',
      ),
    ).toBe(true);
    expect(
      matchesUrlPattern(
        property!.url,
        'https://z1.context.liveperson.net/v1/account/123/ns/__default__/properties/tier',
      ),
    ).toBe(true);
  });

  it('adds only the rules the table lacks, as copies', () => {
    const once = withPreset([], preset('csds'));
    const twice = withPreset(once, preset('conversation-by-id'));
    expect(twice.map((r) => r.url)).toEqual([
      'https://*/api/account/*/service/baseURI.json',
      'https://va.sentinel.liveperson.net/sentinel/api/v2/account/*/app/token',
      'https://va.msghist.liveperson.net/messaging_history/api/account/*/conversations/conversation/search',
    ]);
    expect(once[0]).not.toBe(preset('csds').rules[0]);
  });
});
