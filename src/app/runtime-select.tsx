import { RUNTIME_NAMES, RUNTIMES } from '../schema/workspace';
import { switchRuntime } from '../features/editor/runtime-switch';
import { useStore } from '../store/store';
import { LabelledSelect } from '../ui/labelled-select';

const OPTIONS = RUNTIMES.map((id) => ({ value: id, label: RUNTIME_NAMES[id] }));

/** The runtime choice (combobox `Runtime`, options starting `V1` and `V2`), saved with the workspace; an untouched template follows it. */
export function RuntimeSelect() {
  const runtime = useStore((s) => s.runtime);
  return (
    <LabelledSelect label="Runtime" value={runtime} options={OPTIONS} onChange={switchRuntime} />
  );
}
