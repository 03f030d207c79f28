// Every keyboard shortcut of the app, in one list: the shortcuts sheet renders it. The handlers
// live where the keys are handled (the run toolbar, the code editor, the explorer's tree…).

/** One shortcut: the keys (alternatives), what they do, and where they work. */
export interface Shortcut {
  keys: readonly string[];
  action: string;
  where: string;
}

/** A group of shortcuts, by the part of the app they belong to. */
export interface ShortcutGroup {
  title: string;
  shortcuts: readonly Shortcut[];
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl';

/** The app's shortcuts, grouped. */
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'Anywhere',
    shortcuts: [
      { keys: [`${mod}+Enter`], action: 'Run the function', where: 'anywhere' },
      { keys: ['Esc'], action: 'Stop the run', where: 'while a run is going on' },
      { keys: ['F6'], action: 'Go to the next area', where: 'explorer, code, result, tests' },
      { keys: ['Shift+F6'], action: 'Go to the previous area', where: 'anywhere' },
      { keys: ['?'], action: 'Show these shortcuts', where: 'outside text fields' },
    ],
  },
  {
    title: 'Code editor',
    shortcuts: [
      { keys: [`${mod}+S`], action: 'Share (opens the share dialog)', where: 'code editor' },
      {
        keys: [isMac ? 'Ctrl+Shift+M' : 'Ctrl+M'],
        action: 'Toggle Tab moving focus instead of inserting a tab',
        where: 'code editors',
      },
      { keys: ['Shift+Alt+F'], action: 'Format the code', where: 'code editor' },
      {
        keys: [`${mod}+Z`],
        action: 'Undo (brings back code a template replaced)',
        where: 'code editor',
      },
      { keys: ['F1'], action: "All the editor's commands", where: 'code editors' },
      { keys: ['Alt+F1'], action: "The editor's accessibility help", where: 'code editors' },
    ],
  },
  {
    title: 'Debugger',
    shortcuts: [
      { keys: [`${mod}+Shift+Enter`], action: 'Debug the function', where: 'anywhere' },
      { keys: ['F9'], action: 'Toggle a breakpoint on the line', where: 'code editor' },
      { keys: ['F10'], action: 'Step over', where: 'while the debugger is open' },
      { keys: ['Shift+F10'], action: 'Step back', where: 'while the debugger is open' },
      { keys: ['F11'], action: 'Step into', where: 'while the debugger is open' },
      { keys: ['Shift+F11'], action: 'Step out', where: 'while the debugger is open' },
      {
        keys: ['F8'],
        action: 'Continue to the next breakpoint',
        where: 'while the debugger is open',
      },
      {
        keys: ['Shift+F8'],
        action: 'Reverse continue to the previous breakpoint',
        where: 'while the debugger is open',
      },
    ],
  },
  {
    title: 'Payload tree',
    shortcuts: [
      { keys: ['↑', '↓'], action: 'Previous or next field', where: 'payload tree' },
      { keys: ['Home', 'End'], action: 'First or last field', where: 'payload tree' },
      { keys: ['→'], action: 'Expand, or go to the first child', where: 'payload tree' },
      { keys: ['←'], action: 'Collapse, or go to the parent', where: 'payload tree' },
      {
        keys: ['Enter', 'F2'],
        action: 'Edit the value (Enter expands a group)',
        where: 'payload tree',
      },
      { keys: ['Enter'], action: 'Keep the new value', where: 'value being edited' },
      { keys: ['Esc'], action: 'Cancel the edit', where: 'value being edited' },
      { keys: ['Space'], action: 'Turn a true/false value over', where: 'value being edited' },
      { keys: ['↑', '↓'], action: 'Known values of a field', where: 'value being edited' },
    ],
  },
  {
    title: 'Tabs, dividers and dialogs',
    shortcuts: [
      { keys: ['←', '→'], action: 'Previous or next tab', where: 'tab lists' },
      { keys: ['Home', 'End'], action: 'First or last tab', where: 'tab lists' },
      {
        keys: ['←', '→', '↑', '↓'],
        action: 'Resize the panes (Shift: bigger steps)',
        where: 'dividers',
      },
      { keys: ['Enter'], action: 'Keep the new name', where: 'workspace being renamed' },
      { keys: ['Esc'], action: 'Close the dialog, or cancel a rename', where: 'dialogs' },
    ],
  },
];
