// How wide a text prints in the sheets' one font (Arial 10; LibreOffice prints it in the metric-compatible
// Liberation Sans), so column widths and wrapped rows come from the content, not from guesses.
//
// Widths are in spreadsheet column units: one unit is the width of the digit «0» of the workbook's default font
// (Arial 10, xlsx/workbook.ts), which is how .xlsx column widths are measured and how Sheets' default column is sized.

/** The one font every sheet is written in (Google Sheets' default too). */
export const SHEET_FONT = { name: "Arial", size: 10 } as const;

/** Advance widths of Arial (= Liberation Sans) in thousandths of an em, grouped by width (regular, bold). */
const REGULAR: Record<number, string> = {
  191: "'",
  222: "ijl",
  260: "|",
  278: " !,./:;I[\\]ft",
  333: "()-`r·",
  334: "{}",
  355: '"',
  365: "г",
  389: "*",
  438: "к",
  458: "зт",
  469: "^",
  500: "Jcksvxyzсух",
  510: "э",
  521: "чь",
  531: "в",
  542: "Гпя",
  549: "≥≤",
  552: "н",
  556: "#$0123456789?L_abdeghnopquаеёор«»–",
  559: "ий",
  573: "бц",
  583: "Кдл",
  584: "+<=>~×",
  604: "З",
  611: "FTZТ",
  625: "ъ",
  635: "У",
  656: "БЛЬ",
  667: "&ABEKPSVXYАВЕЁРХЧ",
  669: "ж",
  677: "Д",
  688: "м",
  719: "ИЙПЭы",
  722: "CDHNRUwНСЯ",
  740: "Ц",
  750: "ю",
  760: "Ф",
  778: "GOQО",
  792: "Ъ",
  802: "ш",
  823: "фщ",
  833: "MmМ",
  885: "Ы",
  889: "%",
  917: "Ш",
  923: "Ж",
  938: "Щ",
  944: "W",
  1000: "—…",
  1010: "Ю",
  1015: "@",
  1073: "№",
};

const BOLD: Record<number, string> = {
  238: "'",
  278: " ,./I\\ijl",
  280: "|",
  333: "!()-:;[]`ft·",
  389: "*r{}",
  417: "г",
  474: '"',
  490: "т",
  497: "з",
  500: "zк",
  549: "≥≤",
  552: "э",
  556: "#$0123456789J_aceksvxyаеёсух«»–",
  567: "Г",
  581: "ч",
  583: "я",
  584: "+<=>^~×",
  604: "нп",
  610: "К",
  611: "?FLTZbdghnopquТор",
  615: "вийць",
  618: "б",
  622: "У",
  626: "З",
  635: "дл",
  667: "EPSVXYЕРХ",
  669: "Ё",
  702: "Л",
  703: "Ч",
  709: "ж",
  711: "Э",
  712: "Д",
  719: "БИЙПЬЯ",
  722: "&ABCDHKNRUАВНС",
  729: "ъ",
  730: "Ц",
  740: "м",
  778: "GOQwО",
  833: "MМш",
  844: "щ",
  854: "Фыю",
  870: "Ъ",
  875: "ф",
  889: "%m",
  904: "Ж",
  944: "W",
  975: "@",
  979: "Ы",
  1000: "—…",
  1005: "Ш",
  1019: "Щ",
  1031: "Ю",
  1115: "№",
};

const table = (groups: Record<number, string>) =>
  new Map(
    Object.entries(groups).flatMap(([width, chars]) =>
      [...chars].map((ch): [string, number] => [ch, Number(width)]),
    ),
  );

const WIDTHS = { regular: table(REGULAR), bold: table(BOLD) };
/** A character not in the tables (other scripts, symbols) counts as a wide one: too wide is safe, too narrow cuts. */
const UNKNOWN = 1000;
/** The digit «0» in thousandths of an em: the column unit. */
const DIGIT = 556;

/** The width of `text` on one line, in column units. */
export function textWidth(text: string, bold = false): number {
  const widths = bold ? WIDTHS.bold : WIDTHS.regular;
  let sum = 0;
  for (const ch of text) sum += widths.get(ch) ?? UNKNOWN;
  return sum / DIGIT;
}

export interface TextMeasure {
  /** The widest line (lines split at line breaks). */
  readonly line: number;
  /**
   * The widest word (text between white space of any kind, no-break spaces too): a column narrower than it breaks
   * the word mid-way.
   */
  readonly word: number;
}

/** White space that ends a word: what `\s` matches (spaces, tabs, no-break spaces, line breaks). */
const BLANK = /\s/u;

const measures = { regular: new Map<string, TextMeasure>(), bold: new Map<string, TextMeasure>() };
/** Sheets repeat their texts (names of organisations, groups, dates): each is measured once, up to a bound. */
const MEASURE_CACHE = 20_000;

/** Widest line and widest word of `text` in one pass. */
export function measureText(text: string, bold = false): TextMeasure {
  const cache = bold ? measures.bold : measures.regular;
  const known = cache.get(text);
  if (known) return known;
  const widths = bold ? WIDTHS.bold : WIDTHS.regular;
  let line = 0;
  let word = 0;
  let widestLine = 0;
  let widestWord = 0;
  for (const ch of text) {
    if (ch === "\n") {
      widestLine = Math.max(widestLine, line);
      widestWord = Math.max(widestWord, word);
      line = word = 0;
      continue;
    }
    const w = widths.get(ch) ?? UNKNOWN;
    line += w;
    if (BLANK.test(ch)) {
      widestWord = Math.max(widestWord, word);
      word = 0;
    } else word += w;
  }
  const measure = { line: Math.max(widestLine, line) / DIGIT, word: Math.max(widestWord, word) / DIGIT };
  if (cache.size >= MEASURE_CACHE) cache.clear();
  cache.set(text, measure);
  return measure;
}

/** Room a cell takes besides its text (its inner margins), in column units. */
export const CELL_PADDING = 0.8;

/** Where a word wider than a line (a link) may break besides between letters: after these, as line breaking does. */
const BREAK_AFTER = /(?<=[/?&=-])/u;

/**
 * A word wider than the line (`room`), laid out from the start of a line: its pieces after BREAK_AFTER go on a line
 * while they fit, and a piece wider than a line is broken between letters, a letter that does not fit starting the
 * next line. Counts the lines after the first and how much of the last one it fills; where a renderer breaks the
 * word anywhere it takes no more lines than this, so a row as high as this never cuts the word off.
 */
function brokenWord(word: string, room: number, bold: boolean): { extra: number; last: number } {
  let extra = 0;
  let line = 0;
  for (const piece of word.split(BREAK_AFTER)) {
    const w = textWidth(piece, bold);
    if (line + w <= room) {
      line += w;
      continue;
    }
    if (line > 0) {
      extra++;
      line = 0;
    }
    if (w <= room) {
      line = w;
      continue;
    }
    for (const letter of piece) {
      const l = textWidth(letter, bold);
      if (line > 0 && line + l > room) {
        extra++;
        line = 0;
      }
      line += l;
    }
  }
  return { extra, last: line };
}

/**
 * How many lines `text` takes in a wrapping cell `width` units wide: words go on a line while they fit; a word
 * wider than the line starts a line of its own and is broken over as many lines as it needs (see brokenWord).
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  const room = Math.max(1, width - CELL_PADDING);
  const space = textWidth(" ", bold);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    let count = 1;
    for (const word of paragraph.split(/ +/u)) {
      const w = textWidth(word, bold);
      if (line > 0 && line + space + w <= room) {
        line += space + w;
        continue;
      }
      if (line > 0) count++;
      if (w <= room) {
        line = w;
        continue;
      }
      const broken = brokenWord(word, room, bold);
      count += broken.extra;
      line = broken.last;
    }
    lines += count;
  }
  return lines;
}
