// The cells of one worksheet's XML as it streams in, as getValues() gives them: values, dates in local time, "" blanks.
import type { Cell } from "../../shared/cells.ts";
import { attribute, runText, UnsupportedLayout, utf8Text, xmlText } from "./xlsxParts.ts";

export interface CellContext {
  readonly strings: readonly string[];
  /** Per cell style (<c s="…">): whether its number format shows a date. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** A wall-clock time stored as a UTC instant, as the same time in local time (to the second), as Apps Script gives it. */
export function localWallClock(utc: Date): Date {
  const rounded = new Date(Math.round(utc.getTime() / 1000) * 1000);
  return new Date(
    rounded.getUTCFullYear(),
    rounded.getUTCMonth(),
    rounded.getUTCDate(),
    rounded.getUTCHours(),
    rounded.getUTCMinutes(),
    rounded.getUTCSeconds(),
  );
}

const DAY_MS = 86_400_000;
const EPOCH = { 1900: Date.UTC(1899, 11, 30), 1904: Date.UTC(1904, 0, 1) };

/**
 * A serial date number as a Date. The 1900 system counts a 29 February 1900 that never was (serial 60, kept as a
 * number), so serials before it are one day later than plain arithmetic gives (ECMA-376 Part 1, §18.17.4.1).
 */
export function serialDate(serial: number, date1904: boolean): Date | number {
  let days = serial;
  if (!date1904 && serial < 61) {
    if (serial >= 60) return serial;
    days += 1;
  }
  const utc = new Date((date1904 ? EPOCH[1904] : EPOCH[1900]) + days * DAY_MS);
  return Number.isNaN(utc.getTime()) ? serial : localWallClock(utc);
}

const ISO_WALL_CLOCK = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d))?)?/u;

/** Column index (0-based) of a cell reference such as "AB12" (in `text` from `start`). */
function columnOf(text: string, start = 0): number {
  let column = 0;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column - 1;
}

/**
 * The whole number written in `text` from `start` to `end` in plain digits (at most 15, so it is exact), read
 * without making a string; -1 when it is anything else (a sign, a fraction, an exponent: Number() reads those).
 */
function digitsAt(text: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Where a cell's content goes on after its formula (<f>…</f> or <f …/>, which comes before the cached value): the
 * search for <v> starts there, and never runs through the formula's text to the next cell's value.
 */
function afterFormula(xml: string, from: number): number {
  if (!xml.startsWith("<f", from)) return from;
  const open = xml.indexOf(">", from);
  if (xml.charCodeAt(open - 1) === 47) return open + 1;
  const close = xml.indexOf("</f>", open);
  return close < 0 ? from : close;
}

export class WorksheetCells {
  private readonly rows: Cell[][] = [];
  /** The row being read, "" in the columns it skips; copied out at its end, so every row is as long as it needs. */
  private readonly row: Cell[] = [];
  private phase: "before" | "rows" | "after" = "before";
  private carry = "";
  private tail = "";
  private lastRow = -1;
  private quotesChecked = false;
  /**
   * The cell of each date serial met so far. A register repeats few dates (a diagnostic day, a route's period): the
   * cells of one date share one Date, converted once, where a Date per cell (≈ 100 bytes each, every one kept) costs
   * more to allocate and collect than the rest of the cell. Nothing changes a cell after reading (no Date setter is
   * called anywhere), so sharing is safe; Apps Script's getValues() gives equal Dates too, only not the same object.
   */
  private readonly dates = new Map<number, Date | number>();

  constructor(private readonly context: CellContext) {}

  /**
   * Feeds the next piece of the part's bytes (one character per byte, see XlsxArchive.textPieces); only complete
   * rows are read, the rest waits for the next piece (pieces cut between rows leave nothing to wait: no copy).
   */
  push(chunk: string): void {
    if (this.phase === "after") {
      this.tail += chunk;
      return;
    }
    // The piece is searched as it came, never a slice of it: one kind of string keeps the searches optimised.
    const text = this.carry === "" ? chunk : this.carry + chunk;
    this.carry = "";
    let from = 0;
    if (this.phase === "before") {
      const at = text.indexOf("<sheetData");
      const open = at < 0 ? -1 : text.indexOf(">", at);
      if (open < 0) {
        if (text.includes(":sheetData")) throw new UnsupportedLayout("prefixed worksheet elements");
        this.carry = text.slice(Math.max(0, at < 0 ? text.length - 64 : at));
        return;
      }
      from = open + 1;
      this.phase = text.charCodeAt(open - 1) === 47 ? "after" : "rows";
      if (this.phase === "after") {
        this.tail = text.slice(from);
        return;
      }
    }
    const end = text.indexOf("</sheetData>", from);
    const rest = this.readRows(text, from, end < 0 ? text.length : end);
    if (end >= 0) {
      this.phase = "after";
      this.tail = text.slice(end);
    } else if (rest < text.length) this.carry = text.slice(rest);
  }

  /** The sheet from A1 to its last value, every row as wide as the widest; covered cells of merged ranges are "". */
  values(): Cell[][] {
    if (this.phase === "rows") throw new UnsupportedLayout("worksheet ends inside <sheetData>");
    let width = 0;
    for (const row of this.rows) if (row && row.length > width) width = row.length;
    const values: Cell[][] = new Array<Cell[]>(this.rows.length);
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r] ?? [];
      while (row.length < width) row.push("");
      values[r] = row;
    }
    for (const [, c1, r1, c2, r2] of this.tail.matchAll(/<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/gu))
      for (let r = Number(r1) - 1; r < Math.min(Number(r2), values.length); r++)
        for (let c = columnOf(c1!); c <= Math.min(columnOf(c2!), width - 1); c++)
          if (r !== Number(r1) - 1 || c !== columnOf(c1!)) values[r]![c] = "";
    return values;
  }

  /** Reads the complete rows between `from` and `to`; returns where the first one cut short starts (else `to`). */
  private readRows(xml: string, from: number, to: number): number {
    for (let at = xml.indexOf("<row", from); at >= 0 && at < to;) {
      const tagEnd = xml.indexOf(">", at);
      const empty = xml.charCodeAt(tagEnd - 1) === 47;
      const close = empty ? tagEnd : xml.indexOf("</row>", tagEnd);
      if (tagEnd < 0 || close < 0) return at;
      const number = attribute(xml.slice(at, tagEnd), "r");
      const index = number ? Number(number) - 1 : this.lastRow + 1;
      this.lastRow = index;
      if (!empty) this.readCells(xml, tagEnd + 1, close, index);
      at = xml.indexOf("<row", close);
    }
    return to;
  }

  private readCells(xml: string, from: number, to: number, rowIndex: number): void {
    const row = this.row;
    // A row number given twice (not valid, but seen): its cells add up, as SheetJS reads them.
    let width = 0;
    const earlier = this.rows[rowIndex];
    if (earlier) while (width < earlier.length) row[width] = earlier[width++];
    let column = -1;
    for (let at = xml.indexOf("<c", from); at >= 0 && at < to;) {
      const tagEnd = xml.indexOf(">", at);
      // A writer quotes all attributes alike: the first cell tells ('-quotes are left to the general reader).
      if (!this.quotesChecked) {
        if (xml.slice(at, tagEnd).includes("'")) throw new UnsupportedLayout("'-quoted attributes");
        this.quotesChecked = true;
      }
      this.readTag(xml, at, tagEnd);
      column = this.ref < 0 ? column + 1 : this.ref;
      if (xml.charCodeAt(tagEnd - 1) === 47) {
        at = xml.indexOf("<c", tagEnd);
        continue;
      }
      // The usual cell is <c …><v>…</v></c>: its value is taken where it stands; other content is searched within the cell.
      let value: Cell | undefined;
      let next: number;
      if (xml.startsWith("<v>", tagEnd + 1)) {
        next = xml.indexOf("</v>", tagEnd + 4);
        value = next < 0 ? undefined : this.typed(xml, tagEnd + 4, next);
      } else {
        next = xml.indexOf("</c>", tagEnd);
        value = next < 0 ? undefined : this.content(xml, tagEnd + 1, next);
      }
      if (next < 0) throw new UnsupportedLayout("a cell without its end");
      if (value !== undefined) {
        while (width < column) row[width++] = "";
        row[column] = value;
        if (column === width) width++;
      }
      at = xml.indexOf("<c", next + 4);
    }
    if (width > 0) this.rows[rowIndex] = row.slice(0, width);
  }

  /** The column (r), type (t) and style (s) of the cell tag at `from`, ending at `to`. */
  private ref = -1;
  private type = "n";
  private style = -1;

  /**
   * Reads the cell tag's r, t and s where they stand, one pass over its characters, where slicing the tag and each
   * value would make three or four strings per cell for the collector. A t="s" (the usual text cell) makes none.
   */
  private readTag(xml: string, from: number, to: number): void {
    this.ref = -1;
    this.type = "n";
    this.style = -1;
    for (let at = from + 2; at < to; at++) {
      const code = xml.charCodeAt(at);
      if (code === 34) {
        at = xml.indexOf('"', at + 1); // another attribute's value, stepped over whole
        if (at < 0) return;
        continue;
      }
      if (code !== 32 || xml.charCodeAt(at + 2) !== 61 || xml.charCodeAt(at + 3) !== 34) continue;
      const name = xml.charCodeAt(at + 1);
      const start = at + 4;
      const end = xml.indexOf('"', start);
      if (end < 0 || end > to) return;
      if (name === 114) this.ref = columnOf(xml, start);
      else if (name === 116)
        this.type = end === start + 1 && xml.charCodeAt(start) === 115 ? "s" : xml.slice(start, end);
      else if (name === 115) this.style = digitsAt(xml, start, end);
      at = end;
    }
  }

  /** The cell's value from its content: an inline string or the cached <v> after a formula; undefined when none. */
  private content(xml: string, from: number, to: number): Cell | undefined {
    if (this.type === "inlineStr") {
      const is = xml.indexOf("<is>", from);
      return is >= 0 && is < to ? runText(utf8Text(xml.slice(is + 4, xml.indexOf("</is>", is)))) : undefined;
    }
    const v = xml.indexOf("<v", afterFormula(xml, from));
    if (v < 0 || v >= to) return undefined;
    const open = xml.indexOf(">", v);
    if (xml.charCodeAt(open - 1) === 47) return undefined;
    return this.typed(xml, open + 1, xml.indexOf("</v>", open));
  }

  /** What <v> holds (xml from `from` to `to`), by the cell's type; a number whose style shows a date is a Date. */
  private typed(xml: string, from: number, to: number): Cell | undefined {
    switch (this.type) {
      case "s": {
        if (to === from) return undefined;
        const index = digitsAt(xml, from, to);
        return this.context.strings[index >= 0 ? index : Number(xml.slice(from, to))] ?? "";
      }
      case "b": {
        const raw = xml.slice(from, to);
        return raw === "1" || raw === "true";
      }
      case "str":
      case "e":
        return xmlText(utf8Text(xml.slice(from, to)));
      case "d": {
        const raw = xml.slice(from, to);
        const parts = ISO_WALL_CLOCK.exec(raw);
        if (!parts) return xmlText(utf8Text(raw));
        const [, y, m, d, h = "0", mi = "0", s = "0"] = parts;
        return new Date(+y!, +m! - 1, +d!, +h, +mi, +s);
      }
      default: {
        if (to === from) return undefined;
        const whole = digitsAt(xml, from, to);
        const number = whole >= 0 ? whole : Number(xml.slice(from, to));
        return this.style >= 0 && this.context.dateStyles[this.style] ? this.date(number) : number;
      }
    }
  }

  /** A date-styled number as serialDate gives it (a Date, or the number when it is no date), converted once. */
  private date(serial: number): Date | number {
    let cell = this.dates.get(serial);
    if (cell === undefined) this.dates.set(serial, (cell = serialDate(serial, this.context.date1904)));
    return cell;
  }
}
