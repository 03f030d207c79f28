/**
 * The ProgramMap as the transform's walk builds it: points, functions (with their nesting
 * depths, which name their frame constants), write sites, and the scope table.
 */
import type * as acorn from 'acorn';
import type { ProgramFunction, ProgramMap, ProgramPoint, WriteSite } from './program-map';
import { ScopeTable } from './scope-table';

/** A ProgramMap under construction. */
export class MapBuilder {
  private readonly points: ProgramPoint[] = [];
  private readonly functions: ProgramFunction[] = [];
  private readonly sites: WriteSite[] = [];
  /** The scopes and slots, with name resolution. */
  readonly scopes = new ScopeTable();
  private readonly depths: number[] = [];

  /** Adds a point; returns its id. */
  point(point: ProgramPoint): number {
    this.points.push(point);
    return this.points.length - 1;
  }

  /** The id the next function added gets. */
  nextFunction(): number {
    return this.functions.length;
  }

  /** Adds a function at nesting depth `depth`; returns its id. */
  addFunction(fn: ProgramFunction, depth: number): number {
    this.functions.push(fn);
    this.depths.push(depth);
    return this.functions.length - 1;
  }

  /** The nesting depth of the function whose frame holds variable `slot`. */
  ownerDepth(slot: number): number {
    return this.depths[this.scopes.scopes[this.scopes.slots[slot]!.scope]!.fn]!;
  }

  /** Adds a write site of `slot` at identifier `id`; returns its id. */
  site(slot: number, id: acorn.Identifier): number {
    this.sites.push({ slot, line: id.loc!.start.line, column: id.loc!.start.column });
    return this.sites.length - 1;
  }

  /** The finished map. */
  map(): ProgramMap {
    return {
      points: this.points,
      scopes: this.scopes.scopes,
      slots: this.scopes.slots,
      functions: this.functions,
      sites: this.sites,
    };
  }
}
