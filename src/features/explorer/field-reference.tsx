import { allFieldSpecs } from '../../schema/field-spec';
import type { FieldMeta } from '../../schema/field-meta';

const SOURCE_LABELS: Record<FieldMeta['source'], string> = {
  table: 'table',
  group: 'table (group)',
  example: 'from example',
};

const exampleText = (meta: FieldMeta | undefined) => {
  const example = meta?.examples?.[0];
  return example === undefined ? '' : JSON.stringify(example);
};

/** Every documented field in one table: path, type, description, example and source. */
export function FieldReference() {
  return (
    // Focusable, so that the keyboard scrolls it too.
    <div
      role="region"
      aria-label="Field reference"
      tabIndex={0}
      className="min-h-0 flex-1 overflow-auto"
    >
      <table className="w-full border-collapse text-left text-xs">
        <caption className="px-2 py-1 text-left text-slate-500 dark:text-slate-400">
          {allFieldSpecs.length} documented fields of <code>input.payload</code>; “from example”
          fields are described from the documentation’s examples, not from its table.
        </caption>
        <thead className="sticky top-0 bg-slate-100 dark:bg-slate-800">
          <tr>
            {['Path', 'Type', 'Description', 'Example', 'Source'].map((h) => (
              <th key={h} scope="col" className="px-2 py-1 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {allFieldSpecs.map((spec) => (
            <tr
              key={spec.path}
              className="border-t border-slate-200 align-top dark:border-slate-700"
            >
              <th scope="row" className="px-2 py-1 font-mono font-medium break-all">
                {spec.path}
              </th>
              <td className="px-2 py-1 font-mono">{spec.meta?.docType}</td>
              <td className="px-2 py-1">{spec.meta?.description}</td>
              <td className="max-w-48 truncate px-2 py-1 font-mono" title={exampleText(spec.meta)}>
                {exampleText(spec.meta)}
              </td>
              <td className="px-2 py-1 whitespace-nowrap">
                {spec.meta ? SOURCE_LABELS[spec.meta.source] : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
