import { templateAfterSwitch } from '../../lib/function-templates';
import type { Runtime } from '../../schema/workspace';
import { useStore } from '../../store/store';
import { replaceCode } from './editor-handle';

/**
 * Switches the open workspace's runtime. Code that is the other runtime's template as written
 * becomes the same template in the new runtime (undoably in the editor); other code is kept, and
 * the editor's checks say what does not fit.
 */
export function switchRuntime(runtime: Runtime): void {
  const store = useStore.getState();
  const swapped = templateAfterSwitch(store.code, runtime);
  if (!store.setRuntime(runtime).ok || swapped === null) return;
  if (!replaceCode(swapped)) store.setCode(swapped);
}
