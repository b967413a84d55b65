// A spreadsheet cell value exactly as Apps Script's Range.getValues() gives it, and how to show one to a person.

export type Cell = string | number | boolean | Date | null | undefined;
export type Grid = readonly (readonly Cell[])[];

/**
 * Realm-safe Date check: cells built in another JavaScript realm (Apps Script, a vm) fail `instanceof Date`, which
 * is only the quick answer for this realm's. A primitive is never a Date, and is not boxed to find that out (this
 * runs for every cell).
 */
export const isDate = (cell: unknown): cell is Date =>
  typeof cell === "object" &&
  cell !== null &&
  (cell instanceof Date || Object.prototype.toString.call(cell) === "[object Date]");

export function isBlank(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === "string") return cell.trim() === "";
  if (typeof cell === "number") return Number.isNaN(cell);
  if (isDate(cell)) return Number.isNaN(cell.getTime());
  return false;
}

/** The cell as a person would read it in a message (dates as ДД.ММ.ГГГГ). */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (isDate(cell)) {
    if (Number.isNaN(cell.getTime())) return "";
    const dd = String(cell.getDate()).padStart(2, "0");
    const mm = String(cell.getMonth() + 1).padStart(2, "0");
    return `${dd}.${mm}.${cell.getFullYear()}`;
  }
  if (typeof cell === "number") return String(cell).replace(".", ",");
  return String(cell).trim();
}

/** Cell text shortened for messages, so a pasted essay does not flood the findings list. */
export function quoteCell(cell: Cell, max = 60): string {
  const text = cellText(cell);
  return `«${text.length > max ? `${text.slice(0, max - 1)}…` : text}»`;
}
