import { describe, expect, it } from 'vitest';
import { matchesUrlPattern, patternForUrl } from './url-pattern';

describe('matchesUrlPattern', () => {
  it('matches a URL exactly', () => {
    expect(matchesUrlPattern('https://api.example.com/a', 'https://api.example.com/a')).toBe(true);
    expect(matchesUrlPattern('https://api.example.com/a', 'https://api.example.com/ab')).toBe(
      false,
    );
  });

  it('treats * as any run of characters, including none and slashes', () => {
    expect(matchesUrlPattern('https://*.example.com/*', 'https://api.example.com/x/y')).toBe(true);
    expect(
      matchesUrlPattern('https://api.example.com/items/*', 'https://api.example.com/items/'),
    ).toBe(true);
    expect(matchesUrlPattern('*/search', 'https://h/messaging/search')).toBe(true);
    expect(matchesUrlPattern('https://*.example.com/*', 'https://example.org/')).toBe(false);
  });

  it('takes regular expression characters literally', () => {
    expect(matchesUrlPattern('https://a.b/(x)+', 'https://a.b/(x)+')).toBe(true);
    expect(matchesUrlPattern('https://a.b/x.y', 'https://a.b/xzy')).toBe(false);
  });

  it('ignores the query string unless the pattern has one', () => {
    expect(matchesUrlPattern('https://a.b/s', 'https://a.b/s?v=2&x=1')).toBe(true);
    expect(matchesUrlPattern('https://a.b/s?v=2', 'https://a.b/s?v=2')).toBe(true);
    expect(matchesUrlPattern('https://a.b/s?v=2', 'https://a.b/s?v=3')).toBe(false);
    expect(matchesUrlPattern('https://a.b/s?*', 'https://a.b/s?v=3')).toBe(true);
  });
});

describe('patternForUrl', () => {
  it('drops the query', () => {
    expect(patternForUrl('https://a.b/s?v=2')).toBe('https://a.b/s');
    expect(patternForUrl('https://a.b/s')).toBe('https://a.b/s');
  });
});
