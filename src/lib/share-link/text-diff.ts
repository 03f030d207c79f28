// The code as a difference from the closest template: kept prefix and suffix, new middle. Whatever
// the middle still shares with the template, the codec's deflate dictionary (the templates) finds.
import { ShareLinkError } from './bits';

/** `[template]`: the template itself; `[template, kept prefix, kept suffix, middle]`. */
export type TextDiff = [number] | [number, number, number, string];

function commonEnds(a: string, b: string): [number, number] {
  const most = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < most && a[prefix] === b[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < most - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix])
    suffix += 1;
  return [prefix, suffix];
}

/** The difference of `text` from the template it shares most with. */
export function diffText(text: string, templates: readonly string[]): TextDiff {
  const same = templates.indexOf(text);
  if (same >= 0) return [same];
  let best: TextDiff = [0, 0, 0, text];
  let kept = 0;
  templates.forEach((template, index) => {
    const [prefix, suffix] = commonEnds(text, template);
    if (prefix + suffix <= kept) return;
    kept = prefix + suffix;
    best = [index, prefix, suffix, text.slice(prefix, text.length - suffix)];
  });
  return best;
}

/** Rebuilds a text from its difference; untrusted input: throws a ShareLinkError. */
export function applyTextDiff(diff: unknown, templates: readonly string[]): string {
  const damaged = () =>
    new ShareLinkError('the link is damaged (its code does not fit a template)');
  if (!Array.isArray(diff) || (diff.length !== 1 && diff.length !== 4)) throw damaged();
  const [index, prefix, suffix, middle] = diff as unknown[];
  const template = typeof index === 'number' ? templates[index] : undefined;
  if (template === undefined) throw damaged();
  if (diff.length === 1) return template;
  const fits =
    Number.isSafeInteger(prefix) &&
    Number.isSafeInteger(suffix) &&
    (prefix as number) >= 0 &&
    (suffix as number) >= 0 &&
    (prefix as number) + (suffix as number) <= template.length &&
    typeof middle === 'string';
  if (!fits) throw damaged();
  return (
    template.slice(0, prefix as number) +
    middle +
    template.slice(template.length - (suffix as number))
  );
}
