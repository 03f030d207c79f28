// Whether the last thing the user did was a key press or a pointer press: focus that follows a key
// (Tab, F6) is keyboard focus, and the code editor then says how to leave it.

let keyboard = false;

if (typeof window !== 'undefined') {
  window.addEventListener('keydown', () => (keyboard = true), true);
  window.addEventListener('pointerdown', () => (keyboard = false), true);
}

/** Whether focus that moves now was moved by the keyboard (the last input was a key). */
export const lastInputWasKeyboard = (): boolean => keyboard;
