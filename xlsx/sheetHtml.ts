// Renders a worksheet as an HTML page that looks like the spreadsheet (fills, bold, widths, number formats),
// so a headless browser can take the README's screenshot of a real output file.
import type ExcelJS from "exceljs";
import { isDate } from "../shared/cells.ts";
import { shownText } from "../shared/tables/cellText.ts";

const escape = (text: string) => text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");

function shown(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (isDate(value))
    return `${String(value.getUTCDate()).padStart(2, "0")}.${String(value.getUTCMonth() + 1).padStart(2, "0")}.${value.getUTCFullYear()}`;
  if (typeof value === "number") return shownText(value, cell.numFmt || undefined);
  if (typeof value === "object" && "richText" in value)
    return value.richText.map((part) => part.text).join("");
  return String(value);
}

const rgb = (argb: string | undefined) => (argb && argb.length === 8 ? `#${argb.slice(2)}` : undefined);

/** "B3:F3" → the 1-based columns it spans on its first row; a merge covering several rows spans only its first. */
function mergedSpans(worksheet: ExcelJS.Worksheet): Map<string, number> {
  const column = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const spans = new Map<string, number>();
  for (const range of worksheet.model.merges ?? []) {
    const match = /^([A-Z]+)(\d+):([A-Z]+)\d+$/u.exec(range);
    if (match) spans.set(`${match[1]}${match[2]}`, column(match[3]!) - column(match[1]!) + 1);
  }
  return spans;
}

export function worksheetHtml(worksheet: ExcelJS.Worksheet, maxRows = 40): string {
  const spans = mergedSpans(worksheet);
  const columns = worksheet.columnCount;
  const widths = Array.from({ length: columns }, (_, i) =>
    // A column unit is about the width of «0» in Arial 10 (7–7.5 px at 96 dpi), plus the cell's padding.
    Math.round((worksheet.getColumn(i + 1).width ?? 10) * 7.5 + 8),
  );
  const letter = (i: number): string =>
    (i >= 26 ? letter(Math.floor(i / 26) - 1) : "") + String.fromCharCode(65 + (i % 26));
  const letters = Array.from({ length: columns }, (_, i) => letter(i));
  const rows: string[] = [];
  for (let r = 1; r <= Math.min(worksheet.rowCount, maxRows); r++) {
    const row = worksheet.getRow(r);
    const cells = [`<th>${r}</th>`];
    for (let c = 1; c <= columns; c++) {
      const cell = row.getCell(c);
      // A merged block is one cell across its columns, as a spreadsheet shows it; the cells it covers are not drawn.
      if (cell.isMerged && cell.master !== cell) continue;
      const span = spans.get(cell.address) ?? 1;
      const fill = cell.fill && cell.fill.type === "pattern" ? rgb(cell.fill.fgColor?.argb) : undefined;
      const style = [
        fill && `background:${fill}`,
        cell.font?.bold && "font-weight:bold",
        rgb(cell.font?.color?.argb) && `color:${rgb(cell.font?.color?.argb)}`,
        typeof cell.value === "number" && "text-align:right",
        cell.alignment?.wrapText && "white-space:normal;vertical-align:top",
        // Like a spreadsheet, text runs over into the empty cells on its right.
        typeof cell.value === "string" &&
          !shown(row.getCell(c + span)) &&
          "overflow:visible;text-overflow:clip",
      ]
        .filter(Boolean)
        .join(";");
      cells.push(`<td${span > 1 ? ` colspan="${span}"` : ""} style="${style}">${escape(shown(cell))}</td>`);
    }
    rows.push(`<tr>${cells.join("")}</tr>`);
  }
  return `<!doctype html><html lang="ru"><meta charset="utf-8"><style>
body{margin:0;font:10pt Arial,"Liberation Sans",sans-serif;background:#fff}
.tab{display:inline-block;padding:6px 14px;background:#e8f0fe;color:#1a73e8;font-weight:bold;border:1px solid #c0c0c0;border-bottom:none}
table{border-collapse:collapse;table-layout:fixed}
td,th{border:1px solid #e2e2e2;padding:3px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;height:20px}
th{background:#f8f9fa;color:#5f6368;font-weight:normal;text-align:center}
</style><div class="tab">${escape(worksheet.name)}</div><table style="width:${40 + widths.reduce((a, b) => a + b, 0)}px"><colgroup><col style="width:40px">${widths.map((w) => `<col style="width:${w}px">`).join("")}</colgroup>
<tr><th></th>${letters.map((l) => `<th>${l}</th>`).join("")}</tr>${rows.join("")}</table></html>`;
}
