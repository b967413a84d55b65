// The workbook-level parts of an .xlsx that cell values depend on: sheet names and parts, shared strings, date styles.
import { posix } from "node:path";

/** A layout the fast reader does not read (prefixed elements, quotes other than "); the general reader does. */
export class UnsupportedLayout extends Error {}

const ENTITY = /&(?:#x([\da-f]+)|#(\d+)|(amp|lt|gt|quot|apos));|_x([\da-f]{4})_/giu;
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Text of an element or attribute: entities, and the _xHHHH_ escapes of ECMA-376 Part 1, §22.9.2.19 (ST_Xstring);
 * CR LF becomes LF, as SheetJS reads it (a lone CR stays).
 */
export function xmlText(raw: string): string {
  const text = raw.includes("\r\n") ? raw.replace(/\r\n/gu, "\n") : raw;
  if (!text.includes("&") && !text.includes("_x")) return text;
  return text
    .replace(ENTITY, (whole, hex?: string, dec?: string, name?: string, escaped?: string) => {
      if (name) return NAMED[name.toLowerCase()] ?? whole;
      const code = parseInt(hex ?? escaped ?? dec!, hex || escaped ? 16 : 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/\r\n/gu, "\n");
}

const NON_ASCII = /[\x80-\xff]/u;

/** Text read one byte per character (latin1, see XlsxArchive.textPieces) as the UTF-8 it is. */
export const utf8Text = (bytes: string): string =>
  NON_ASCII.test(bytes) ? Buffer.from(bytes, "latin1").toString("utf8") : bytes;

/** ` name="` of each attribute name, made once: attributes are looked up for every cell. */
const PATTERNS = new Map<string, string>();

/** The value of `name="…"` in one start tag (`tag` is the tag's own text, so the search cannot run past it). */
export function attribute(tag: string, name: string): string | undefined {
  let pattern = PATTERNS.get(name);
  if (pattern === undefined) PATTERNS.set(name, (pattern = ` ${name}="`));
  const at = tag.indexOf(pattern);
  if (at < 0) return undefined;
  const start = at + name.length + 3;
  return tag.slice(start, tag.indexOf('"', start));
}

/** Every start tag `<name …>` of `xml` (a small part: workbook, relationships, styles). */
function* tags(xml: string, name: string): Generator<string> {
  const open = `<${name}`;
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + 1)) {
    const next = xml.charCodeAt(at + open.length);
    if (next === 32 || next === 47 || next === 62 || next === 9 || next === 10 || next === 13)
      yield xml.slice(at, xml.indexOf(">", at) + 1);
  }
}

export interface SheetPart {
  readonly name: string;
  /** The worksheet part; undefined for a chart sheet or a missing part (read as an empty sheet). */
  readonly path: string | undefined;
}

const WORKSHEET_TYPE = /\/worksheet$/u;

/** Sheet names in workbook order with their parts (from xl/workbook.xml and its relationships), and the date system. */
export function workbookSheets(
  workbookPath: string,
  workbookXml: string,
  relsXml: string,
): { sheets: SheetPart[]; date1904: boolean } {
  if (!workbookXml.includes("<sheets")) throw new UnsupportedLayout("workbook without <sheets>");
  const targets = new Map<string, string>();
  for (const tag of tags(relsXml, "Relationship")) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id && target && WORKSHEET_TYPE.test(attribute(tag, "Type") ?? ""))
      targets.set(
        id,
        target.startsWith("/") ? target.slice(1) : posix.join(posix.dirname(workbookPath), target),
      );
  }
  const sheets = [...tags(workbookXml, "sheet")].map((tag) => {
    const id = /\s[\w.-]+:id="([^"]*)"/u.exec(tag)?.[1];
    return { name: xmlText(attribute(tag, "name") ?? ""), path: id ? targets.get(id) : undefined };
  });
  const properties = [...tags(workbookXml, "workbookPr")][0] ?? "";
  const date1904 = ["1", "true"].includes(attribute(properties, "date1904") ?? "");
  return { sheets, date1904 };
}

/** The plain text of each shared string: rich-text runs joined, phonetic guides (<rPh>) left out. */
export function sharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  for (let at = xml.indexOf("<si>"); at >= 0;) {
    const end = xml.indexOf("</si>", at);
    strings.push(runText(xml.slice(at + 4, end)));
    at = xml.indexOf("<si>", end);
  }
  return strings;
}

/** The text of <si> or <is> content: every <t> outside phonetic runs. */
export function runText(content: string): string {
  const plain = content.includes("<rPh") ? content.replace(/<rPh\b[\s\S]*?<\/rPh>/gu, "") : content;
  let text = "";
  for (let at = plain.indexOf("<t"); at >= 0; at = plain.indexOf("<t", at + 2)) {
    const next = plain.charCodeAt(at + 2);
    if (next !== 62 && next !== 32) continue; // <tag…> of another name
    const open = plain.indexOf(">", at);
    if (plain.charCodeAt(open - 1) === 47) continue; // <t/>
    text += xmlText(plain.slice(open + 1, plain.indexOf("</t>", open)));
  }
  return text;
}

/** Built-in number formats that show dates and times (ECMA-376 Part 1, §18.8.30). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * Whether a number format shows a date or time: a d, m, y, h, s (or e, g, b1/b2 era) code, or AM/PM, outside quoted
 * text, escaped characters and [colour]/[$-locale] sections; [h], [m], [s] elapsed times count. The rule SheetJS's
 * SSF applies (fmt_is_date), which readers compare against in test/node/xlsx.
 */
export function isDateFormat(format: string): boolean {
  const code = format
    .replace(/"[^"]*"/gu, "")
    .replace(/\\.|_.|\*./gu, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/giu, "")
    .replace(/[0#?.,%]+(?:E[+-][0#?]+)?/giu, "")
    .replace(/general/giu, "");
  return /[dmyhseg]|b[12]|a\/p|am\/pm/iu.test(code);
}

/** For each cell style (the `s` of a cell, an index into <cellXfs>), whether it shows a date. */
export function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const tag of tags(xml, "numFmt"))
    custom.set(Number(attribute(tag, "numFmtId")), xmlText(attribute(tag, "formatCode") ?? ""));
  const start = xml.indexOf("<cellXfs");
  const end = xml.indexOf("</cellXfs>", start);
  if (start < 0 || end < 0) return [];
  const section = xml.slice(start, end);
  return [...tags(section, "xf")].map((tag) => {
    const id = Number(attribute(tag, "numFmtId") ?? 0);
    const format = custom.get(id);
    return format === undefined ? BUILT_IN_DATES.has(id) : isDateFormat(format);
  });
}
