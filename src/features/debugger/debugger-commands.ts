/** The debugger's moves as commands: their labels and keys, and running one on the open session. */
import { useStore } from '../../store/store';
import { breakpointViewFor, useDebugSession } from './debug-session';
import { continueTo, reverseContinue, stepBack, stepInto, stepOut, stepOver } from './navigation';

/** A debugger command. */
export type DebugCommand =
  'stepOver' | 'stepInto' | 'stepOut' | 'stepBack' | 'continue' | 'reverseContinue';

/** Each command's button label and key (as `aria-keyshortcuts` writes it), in the toolbar's order. */
export const DEBUG_COMMANDS: { command: DebugCommand; label: string; key: string }[] = [
  { command: 'reverseContinue', label: 'Reverse continue', key: 'Shift+F8' },
  { command: 'stepBack', label: 'Step back', key: 'Shift+F10' },
  { command: 'stepOver', label: 'Step over', key: 'F10' },
  { command: 'stepInto', label: 'Step into', key: 'F11' },
  { command: 'stepOut', label: 'Step out', key: 'Shift+F11' },
  { command: 'continue', label: 'Continue', key: 'F8' },
];

/** Runs a command on the open recording (nothing when none is open). */
export function runDebugCommand(command: DebugCommand): void {
  const { recording, step, moveTo } = useDebugSession.getState();
  if (!recording) return;
  const hit = () => breakpointViewFor(recording, useStore.getState().breakpoints).hit;
  const next = {
    stepOver: () => stepOver(recording, step),
    stepInto: () => stepInto(recording, step),
    stepOut: () => stepOut(recording, step),
    stepBack: () => stepBack(recording, step),
    continue: () => continueTo(recording, step, hit()),
    reverseContinue: () => reverseContinue(recording, step, hit()),
  }[command]();
  moveTo(next);
}
