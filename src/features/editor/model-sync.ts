import type { monaco } from './monaco-setup';

/** Sets a model's text as one undoable edit (so Ctrl+Z brings back what a template replaced). */
export function replaceModelText(model: monaco.editor.ITextModel, text: string): void {
  if (model.getValue() === text) return;
  model.pushStackElement();
  model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
  model.pushStackElement();
}
