// The link from a console entry or a request to the debugger's step where it happened.
import { Button } from '../../ui/button';

/** How the result panel finds the debugger's step of a console entry or a request, and moves there. */
export interface StepLinks {
  /** The step of the console entry at `index` of the run's logs, or null when the recording has none. */
  log(index: number): number | null;
  /** The step of the request with this `id`, or null when the recording has none. */
  request(id: number): number | null;
  /** Moves the debugger to `step`. */
  go(step: number): void;
}

/** Button "Step N" (labelled "Go to step N"), or nothing when there is no step. */
export function StepLink({ step, go }: { step: number | null; go: (step: number) => void }) {
  if (step === null) return null;
  return (
    <Button
      variant="ghost"
      className="shrink-0 font-sans"
      aria-label={`Go to step ${step}`}
      title={`Show step ${step} in the debugger`}
      onClick={() => go(step)}
    >
      Step {step}
    </Button>
  );
}
