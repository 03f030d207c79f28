/**
 * URL patterns of mock rules: a pattern matches a URL exactly, or with `*` standing for any run
 * of characters. A pattern without `?` ignores the URL's query string, so `https://api.x/items/*`
 * also answers `https://api.x/items/7?expand=true`.
 */

const cache = new Map<string, RegExp>();

function toRegExp(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    const body = pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    re = new RegExp(`^${body}$`, 's');
    cache.set(pattern, re);
  }
  return re;
}

/** Whether `url` matches `pattern` (`*` wildcards; the query is ignored unless the pattern has one). */
export function matchesUrlPattern(pattern: string, url: string): boolean {
  const target = pattern.includes('?') ? url : (url.split('?')[0] ?? url);
  return pattern === target || toRegExp(pattern).test(target);
}

/** A pattern that matches `url` and any query string: the URL itself, query dropped. */
export function patternForUrl(url: string): string {
  return url.split('?')[0] ?? url;
}
