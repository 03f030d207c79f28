/**
 * The Debug run's transform: the user's CommonJS code with probes that record each statement it
 * runs, each frame it enters and leaves, and each variable it writes, on the recorder the worker
 * passes as `__sfpRec` (RECORDER_PARAM); and the ProgramMap the trace's ids refer to.
 *
 * The module's code starts with a step of its own on its first statement, so that every write
 * (the hoisted functions', lambda's parameters) comes after a step: a trace's write steps are
 * indexes from 0.
 *
 * The instrumented code behaves as the plain code: no function or class is wrapped in a call,
 * `this`, `arguments`, `super`, `new.target`, `.length` and `.name` stay; every statement stays on
 * its line (`userColumn` maps columns back). Known not to be preserved:
 * - `Function.prototype.toString` of a function shows the probes;
 * - a function's body runs inside `try { } finally { }`: a sloppy-mode function declaration in it
 *   named like a parameter no longer replaces the parameter (nor what `arguments` aliases);
 * - names starting `__sfpF` are the transform's (frame constants): code declaring them breaks;
 * - a function written in a parameter list (`(a, f = () => a) => ...`) gets the frame around that
 *   list as its lexical parent, and its writes to that list's parameters are not recorded;
 * - no write is recorded inside a `with` body, nor a write to such a parameter as above;
 * - deep recursion meets the engine's stack limit sooner, and everything runs slower.
 *
 * The parse keeps parentheses as nodes (`preserveParens`) beside the options the contract names:
 * it accepts and rejects the same programs.
 */
import { parse } from 'acorn';
import type { ProgramMap } from './program-map';
import { columnMap } from './column-map';
import { ProbeWriter } from './probe-writer';
import { applyInsertions } from './insertions';
import { leaveCall } from './probe-text';

/** The transform's result: the code to run, its map, and the column map back to the user's code. */
export type Instrumented =
  | {
      ok: true;
      code: string;
      map: ProgramMap;
      /** The user's 1-based column for a 1-based (line, column) of the instrumented code. */
      userColumn(line: number, column: number): number;
    }
  | { ok: false; message: string };

/** Instruments `code` (CommonJS); `{ ok: false }` when it does not parse (the plain run reports it). */
export function instrument(code: string): Instrumented {
  let program;
  try {
    program = parse(code, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowReturnOutsideFunction: true,
      allowHashBang: true,
      locations: true,
      // Parentheses as nodes: an arrow's body `({ ... })` must be wrapped whole.
      preserveParens: true,
    });
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const writer = new ProbeWriter(code);
  writer.program(program);
  const sorted = writer.insertions.sorted();
  return {
    ok: true,
    code: applyInsertions(code, sorted, `\n;${leaveCall(0)}`),
    map: writer.map.map(),
    userColumn: columnMap(code, sorted),
  };
}
