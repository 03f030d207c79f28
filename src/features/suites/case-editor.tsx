import { useStore } from '../../store/store';
import type { Expectation, TestCase } from '../../schema/test-case';
import { EVENT_NAMES } from '../../schema/events';
import { Button } from '../../ui/button';
import { loadPayload, updateCase } from './case-actions';
import { JsonField } from './json-field';

/** Props of the case editor. */
export interface CaseEditorProps {
  testCase: TestCase;
  onClose: () => void;
}

/** The runtime's error codes, offered in the error code field. */
const ERROR_CODES = [
  'com.liveperson.faas.handler.runtime-exception',
  'com.liveperson.faas.handler.custom-failure',
  'com.liveperson.faas.handler.executiontime-exceeded',
];

const inputStyle =
  'rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-600 dark:bg-slate-800';

/** `expect` with `key` set to `value`, or without it when `value` is undefined or empty. */
function withExpectation<K extends keyof Expectation>(
  expect: Expectation,
  key: K,
  value: Expectation[K] | undefined,
): Expectation {
  const { [key]: _old, ...rest } = expect;
  return value === undefined || value === '' ? rest : { ...rest, [key]: value };
}

/** Edits one case: its name, expectations and payload; every valid change is saved at once. */
export function CaseEditor({ testCase, onClose }: CaseEditorProps) {
  const workspacePayload = useStore((s) => s.payload);
  const { expect } = testCase;
  const setExpect = <K extends keyof Expectation>(key: K, value: Expectation[K] | undefined) =>
    updateCase({ ...testCase, expect: withExpectation(expect, key, value) });
  const none = Object.keys(expect).length === 0;
  return (
    <form
      aria-label={`Edit case ${testCase.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        onClose();
      }}
      className="flex flex-col gap-2 p-2 text-xs"
    >
      <label className="flex flex-col gap-0.5">
        <span>Name</span>
        <input
          value={testCase.name}
          onChange={(e) => updateCase({ ...testCase, name: e.target.value })}
          className={inputStyle}
        />
      </label>
      <p className="text-slate-600 dark:text-slate-400">
        Runs for {testCase.event ? EVENT_NAMES[testCase.event] : "the workspace's event"} with a
        payload of {Object.keys(testCase.payload).length} fields.{' '}
        {none && 'No expectations: the case passes whatever the function does.'}
      </p>
      <div className="flex flex-wrap gap-1">
        <Button onClick={() => loadPayload(testCase.payload, `"${testCase.name}"`, testCase.event)}>
          Load payload
        </Button>
        <Button
          onClick={() => updateCase({ ...testCase, payload: structuredClone(workspacePayload) })}
        >
          Use current payload
        </Button>
      </div>
      <label className="flex flex-col gap-0.5">
        <span>Expected status</span>
        <select
          value={expect.status ?? ''}
          onChange={(e) =>
            setExpect('status', (e.target.value || undefined) as Expectation['status'])
          }
          className={inputStyle}
        >
          <option value="">Not checked</option>
          <option value="succeeds">Succeeds</option>
          <option value="fails">Fails</option>
        </select>
      </label>
      <JsonField
        label="Returned value equals (JSON)"
        value={expect.resultEquals}
        onChange={(value) => setExpect('resultEquals', value)}
      />
      <JsonField
        label="Returned value contains (JSON)"
        value={expect.resultContains}
        onChange={(value) => setExpect('resultContains', value)}
      />
      <label className="flex flex-col gap-0.5">
        <span>Error code</span>
        <input
          list="suites-error-codes"
          value={expect.errorCode ?? ''}
          placeholder="Not checked"
          onChange={(e) => setExpect('errorCode', e.target.value)}
          className={`${inputStyle} font-mono`}
        />
        <datalist id="suites-error-codes">
          {ERROR_CODES.map((code) => (
            <option key={code} value={code} />
          ))}
        </datalist>
      </label>
      <label className="flex flex-col gap-0.5">
        <span>Console contains</span>
        <input
          value={expect.logContains ?? ''}
          placeholder="Not checked"
          onChange={(e) => setExpect('logContains', e.target.value)}
          className={inputStyle}
        />
      </label>
      <div>
        <Button type="submit">Done</Button>
      </div>
    </form>
  );
}
