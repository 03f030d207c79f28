import { useState, type CSSProperties, type ReactNode } from 'react';
import { ResizeHandle } from '../ui/resize-handle';
import { paneId, type Area } from './focus-areas';

/** Props of the main area. */
export interface MainAreaProps {
  toolbar: ReactNode;
  code: ReactNode;
  /** The debugger, beside the code while a recording is open (under it on a small screen). */
  debug?: ReactNode;
  result: ReactNode;
  /** The tests panel, beside the result panel. */
  tests?: ReactNode;
  /** The area shown on a small screen (one at a time there). */
  pane: Area;
}

const RESULT = { min: 120, max: 900, initial: 320 };
const TESTS = { min: 280, max: 1400, initial: 440 };

/** Classes of an area: always shown on a wide screen, only when chosen on a small one. */
const shownOn = (pane: Area, area: Area) =>
  `min-h-0 flex-col min-[800px]:flex ${pane === area ? 'flex flex-1' : 'hidden'}`;

/**
 * The toolbar, the code above, the result and tests panels below, with resizable dividers. On a
 * small screen: the toolbar, then the one area chosen. The tests panel's width is given as
 * `--tests-width`, so that a tests pane can open beside it.
 */
export function MainArea({ toolbar, code, debug, result, tests, pane }: MainAreaProps) {
  const [height, setHeight] = useState(RESULT.initial);
  const [testsWidth, setTestsWidth] = useState(TESTS.initial);
  const sizes = {
    '--result-height': `${height}px`,
    '--tests-width': `${tests ? testsWidth : 0}px`,
  };
  return (
    <div className="flex min-h-0 flex-1 flex-col" style={sizes as CSSProperties}>
      {toolbar}
      {/* The containing block of the tests' panes, which open beside the tests panel at full height. */}
      <div className="relative flex min-h-0 flex-1 flex-col">
        <div className={`${shownOn(pane, 'code')} min-[800px]:flex-1 min-[800px]:flex-row`}>
          <div
            id={paneId('code')}
            data-area="code"
            tabIndex={-1}
            className="flex min-h-0 min-w-0 flex-1 flex-col"
          >
            {code}
          </div>
          {debug}
        </div>
        <div className="hidden min-[800px]:flex min-[800px]:flex-col">
          <ResizeHandle
            label="Resize result panel"
            orientation="horizontal"
            value={height}
            min={RESULT.min}
            max={RESULT.max}
            onResize={setHeight}
            direction={-1}
          />
        </div>
        <div
          className={`min-h-0 min-[800px]:flex min-[800px]:h-(--result-height) min-[800px]:flex-none ${
            pane === 'result' || pane === 'tests' ? 'flex flex-1' : 'hidden'
          }`}
        >
          <div
            id={paneId('result')}
            data-area="result"
            tabIndex={-1}
            className={`${shownOn(pane, 'result')} min-w-0 min-[800px]:flex-1`}
          >
            {result}
          </div>
          {tests && (
            <>
              <div className="hidden min-[800px]:flex">
                <ResizeHandle
                  label="Resize tests panel"
                  orientation="vertical"
                  value={testsWidth}
                  min={TESTS.min}
                  max={TESTS.max}
                  onResize={setTestsWidth}
                  direction={-1}
                />
              </div>
              <div
                id={paneId('tests')}
                data-area="tests"
                tabIndex={-1}
                className={`${shownOn(pane, 'tests')} min-w-0 min-[800px]:w-(--tests-width) min-[800px]:flex-none`}
              >
                {tests}
              </div>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
