// A table sheet laid out row by row (caption, blank line, heading, bands, header, rows, notes): one grid for every
// renderer, with column widths from the content, the cells that wrap, the lines each row needs and the print set-up.
import { fitSpans, fitWidths, measureCell } from "./columnWidths.ts";
import { columnPages } from "./printPages.ts";
import type { TableCell, TableSection, TableSheet } from "./sheetModel.ts";
import { printSetup, type PrintSetup } from "./sheetModel.ts";
import { CELL_PADDING, wrappedLines } from "./textMetrics.ts";

export type RowKind = "title" | "caption" | "blank" | "heading" | "band" | "header" | "body" | "note";

export interface LaidRow {
  readonly kind: RowKind;
  /** One cell per column: a merged cell's label first, then empty cells for the columns it covers. */
  readonly cells: readonly TableCell[];
  /** Per cell: whether its text wraps (longer than its column, or merged block). */
  readonly wraps: readonly boolean[];
  /** Lines of text the row needs (1 for a row whose cells all fit on one line). */
  readonly lines: number;
}

/** Cells merged into one: 1-based row and column of the top-left cell, and how many columns. */
export interface Merge {
  readonly row: number;
  readonly column: number;
  readonly columns: number;
}

export interface SheetLayout {
  readonly title: string;
  readonly rows: readonly LaidRow[];
  readonly merges: readonly Merge[];
  /** Column widths in column units (the width of «0» in Arial 10). */
  readonly widths: readonly number[];
  readonly print: PrintSetup;
}

/** Rows whose one cell runs across the table. */
const ACROSS: ReadonlySet<RowKind> = new Set(["title", "caption", "heading", "note"]);
/** Rows printed bold, by every renderer and when measuring. */
export const BOLD_ROWS: ReadonlySet<RowKind> = new Set(["title", "heading", "band", "header"]);
/** The background of the header rows (bands and header) on every renderer. */
export const HEADER_FILL = "#f1f3f4";

interface Draft {
  readonly kind: RowKind;
  readonly cells: readonly TableCell[];
}

const text = (value: string, span?: number): TableCell => (span && span > 1 ? { value, span } : { value });

/** The first cell of a row of a section whose labels span several columns. */
const withLabelSpan = (cells: readonly TableCell[], span: number | undefined): TableCell[] =>
  span && span > 1 && cells[0] ? [{ ...cells[0], span }, ...cells.slice(1)] : [...cells];

function sectionDrafts(section: TableSection): { drafts: Draft[]; header: number } {
  const drafts: Draft[] = [];
  if (section.heading) drafts.push({ kind: "heading", cells: [text(section.heading)] });
  for (const line of section.lead ?? []) drafts.push({ kind: "caption", cells: [text(line)] });
  if (section.bands)
    drafts.push({
      kind: "band",
      // An empty band is empty cells, not a merged block.
      cells: section.bands.flatMap((band) =>
        band.label ? [text(band.label, band.span)] : Array.from({ length: band.span }, () => text("")),
      ),
    });
  drafts.push({
    kind: "header",
    cells: withLabelSpan(
      section.headers.map((h) => text(h)),
      section.labelSpan,
    ),
  });
  const header = drafts.length;
  for (const cells of section.rows)
    drafts.push({ kind: "body", cells: withLabelSpan(cells, section.labelSpan) });
  for (const note of section.notes ?? []) drafts.push({ kind: "note", cells: [text(note)] });
  return { drafts, header };
}

const spanOf = (cells: readonly { readonly span?: number }[]) =>
  cells.reduce((sum, cell) => sum + (cell.span ?? 1), 0);

/** Group starts of the first section's bands (where a page of columns may begin). */
function bandStarts(sheet: TableSheet): number[] {
  const starts: number[] = [];
  let column = 0;
  for (const band of sheet.sections[0]?.bands ?? []) {
    starts.push(column);
    column += band.span;
  }
  return starts;
}

/**
 * Caption lines (the first is the title), then per section: a blank row (when anything is above), its heading,
 * its bands, its header, its rows and its notes. The print header rows end with the first section's header.
 */
export function sheetLayout(sheet: TableSheet): SheetLayout {
  const drafts: Draft[] = sheet.caption.map((line, index) => ({
    kind: index === 0 ? "title" : "caption",
    cells: [text(line)],
  }));
  let headerRows = drafts.length;
  let tableRow = 1;
  sheet.sections.forEach((section, index) => {
    if (drafts.length > 0) drafts.push({ kind: "blank", cells: [] });
    const { drafts: rows, header } = sectionDrafts(section);
    if (index === 0 && sheet.repeatHeader !== false) {
      headerRows = drafts.length + header;
      tableRow = drafts.length + rows.findIndex((row) => row.kind === "band" || row.kind === "header") + 1;
    }
    drafts.push(...rows);
  });
  // Every cell's shown text and widths, measured once: for the column widths and for whether it wraps.
  const measured = drafts.map((draft) => ({
    kind: draft.kind,
    header: draft.kind === "header",
    cells: draft.cells.map((cell) => measureCell(cell, BOLD_ROWS.has(draft.kind))),
  }));
  const tabular = measured.filter((d) => !ACROSS.has(d.kind) && d.kind !== "blank");
  const columns = Math.max(1, ...tabular.map((d) => spanOf(d.cells)));
  const widths = fitSpans(
    fitWidths(
      tabular.filter((d) => d.kind !== "band"),
      sheet.widths,
      columns,
    ),
    tabular,
  );
  const keyColumns = Math.min(sheet.keyColumns ?? 1, columns);
  const pages = columnPages(widths, keyColumns, bandStarts(sheet));
  // Lines across the table cover the first page of columns: all of them when the table prints one page wide.
  const across = pages[0]?.to ?? columns;

  const merges: Merge[] = [];
  const rows = drafts.map((draft, r): LaidRow => {
    const bold = BOLD_ROWS.has(draft.kind);
    const cells: TableCell[] = [];
    const wraps: boolean[] = [];
    let lines = 1;
    const source = ACROSS.has(draft.kind) ? [{ ...draft.cells[0]!, span: across }] : draft.cells;
    source.forEach((cell, index) => {
      const span = Math.max(1, Math.min(cell.span ?? 1, columns - cells.length));
      const column = cells.length;
      if (span > 1) merges.push({ row: r + 1, column: column + 1, columns: span });
      const { span: _span, ...plain } = cell;
      cells.push(plain, ...Array.from({ length: span - 1 }, () => text("")));
      const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      const { shown, line } = measured[r]!.cells[index]!;
      const wrap = shown.includes("\n") || line + CELL_PADDING > width;
      wraps.push(wrap, ...Array<boolean>(span - 1).fill(false));
      if (wrap) lines = Math.max(lines, wrappedLines(shown, width, bold || cell.bold === true));
    });
    return { kind: draft.kind, cells, wraps, lines };
  });
  return {
    title: sheet.title,
    rows,
    merges,
    widths,
    print: printSetup(
      sheet.pageTitle ?? sheet.caption[0] ?? sheet.title,
      headerRows,
      pages,
      pages.length > 0 ? keyColumns : 0,
      tableRow,
    ),
  };
}
