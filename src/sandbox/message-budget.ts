/**
 * A cheap check of a received message's shape before zod parses it: how deep it nests and how
 * many values and characters it holds. A message past these bounds is refused without being walked recursively,
 * so a hostile one can neither overflow the stack of the recursive schema nor hold the page.
 */

/** The bounds a message from the sandbox must keep. */
export const MESSAGE_BUDGET = {
  /** Deepest nesting of objects and arrays (a tagged value of depth 40 nests about 130 deep). */
  depth: 200,
  /** Most objects, arrays and primitives in one message. */
  values: 2_000_000,
  /** Most characters of all its strings together (each string is capped too). */
  chars: 20_000_000,
};

/** Whether `data` keeps within `budget`; walks it iteratively, stopping at the first excess. */
export function withinBudget(data: unknown, budget = MESSAGE_BUDGET): boolean {
  // Two parallel stacks: no [value, depth] pair is allocated per value visited.
  const pending: unknown[] = [data];
  const depths: number[] = [0];
  let values = 0;
  let chars = 0;
  while (pending.length > 0) {
    const value = pending.pop();
    const depth = depths.pop()!;
    if (++values > budget.values) return false;
    if (typeof value === 'string' && (chars += value.length) > budget.chars) return false;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= budget.depth) return false;
    const children = Array.isArray(value) ? value : Object.values(value);
    for (let i = 0; i < children.length; i++) {
      pending.push(children[i]);
      depths.push(depth + 1);
    }
  }
  return true;
}
