import { DialogButton, DialogClose } from '../ui/dialog-button';
import { SHORTCUT_GROUPS } from './shortcuts';

/** The window event that opens the shortcuts sheet (the `?` key). */
export const SHORTCUTS_EVENT = 'playground:shortcuts';

/** Opens the shortcuts sheet. */
export function requestShortcuts(): void {
  window.dispatchEvent(new Event(SHORTCUTS_EVENT));
}

/** Button `Keyboard shortcuts`: a dialog listing every shortcut of the app, by where it works. */
export function ShortcutsButton() {
  return (
    <DialogButton
      label="Keyboard shortcuts"
      text="Shortcuts"
      dialogLabel="Keyboard shortcuts"
      width="w-[44rem]"
      openOn={SHORTCUTS_EVENT}
    >
      {() => (
        <div className="flex flex-col gap-3">
          <h2 className="text-lg font-semibold">Keyboard shortcuts</h2>
          {SHORTCUT_GROUPS.map((group) => (
            <table key={group.title} className="w-full text-left text-sm">
              <caption className="pb-1 text-left font-semibold">{group.title}</caption>
              <thead className="sr-only">
                <tr>
                  <th scope="col">Keys</th>
                  <th scope="col">Action</th>
                  <th scope="col">Where</th>
                </tr>
              </thead>
              <tbody>
                {group.shortcuts.map((s) => (
                  <tr
                    key={`${s.keys.join()} ${s.action}`}
                    className="border-t border-slate-200 dark:border-slate-700"
                  >
                    <td className="w-40 py-1 pr-2 whitespace-nowrap">
                      {s.keys.map((k, i) => (
                        <span key={k}>
                          {i > 0 && ' or '}
                          <kbd className="rounded border border-slate-300 bg-slate-100 px-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-800">
                            {k}
                          </kbd>
                        </span>
                      ))}
                    </td>
                    <td className="py-1 pr-2">{s.action}</td>
                    <td className="py-1 text-slate-600 dark:text-slate-300">{s.where}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
          <DialogClose />
        </div>
      )}
    </DialogButton>
  );
}
