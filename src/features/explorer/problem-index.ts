// Validation problems arranged for the tree: by field id, and which containers hold some.
import type { PayloadProblem } from '../../schema/validate-payload';
import { idsAlong } from './tree-nodes';

/** A problem with the id of the row it concerns. */
export interface RowProblem extends PayloadProblem {
  /** The field's id (`dialogs[0].creationTs`); empty for the payload itself. */
  id: string;
}

/** Problems by the field they concern. */
export interface ProblemIndex {
  list: RowProblem[];
  /** Messages per field id. */
  byId: Map<string, string[]>;
  /** Ids of containers with a problem somewhere below them. */
  inside: Set<string>;
}

/** Indexes validation problems by field id and by the containers that hold them. */
export function indexProblems(problems: readonly PayloadProblem[]): ProblemIndex {
  const byId = new Map<string, string[]>();
  const inside = new Set<string>();
  const list = problems.map((problem) => {
    const ids = idsAlong(problem.path);
    const id = ids.pop() ?? '';
    ids.forEach((ancestor) => inside.add(ancestor));
    byId.set(id, [...(byId.get(id) ?? []), problem.message]);
    return { ...problem, id };
  });
  return { list, byId, inside };
}
