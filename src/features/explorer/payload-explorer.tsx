import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { validatePayload } from '../../schema/validate-payload';
import { useStore } from '../../store/store';
import { Button } from '../../ui/button';
import { Tabs } from '../../ui/tabs';
import { CopyStatusView } from './copy-status';
import { FieldDetails } from './field-details';
import { FieldReference } from './field-reference';
import { RuntimeReference } from './runtime-reference';
import { PayloadTree } from './payload-tree';
import { indexProblems } from './problem-index';
import { ProblemsSummary } from './problems-summary';
import { RawJsonView, type RawEditorProps } from './raw-json-view';
import type { TreeRow } from './tree-model';
import { pathExpression } from './tree-nodes';
import { usePathCopy } from './use-path-copy';
import { usePayloadActions } from './use-payload-actions';
import { useRawDraft } from './use-raw-draft';
import { useTreeState } from './use-tree-state';

/** Props of the payload explorer. */
export interface PayloadExplorerProps {
  /** Inserts a field's path as code (e.g. at the code editor's cursor); adds "Insert path" when given. */
  onInsertPath?: (expression: string) => void;
  /** Renders the editor of the JSON view (a plain text area when absent). */
  renderRawEditor?: (props: RawEditorProps) => ReactNode;
}

type View = 'tree' | 'json' | 'reference';
const VIEWS = [
  { id: 'tree', label: 'Tree' },
  { id: 'json', label: 'JSON' },
  { id: 'reference', label: 'Reference' },
] as const;

/** The payload as a documented, searchable, editable tree, with a JSON view and a field reference. */
export function PayloadExplorer({ onInsertPath, renderRawEditor }: PayloadExplorerProps) {
  useState(() => performance.mark('payload-explorer:start'));
  const payload = useStore((s) => s.payload);
  const setPayload = useStore((s) => s.setPayload);
  const [view, setView] = useState<View>('tree');
  const idPrefix = useId();
  const tree = useTreeState(payload);
  const actions = usePayloadActions(tree);
  const problems = useMemo(() => indexProblems(validatePayload(payload)), [payload]);
  const raw = useRawDraft(payload, setPayload, view === 'json');
  const copy = usePathCopy();
  const parseError = raw.error
    ? `Line ${raw.error.line}, column ${raw.error.column}: ${raw.error.message.replace(/\.$/, '')}`
    : null;
  const setDraftError = useStore((s) => s.setPayloadDraftError);
  useEffect(() => setDraftError(parseError), [parseError, setDraftError]);
  useEffect(() => () => setDraftError(null), [setDraftError]);

  useEffect(() => {
    const frame = requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark('payload-explorer:painted');
        performance.measure(
          'payload-explorer:render',
          'payload-explorer:start',
          'payload-explorer:painted',
        );
      }),
    );
    return () => cancelAnimationFrame(frame);
  }, []);

  const insert = onInsertPath ? (row: TreeRow) => onInsertPath(pathExpression(row.id)) : undefined;
  const panel = (id: View) => ({
    role: 'tabpanel',
    id: `${idPrefix}-panel-${id}`,
    'aria-labelledby': `${idPrefix}-tab-${id}`,
    className: 'flex min-h-0 flex-1 flex-col',
  });

  return (
    <div className="flex h-full min-h-0 flex-col bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      <div className="flex items-center gap-3 px-2 pt-2 pb-1">
        <h2 className="text-sm font-semibold">Payload</h2>
        <ProblemsSummary
          problems={problems.list}
          parseError={parseError}
          onReveal={(problem) => {
            setView('tree');
            tree.reveal(problem.path);
          }}
        />
        <Button className="ml-auto" onClick={actions.resetAll}>
          Reset payload
        </Button>
      </div>
      <Tabs
        label="Payload views"
        tabs={VIEWS}
        selected={view}
        onSelect={setView}
        idPrefix={idPrefix}
      />
      {view === 'tree' && (
        <div {...panel('tree')}>
          <div className="flex items-center gap-1 p-2">
            <input
              type="search"
              aria-label="Search fields"
              placeholder="Search keys, paths, descriptions, values"
              value={tree.query}
              onChange={(e) => tree.setQuery(e.target.value)}
              className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 py-1 text-xs focus:border-sky-500 dark:border-slate-600 dark:bg-slate-800"
            />
            <Button onClick={tree.expandAll}>Expand all</Button>
            <Button onClick={tree.collapseAll}>Collapse all</Button>
          </div>
          {tree.search && (
            <p
              aria-live="polite"
              className="px-2 pb-1 text-[11px] text-slate-500 dark:text-slate-400"
            >
              {tree.search.matched.size} matching{' '}
              {tree.search.matched.size === 1 ? 'field' : 'fields'}
            </p>
          )}
          <PayloadTree state={tree} problems={problems} onCommit={actions.commit} />
          <div className="max-h-[45%] shrink-0 overflow-auto border-t border-slate-200 dark:border-slate-700">
            <FieldDetails
              row={tree.activeRow}
              problems={tree.activeRow && problems.byId.get(tree.activeRow.id)}
              onEdit={actions.onEdit}
              onCopyPath={(row) => void copy.copy(pathExpression(row.id))}
              onInsertPath={insert}
              onReset={actions.onReset}
              onRemove={actions.onRemove}
              onAddItem={actions.onAddItem}
              footer={<CopyStatusView status={copy.status} onDismiss={copy.dismiss} />}
            />
          </div>
        </div>
      )}
      {view === 'json' && (
        <div {...panel('json')}>
          <RawJsonView
            value={raw.text}
            onChange={raw.onChange}
            error={raw.error}
            onRevert={raw.revert}
            renderRawEditor={renderRawEditor}
          />
        </div>
      )}
      {view === 'reference' && (
        <div {...panel('reference')}>
          <RuntimeReference />
          <FieldReference />
        </div>
      )}
    </div>
  );
}
