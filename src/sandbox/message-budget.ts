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
  const stack: [unknown, number][] = [[data, 0]];
  let values = 0;
  let chars = 0;
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (++values > budget.values) return false;
    if (typeof value === 'string' && (chars += value.length) > budget.chars) return false;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= budget.depth) return false;
    const children = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) stack.push([child, depth + 1]);
  }
  return true;
}
