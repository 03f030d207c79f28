import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RUNTIME_RULES } from '../../../schema/platform';
import type { ToolbeltDeps } from './deps';
import { createToolbeltModule } from './toolbelt';

// The toolbelt's clients and methods are listed once, in schema/platform.ts; the worker's
// implementation and the editor's hand-written typings must both carry every one of them.

const editorDir = new URL('../../../features/editor/', import.meta.url);
const typings = ['toolbelt-clients.d.ts', 'toolbelt-more-clients.d.ts', 'toolbelt-modules.d.ts']
  .map((file) => readFileSync(new URL(file, editorDir), 'utf8'))
  .join('\n');

/** The declaration of type `name` in the typings: an interface's braces, or a type alias's line. */
function declaration(name: string): string {
  const start = typings.search(new RegExp(`(?:interface|type) ${name}\\b`));
  if (start < 0) return '';
  const brace = typings.indexOf('{', start);
  const semicolon = typings.indexOf(';', start);
  if (typings.startsWith('type', start) && semicolon < brace)
    return typings.slice(start, semicolon);
  let depth = 0;
  for (let i = brace; i < typings.length; i += 1) {
    if (typings[i] === '{') depth += 1;
    if (typings[i] === '}' && (depth -= 1) === 0) return typings.slice(start, i + 1);
  }
  return '';
}

/** The interface `Toolbelt.<client>()` returns in the typings, if it is declared. */
function returnedInterface(client: string): string | undefined {
  const match = new RegExp(`\\b${client}\\([^)]*\\)\\s*:\\s*(?:FaasToolbelt\\.)?(\\w+)`).exec(
    typings.replace(/\s+/g, ' '),
  );
  return match?.[1];
}

const deps = {
  scope: () => ({}),
  pending: {},
  env: { CONTEXT_SERVICE_ENVIRONMENT: 'z1' },
} as unknown as ToolbeltDeps;
const pem = '-----BEGIN X-----\nx\n-----END X-----';
const configs: Record<string, Record<string, unknown>> = {
  v1: { ContextServiceClient: { accountId: 'a', apiKey: 'k' } },
  v2: { ContextServiceClient: 'k', MTLSClient: { cert: pem, key: pem } },
};
const clients = (['v1', 'v2'] as const).flatMap((runtime) =>
  Object.entries(RUNTIME_RULES[runtime].toolbeltClients).map(
    ([client, methods]) => [runtime, client, methods] as const,
  ),
);

describe.each(clients)('%s Toolbelt.%s', (runtime, client, methods) => {
  it('exists in the worker with every listed method', () => {
    const { Toolbelt } = createToolbeltModule(deps, runtime);
    const make = Toolbelt[client];
    expect(make, client).toBeTypeOf('function');
    const made = make?.(configs[runtime]?.[client]);
    if (methods.length === 0) expect(made).toBeTypeOf('function');
    for (const method of methods) {
      expect((made as Record<string, unknown>)[method], `${client}.${method}`).toBeTypeOf(
        'function',
      );
    }
  });

  it('is declared in the editor typings with every listed method', () => {
    const type = returnedInterface(client);
    expect(type, `${client}() in the typings`).toBeDefined();
    const body = declaration(type ?? '');
    expect(body, `type ${type ?? ''}`).not.toBe('');
    for (const method of methods) {
      expect(body, `${client}.${method}`).toMatch(new RegExp(`\\b${method}\\(`));
    }
  });
});

describe.each(['v1', 'v2'] as const)('the %s toolbelt', (runtime) => {
  it('has exactly the clients its record lists', () => {
    const { Toolbelt } = createToolbeltModule(deps, runtime);
    expect(Object.keys(Toolbelt).sort()).toEqual(
      Object.keys(RUNTIME_RULES[runtime].toolbeltClients).sort(),
    );
  });
});
