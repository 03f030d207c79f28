/**
 * The static map of an instrumented function: what each id in a Debug run's trace stands for.
 * The transform (instrument.ts) builds it in the app, from the user's code, so it is trusted;
 * the trace from the sandbox only refers to it by index (and is checked against its sizes).
 * Positions are the user's: lines from 1, columns from 0, as Monaco's columns minus 1.
 */

/** Kinds of scope the Variables tree shows. */
export type ScopeKind = 'module' | 'function' | 'block' | 'catch';

/** A statement where a step can be: the recorder's `s(point, frame)`. */
export interface ProgramPoint {
  line: number;
  column: number;
  /** The line where the statement ends (a statement may span lines). */
  endLine: number;
  /** The innermost scope the statement runs in. */
  scope: number;
}

/** A static scope: 0 is the module's. */
export interface ProgramScope {
  kind: ScopeKind;
  /** The enclosing scope (-1 for the module's). */
  parent: number;
  /** The function whose frame holds this scope's variables (0: the module). */
  fn: number;
  /** The variables it declares, as slot ids, in declaration order. */
  slots: number[];
}

/** How a variable was declared. */
export type SlotKind =
  'var' | 'let' | 'const' | 'param' | 'function' | 'class' | 'catch' | 'import';

/** A variable: one name declared in one scope. */
export interface ProgramSlot {
  name: string;
  scope: number;
  kind: SlotKind;
}

/** A function of the code: 0 is the module's top-level code. */
export interface ProgramFunction {
  /** Its name as a stack would give it (`lambda`, `handler`, `<anonymous>`, `(module)` for 0). */
  name: string;
  line: number;
  column: number;
  /** Its own function scope. */
  scope: number;
  /** The function it is written in (-1 for the module). */
  parent: number;
}

/** A place that writes a variable: the recorder's `v(site, frame, value)`. */
export interface WriteSite {
  slot: number;
  /** Where the write is (its statement's line, for inline values). */
  line: number;
  column: number;
}

/** Everything a trace's ids refer to. */
export interface ProgramMap {
  points: ProgramPoint[];
  scopes: ProgramScope[];
  slots: ProgramSlot[];
  functions: ProgramFunction[];
  sites: WriteSite[];
}
