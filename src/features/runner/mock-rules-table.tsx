import { useState } from 'react';
import { z } from 'zod';
import { MOCK_PRESETS, withPreset } from '../../lib/mock-presets';
import { HTTP_METHODS, mockRuleSchema, type MockRule } from '../../schema/workspace';
import { useStore } from '../../store/store';
import { Button } from '../../ui/button';
import { bodyToText, headersToText, textToBody, textToHeaders } from './mock-rule-fields';
import { rowProblems } from './row-problems';

const mocksSchema = z.array(mockRuleSchema);
const fieldStyle =
  'w-full rounded border border-slate-300 bg-white px-1 py-0.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800 aria-[invalid=true]:border-red-500';

/** A text area that keeps what the user types, and reports it parsed; it follows outside changes when not focused. */
function DraftArea({
  label,
  text,
  onText,
  rows = 2,
}: {
  label: string;
  text: string;
  onText: (text: string) => void;
  rows?: number;
}) {
  const [draft, setDraft] = useState(text);
  const [focused, setFocused] = useState(false);
  return (
    <textarea
      aria-label={label}
      rows={rows}
      spellCheck={false}
      value={focused ? draft : text}
      onFocus={() => {
        setDraft(text);
        setFocused(true);
      }}
      onBlur={() => setFocused(false)}
      onChange={(e) => {
        setDraft(e.target.value);
        onText(e.target.value);
      }}
      className={fieldStyle}
    />
  );
}

const optionalNumber = (text: string): number | undefined =>
  text.trim() === '' ? undefined : Number(text);

/** Drops the keys whose value is undefined (the workspace keeps optional fields absent). */
function compact(rule: Record<string, unknown>): MockRule {
  return Object.fromEntries(Object.entries(rule).filter(([, v]) => v !== undefined)) as MockRule;
}

/** The mock rules table: what answers the function's HTTP requests, first match wins. */
export function MockRulesTable() {
  const mocks = useStore((s) => s.mocks);
  const setMocks = useStore((s) => s.setMocks);
  const problems = rowProblems(mocksSchema, mocks);
  const update = (index: number, change: Record<string, unknown>) =>
    setMocks(mocks.map((rule, i) => (i === index ? compact({ ...rule, ...change }) : rule)));
  return (
    <section aria-label="Mock rules" className="flex flex-col gap-2">
      <h3 className="text-xs font-semibold">Mock rules</h3>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        The playground makes no real requests: fetch and every toolbelt client get the answer of the
        first rule whose method and URL match (<code>*</code> matches anything; a pattern without{' '}
        <code>?</code> ignores the query). Toolbelt clients first ask CSDS for their service&apos;s
        domain; on V2, LpClient, ConversationUtil, SDEUtil, LPMtlsClient and OrchestratorClient also
        fetch an OAuth2 token with the secret <code>LIVEPERSON_DEFAULT_APP_KEY</code> (
        <code>{'{"client_id", "client_secret"}'}</code>).
      </p>
      <div role="group" aria-label="Mock presets" className="flex flex-wrap items-center gap-1">
        <span className="text-xs text-slate-600 dark:text-slate-400">Add a preset:</span>
        {MOCK_PRESETS.map((preset) => (
          <Button
            key={preset.id}
            variant="ghost"
            onClick={() => setMocks(withPreset(mocks, preset))}
          >
            {preset.name}
          </Button>
        ))}
      </div>
      {mocks.map((rule, index) => {
        const n = index + 1;
        const problem = problems[index];
        return (
          <fieldset
            key={index}
            className="grid grid-cols-[6rem_1fr_5rem_5rem_auto] items-start gap-1 rounded border border-slate-200 p-1 dark:border-slate-700"
          >
            <legend className="sr-only">Mock {n}</legend>
            <select
              aria-label={`Mock ${n} method`}
              value={rule.method ?? ''}
              onChange={(e) => update(index, { method: e.target.value || undefined })}
              className={fieldStyle}
            >
              <option value="">Any</option>
              {HTTP_METHODS.map((m) => (
                <option key={m}>{m}</option>
              ))}
            </select>
            <input
              aria-label={`Mock ${n} URL`}
              placeholder="https://api.example.com/*"
              value={rule.url}
              aria-invalid={!!problem?.url}
              onChange={(e) => update(index, { url: e.target.value })}
              className={fieldStyle}
            />
            <input
              aria-label={`Mock ${n} status`}
              type="number"
              placeholder="200"
              value={rule.status ?? ''}
              aria-invalid={!!problem?.status}
              onChange={(e) => update(index, { status: optionalNumber(e.target.value) })}
              className={fieldStyle}
            />
            <input
              aria-label={`Mock ${n} delay (ms)`}
              type="number"
              placeholder="delay ms"
              value={rule.delayMs ?? ''}
              aria-invalid={!!problem?.delayMs}
              onChange={(e) => update(index, { delayMs: optionalNumber(e.target.value) })}
              className={fieldStyle}
            />
            <Button
              variant="ghost"
              aria-label={`Remove mock ${n}`}
              onClick={() => setMocks(mocks.filter((_, i) => i !== index))}
            >
              ✕
            </Button>
            <div className="col-span-2">
              <DraftArea
                label={`Mock ${n} headers`}
                text={headersToText(rule.headers)}
                onText={(t) => update(index, { headers: textToHeaders(t) })}
              />
            </div>
            <div className="col-span-3">
              <DraftArea
                label={`Mock ${n} body`}
                rows={3}
                text={bodyToText(rule.body)}
                onText={(t) => update(index, { body: textToBody(t) })}
              />
            </div>
            {problem && (
              <p className="col-span-5 text-xs text-red-700 dark:text-red-300">
                {Object.entries(problem)
                  .map(([f, m]) => `${f}: ${m}`)
                  .join('; ')}
              </p>
            )}
          </fieldset>
        );
      })}
      <div>
        <Button onClick={() => setMocks([...mocks, { url: '', status: 200, body: {} }])}>
          Add mock
        </Button>
      </div>
    </section>
  );
}
