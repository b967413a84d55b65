// The merged blocks of one fake sheet, merged and broken apart as Sheets does it.
// https://developers.google.com/apps-script/reference/spreadsheet/range#merge(),
// …/range#mergeAcross(), …/range#breakApart() ("equivalent to selecting a range and clicking Format > Merge cells >
// Unmerge"). Like the Sheets menu, a merge keeps only the top-left value of each block, and a range that cuts
// through a merged block can be neither merged nor unmerged: "You must select all cells in a merged range to merge
// or unmerge them." A sheet's merges survive Sheet.clear() here (the reference does not say clear() unmerges, so
// the add-on must break them apart itself).
import type { Grid } from "./grid.ts";

export interface Block {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

const inside = (inner: Block, outer: Block) =>
  inner.row >= outer.row &&
  inner.column >= outer.column &&
  inner.row + inner.rows <= outer.row + outer.rows &&
  inner.column + inner.columns <= outer.column + outer.columns;

const overlaps = (a: Block, b: Block) =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.column < b.column + b.columns &&
  b.column < a.column + a.columns;

export class Merges {
  blocks: Block[] = [];

  /** Refuses a range that cuts through a merged block. */
  private checkWhole(range: Block): void {
    if (this.blocks.some((block) => overlaps(block, range) && !inside(block, range)))
      throw new Error("Exception: You must select all cells in a merged range to merge or unmerge them.");
  }

  /** Merges each of `blocks` (all within `range`), replacing the merges inside it; only top-left values stay. */
  merge(range: Block, blocks: readonly Block[], grid: Grid): void {
    this.checkWhole(range);
    this.blocks = this.blocks.filter((block) => !inside(block, range));
    for (const block of blocks) {
      if (block.rows * block.columns < 2) continue;
      for (let r = block.row; r < block.row + block.rows; r++)
        for (let c = block.column; c < block.column + block.columns; c++)
          if (r !== block.row || c !== block.column) grid.store(r, c, { value: "" });
      this.blocks.push(block);
    }
  }

  breakApart(range: Block): void {
    this.checkWhole(range);
    this.blocks = this.blocks.filter((block) => !inside(block, range));
  }
}
