/**
 * Turns the ES module syntax function code may use (`import x from 'core-functions-toolbelt'`,
 * `export async function lambda`) into CommonJS the harness can evaluate, keeping every line on
 * its line so that positions in errors stay true; and lists the modules code requires.
 */

const IMPORT_FROM = /^([ \t]*)import\s+([\w$*{}\s,]+?)\s+from\s*(['"])([^'"\n]+)\3[ \t]*;?/gm;
const IMPORT_BARE = /^([ \t]*)import\s*(['"])([^'"\n]+)\2[ \t]*;?/gm;
const EXPORT_DECLARATION =
  /^([ \t]*)export\s+(?:default\s+)?(?=(?:async\s+)?function\b|const\b|let\b|var\b|class\b)/gm;
const REQUIRE_CALL = /\brequire\s*\(\s*(['"`])([^'"`\n]+)\1\s*\)/g;

/** The name of the helper the rewritten code calls for default imports. */
export const DEFAULT_IMPORT_HELPER = '__importDefault';

function bindings(clause: string, source: string): string | null {
  const req = `require(${JSON.stringify(source)})`;
  const parts: string[] = [];
  let rest = clause.trim();
  const defaultMatch = /^([\w$]+)\s*(?:,|$)/.exec(rest);
  if (defaultMatch?.[1]) {
    parts.push(`${defaultMatch[1]} = ${DEFAULT_IMPORT_HELPER}(${req})`);
    rest = rest.slice(defaultMatch[0].length).trim();
  }
  if (rest.startsWith('*')) {
    const ns = /^\*\s*as\s+([\w$]+)$/.exec(rest);
    if (!ns?.[1]) return null;
    parts.push(`${ns[1]} = ${req}`);
  } else if (rest.startsWith('{')) {
    if (!rest.endsWith('}')) return null;
    const names = rest.slice(1, -1).replace(/([\w$]+)\s+as\s+([\w$]+)/g, '$1: $2');
    parts.push(`{${names}} = ${req}`);
  } else if (rest !== '') {
    return null;
  }
  return parts.length > 0 ? `const ${parts.join(', ')};` : null;
}

/** Rewrites import and export statements to CommonJS, line for line. */
export function toCommonJs(code: string): string {
  return code
    .replace(IMPORT_FROM, (whole, indent: string, clause: string, _q: string, source: string) => {
      const rewritten = bindings(clause, source);
      if (rewritten === null) return whole;
      const lineBreaks = (whole.match(/\n/g) ?? []).length - (rewritten.match(/\n/g) ?? []).length;
      return indent + rewritten + '\n'.repeat(Math.max(0, lineBreaks));
    })
    .replace(
      IMPORT_BARE,
      (_whole, indent: string, _q: string, source: string) =>
        `${indent}require(${JSON.stringify(source)});`,
    )
    .replace(EXPORT_DECLARATION, '$1');
}

/** The module names code requires with a literal name, in order of appearance, without repeats. */
export function requiredModules(code: string): string[] {
  const names = new Set<string>();
  for (const match of code.matchAll(REQUIRE_CALL)) if (match[2]) names.add(match[2]);
  return [...names];
}

/** The default export of a required module, as an ES default import sees it. */
export function importDefault(module: unknown): unknown {
  if (
    module &&
    typeof module === 'object' &&
    (module as { __esModule?: unknown }).__esModule &&
    'default' in module
  ) {
    return (module as { default: unknown }).default;
  }
  return module;
}
