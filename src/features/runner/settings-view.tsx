import { PLATFORM } from '../../schema/platform';
import { secretsSchema } from '../../schema/workspace';
import { useStore } from '../../store/store';
import { KeyValueTable } from './key-value-table';
import { envLimitsText, envSchemaOf } from './row-problems';
import { MockRulesTable } from './mock-rules-table';

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
      <KeyValueTable
        title="Secrets"
        noun="secret"
        rows={secrets}
        onChange={setSecrets}
        schema={secretsSchema}
        hint={`Read with Toolbelt.SecretClient().readSecret(key). Keys use letters, digits, _ and -, at most ${PLATFORM.limits.secretKeyChars} characters; values at most ${PLATFORM.limits.secretValueChars.toLocaleString('en-US')}.`}
      />
    </div>
  );
}
