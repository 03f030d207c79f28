import { RUNTIME_NAMES, RUNTIMES } from '../schema/workspace';
import { useStore } from '../store/store';
import { LabelledSelect } from '../ui/labelled-select';

const OPTIONS = RUNTIMES.map((id) => ({ value: id, label: RUNTIME_NAMES[id] }));

/** The runtime choice (combobox `Runtime`, options starting `V1` and `V2`), saved with the workspace. */
export function RuntimeSelect() {
  const runtime = useStore((s) => s.runtime);
  const setRuntime = useStore((s) => s.setRuntime);
  return <LabelledSelect label="Runtime" value={runtime} options={OPTIONS} onChange={setRuntime} />;
}
