import type { ReactNode } from 'react';
import { rulesOf, type RuntimeRules } from '../../schema/platform';
import { RUNTIME_NAMES, type Runtime } from '../../schema/workspace';
import { useStore } from '../../store/store';

const n = (value: number) => value.toLocaleString('en-US');
const list = (items: readonly string[]) => items.join(', ');

/** Where the documented platform and the runtime's official CLI disagree, and which one the playground follows. */
function disagreements(rules: RuntimeRules): string[] {
  const notes: string[] = [];
  if (rules.consoleMethods.includes('log'))
    notes.push(
      'console.log: the platform docs accept it (an Info entry); the official CLI’s lpf invoke throws “console.log is not a function” inside lambda. The playground follows the platform.',
    );
  if (rules.platformCodes)
    notes.push(
      `Error codes: the platform answers ${list(Object.values(rules.platformCodes))}; the official CLI still prints the legacy ${list([rules.errorCodes.runtime, rules.errorCodes.custom, rules.errorCodes.timeout])}.`,
    );
  return notes;
}

function rows(rules: RuntimeRules): [string, ReactNode][] {
  const { limits } = rules;
  const contract = rules.callbackPassed
    ? 'function lambda(input, callback): answer with callback(null, result) or callback(error)'
    : 'async function lambda(input): return the result (no callback is passed)';
  const loads =
    rules.moduleSyntax === 'import'
      ? `import { Toolbelt } from '${rules.toolbeltModule}'`
      : `const { Toolbelt } = require('${rules.toolbeltModule}')`;
  const other =
    rules.otherConsoleMethods === 'crash'
      ? 'any other method crashes the runtime'
      : 'any other method is not a function (a runtime exception)';
  return [
    ['Node', rules.nodeVersion],
    ['Contract', contract],
    ['Toolbelt', loads],
    ['Console', `${list(rules.consoleMethods.map((m) => `console.${m}`))}; ${other}`],
    [
      'Logs',
      `at most ${n(limits.logEntries)} entries and ${n(limits.logChars)} characters per run`,
    ],
    ['Modules', list(rules.modules)],
    ['Toolbelt clients', list(Object.keys(rules.toolbeltClients))],
    ['Platform variables', list(rules.platformEnv)],
    [
      'Secrets',
      `keys of ${rules.secretKeyChars}, at most ${n(limits.secretKeyChars)} characters; values at most ${n(limits.secretValueChars)}; ${rules.secretCacheMs > 0 ? `reads cached ${n(rules.secretCacheMs / 60_000)} minutes per instance` : 'every read goes to the store'}${rules.systemSecretPrefix ? `; ${rules.systemSecretPrefix}* keys are read-only` : ''}`,
    ],
    [
      'Limits',
      `code ${n(limits.codeChars)} characters; ${n(limits.runMs / 1000)} s per run; ${limits.envCount === null ? '' : `${n(limits.envCount)} variables, `}names ${n(limits.envNameChars)} and values ${n(limits.envValueChars)} characters`,
    ],
    ['Error codes', list(Object.values(rules.platformCodes ?? rules.errorCodes))],
  ];
}

/** The chosen runtime's rules, from its record: contract, console, modules, limits… */
export function RuntimeReference() {
  const runtime: Runtime = useStore((s) => s.runtime);
  const rules = rulesOf(runtime);
  const notes = disagreements(rules);
  return (
    <section
      aria-label="Runtime reference"
      className="max-h-72 shrink-0 overflow-auto border-b border-slate-200 px-2 py-1 text-xs dark:border-slate-700"
    >
      <h3 className="font-semibold">{`Runtime ${RUNTIME_NAMES[runtime]}`}</h3>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5">
        {rows(rules).map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-slate-600 dark:text-slate-400">{term}</dt>
            <dd className="font-mono break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {notes.length > 0 && (
        <ul
          aria-label="Docs and CLI disagree"
          className="mt-1 list-disc pl-4 text-amber-800 dark:text-amber-300"
        >
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
