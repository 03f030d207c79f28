import { secretsSchemaFor, type SecretRow, type SecretType } from '../../schema/workspace';
import { useStore } from '../../store/store';
import { KeyValueTable } from './key-value-table';
import { envLimitsText, envSchemaOf } from './row-problems';
import { MockRulesTable } from './mock-rules-table';
import { secretsHint } from './secret-texts';

const SECRET_TYPE_NAMES: Record<SecretType, string> = { text: 'Text', json: 'JSON' };

const selectStyle =
  'rounded border border-slate-300 bg-white px-1 py-0.5 text-xs dark:border-slate-600 dark:bg-slate-800';

/** The function's configuration: mock rules, environment variables and secrets. */
export function SettingsView() {
  const env = useStore((s) => s.env);
  const setEnv = useStore((s) => s.setEnv);
  const runtime = useStore((s) => s.runtime);
  const secrets = useStore((s) => s.secrets);
  const setSecrets = useStore((s) => s.setSecrets);
  return (
    <div className="flex flex-col gap-4 p-2">
      <MockRulesTable />
      <KeyValueTable
        title="Environment variables"
        noun="variable"
        rows={env}
        onChange={setEnv}
        schema={envSchemaOf(runtime)}
        hint={`process.env.NAME in the function; values are strings. ${envLimitsText(runtime)}. A change starts a new instance.`}
      />
      <KeyValueTable<SecretRow>
        title="Secrets"
        noun="secret"
        rows={secrets}
        onChange={setSecrets}
        schema={secretsSchemaFor([runtime])}
        hint={secretsHint(runtime)}
        extraCell={(row, index, update) => (
          <select
            aria-label={`secret ${index + 1} type`}
            value={row.type ?? 'text'}
            onChange={(e) => update({ type: e.target.value as SecretType })}
            className={selectStyle}
          >
            {(Object.keys(SECRET_TYPE_NAMES) as SecretType[]).map((type) => (
              <option key={type} value={type}>
                {SECRET_TYPE_NAMES[type]}
              </option>
            ))}
          </select>
        )}
      />
    </div>
  );
}
