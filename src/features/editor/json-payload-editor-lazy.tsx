import { JsonTextarea } from '../../ui/json-textarea';
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
        fallback={<JsonTextarea value={value} onChange={onChange} invalid={error !== null} />}
      >
        <MonacoJsonEditor {...props} />
      </Suspense>
    </div>
  );
}
