import { useState, type CSSProperties, type ReactNode } from 'react';
import { ResizeHandle } from '../ui/resize-handle';

/** Props of the main area. */
export interface MainAreaProps {
  toolbar: ReactNode;
  code: ReactNode;
  result: ReactNode;
  /** The tests panel, beside the result panel. */
  tests?: ReactNode;
}

const RESULT = { min: 120, max: 900, initial: 320 };
const TESTS = { min: 280, max: 1400, initial: 440 };

/**
 * The toolbar, the code above, the result and tests panels below, with resizable dividers.
 * Below the toolbar is the containing block of the tests' panes, told the tests panel's width
 * (`--tests-width`) so that a pane can open beside it at full height.
 */
export function MainArea({ toolbar, code, result, tests }: MainAreaProps) {
  const [height, setHeight] = useState(RESULT.initial);
  const [testsWidth, setTestsWidth] = useState(TESTS.initial);
  const space = { '--tests-width': `${tests ? testsWidth : 0}px` } as CSSProperties;
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      {toolbar}
      <div style={space} className="relative flex min-h-0 flex-1 flex-col">
        <div className="min-h-0 flex-1">{code}</div>
        <ResizeHandle
          label="Resize result panel"
          orientation="horizontal"
          value={height}
          min={RESULT.min}
          max={RESULT.max}
          onResize={setHeight}
          direction={-1}
        />
        <div style={{ height }} className="flex min-h-0 shrink-0">
          <div className="flex min-w-0 flex-1 flex-col">{result}</div>
          {tests && (
            <>
              <ResizeHandle
                label="Resize tests panel"
                orientation="vertical"
                value={testsWidth}
                min={TESTS.min}
                max={TESTS.max}
                onResize={setTestsWidth}
                direction={-1}
              />
              <div style={{ width: testsWidth }} className="flex min-h-0 shrink-0 flex-col">
                {tests}
              </div>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
