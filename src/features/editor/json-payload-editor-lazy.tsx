import { lazy, Suspense } from 'react';
import type { JsonPayloadEditorProps } from './json-payload-editor';

// The explorer's raw view renders this through the app's `renderRawEditor`; Monaco loads on first
// render, and the plain text area serves until then.

const MonacoJsonEditor = lazy(() =>
  import('./json-payload-editor').then((m) => ({ default: m.JsonPayloadEditor })),
);

/** The payload as JSON in Monaco, validated against the schema; a text area while Monaco loads. */
export function JsonPayloadEditor(props: JsonPayloadEditorProps) {
  const { value, onChange, error } = props;
  return (
    <div data-testid="payload-json-editor" className="flex min-h-0 flex-1 flex-col">
      <Suspense
        fallback={
          <textarea
            aria-label="Payload JSON"
            aria-invalid={error ? true : undefined}
            spellCheck={false}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            className="min-h-0 flex-1 resize-none rounded border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
          />
        }
      >
        <MonacoJsonEditor {...props} />
      </Suspense>
    </div>
  );
}
