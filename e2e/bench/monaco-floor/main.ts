// The editor bench's baseline: the app's Monaco set-up (contributions, languages, workers, typings)
// alone on a blank page, editing the template, with the app's marks: editor-ready once the code is
// drawn, editor-checked once the TypeScript worker has answered its first semantic check.
import { getJavaScriptWorker } from 'monaco-editor/languages/features/typescript/register';
import { createEditor, monaco, setTypings } from '../../../src/features/editor/monaco-setup';
import { FUNCTION_FILE } from '../../../src/features/editor/editor-files';
import { functionTemplate } from '../../../src/lib/function-templates';
import {
  CHECKED_MARK,
  markOnce,
  READY_MARK,
  REQUESTED_MARK,
} from '../../../src/lib/start-up-marks';

const EVENT = 'surveybot_messaging_survey_started';

performance.mark(REQUESTED_MARK);
setTypings(EVENT, 'v2');
const model = monaco.editor.createModel(
  functionTemplate(EVENT),
  'javascript',
  monaco.Uri.parse(FUNCTION_FILE),
);
createEditor(document.getElementById('editor')!, {
  model,
  automaticLayout: true,
  fontSize: 13,
  minimap: { enabled: false },
});
requestAnimationFrame(() => markOnce(READY_MARK));
const workerFor = await getJavaScriptWorker();
const worker = await workerFor(model.uri);
await worker.getSemanticDiagnostics(model.uri.toString());
markOnce(CHECKED_MARK);
