import type { ReactNode } from 'react';
import { Button } from '../../ui/button';
import { JsonTextarea } from '../../ui/json-textarea';
import type { JsonTextError } from './json-text';

/** What the app's JSON editor receives when it replaces the plain text area. */
export interface RawEditorProps {
  value: string;
  onChange: (text: string) => void;
  error: JsonTextError | null;
}

/** Props of the raw JSON view. */
export interface RawJsonViewProps extends RawEditorProps {
  onRevert: () => void;
  renderRawEditor?: ((props: RawEditorProps) => ReactNode) | undefined;
}

/** The whole payload as editable JSON text, with syntax errors by line and column. */
export function RawJsonView({
  value,
  onChange,
  error,
  onRevert,
  renderRawEditor,
}: RawJsonViewProps) {
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-1 p-2">
      {error && (
        <div
          role="alert"
          className="flex items-start gap-2 rounded border border-red-300 bg-red-50 px-2 py-1 text-xs text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100"
        >
          <p className="flex-1">
            <strong>
              Line {error.line}, column {error.column}:
            </strong>{' '}
            {error.message.replace(/\.$/, '')}. The payload keeps its last valid version until the
            text parses again.
          </p>
          <Button onClick={onRevert}>Revert to last valid</Button>
        </div>
      )}
      {renderRawEditor ? (
        renderRawEditor({ value, onChange, error })
      ) : (
        <JsonTextarea value={value} onChange={onChange} invalid={error !== null} />
      )}
    </div>
  );
}
