import { useState, type ReactNode } from 'react';
import { ResizeHandle } from '../ui/resize-handle';

/** Props of the main area. */
export interface MainAreaProps {
  toolbar: ReactNode;
  code: ReactNode;
  result: ReactNode;
}

const RESULT = { min: 120, max: 900, initial: 320 };

/** The toolbar, the code above, the result panel below, with a resizable divider between them. */
export function MainArea({ toolbar, code, result }: MainAreaProps) {
  const [height, setHeight] = useState(RESULT.initial);
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      {toolbar}
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
      <div style={{ height }} className="flex min-h-0 shrink-0 flex-col">
        {result}
      </div>
    </div>
  );
}
