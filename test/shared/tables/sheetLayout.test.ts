// The layout every renderer draws: widths from the content (capped, words never broken), wrapped cells and their
// lines, merged spans, and how a table prints — one page wide when legible, else pages of column groups.
import { describe, expect, it } from "vitest";
import { DATE_FORMAT, DATE_TIME_FORMAT, shownText } from "../../../shared/tables/cellText.ts";
import { WORD_LIMIT } from "../../../shared/tables/columnWidths.ts";
import { plainSheet } from "../../../shared/tables/plainSheet.ts";
import { LEGIBLE_WIDTH, PAGE_WIDTH_UNITS } from "../../../shared/tables/printPages.ts";
import { sheetLayout } from "../../../shared/tables/sheetLayout.ts";
import type { TableSheet } from "../../../shared/tables/sheetModel.ts";
import { CELL_PADDING, measureText, textWidth, wrappedLines } from "../../../shared/tables/textMetrics.ts";

const TITLE = "Доля педагогических и управленческих кадров, прошедших диагностику профессиональных дефицитов";

const sheet = (overrides: Partial<TableSheet> = {}): TableSheet => ({
  title: "Лист",
  caption: ["Заголовок листа"],
  sections: [
    {
      headers: ["Код", "Показатель", "Знаменатель"],
      rows: [
        [{ value: "K1" }, { value: TITLE }, { value: 124 }],
        [{ value: "K6" }, { value: "Коротко" }, { value: "нет данных", span: 1 }],
      ],
    },
  ],
  widths: [8, 40, 10],
  ...overrides,
});

describe("textMetrics", () => {
  it("measures in widths of «0» of Arial 10, bold wider, unknown characters wide", () => {
    expect(textWidth("0".repeat(25))).toBe(25);
    expect(textWidth("Знаменатель", true)).toBeGreaterThan(textWidth("Знаменатель"));
    expect(textWidth("界")).toBeGreaterThan(textWidth("0"));
    expect(measureText("С дефицитом (низкий уровень)").word).toBe(textWidth("дефицитом"));
  });

  it("measures the widest line and the widest word in one pass; any white space ends a word, no-break spaces too", () => {
    expect(measureText("один\nдлинная строка")).toEqual({
      line: textWidth("длинная строка"),
      word: textWidth("длинная"),
    });
    expect(measureText("12\u00a0345\tслово", true)).toEqual({
      line: textWidth("12\u00a0345\tслово", true),
      word: textWidth("слово", true),
    });
  });

  it("wraps at spaces and breaks only a word wider than the line", () => {
    expect(wrappedLines("один два три", 100)).toBe(1);
    expect(wrappedLines("один два три", textWidth("один два") + CELL_PADDING)).toBe(2);
    expect(wrappedLines("строка\nещё одна", 100)).toBe(2);
    expect(wrappedLines("0".repeat(30), 10 + CELL_PADDING)).toBe(3);
  });

  it("breaks a long word between whole letters: a letter that does not fit starts the next line", () => {
    // Room for ten and a half digits: 21 of them take three lines of ten, one and one (21 / 10.5 would say two).
    const zero = textWidth("0");
    expect(wrappedLines("0".repeat(21), 10.5 * zero + CELL_PADDING)).toBe(3);
    expect(wrappedLines("0".repeat(20), 10.5 * zero + CELL_PADDING)).toBe(2);
  });

  it("breaks a long link after a «/» first, as line breaking does, so that its row is never too low", () => {
    const prefix = "https://disk.example.ru/d/";
    const hash = "a1b2c3d4".repeat(12);
    const room = WORD_LIMIT - CELL_PADDING;
    // The prefix fits a line but not with the start of the hash after it: the hash starts the second line.
    expect(textWidth(prefix)).toBeLessThan(room);
    expect(textWidth(`${prefix}${hash.slice(0, 40)}`)).toBeGreaterThan(room);
    expect(wrappedLines(`${prefix}${hash}`, WORD_LIMIT)).toBe(1 + wrappedLines(hash, WORD_LIMIT));
    expect(wrappedLines(`${prefix}${hash}`, WORD_LIMIT)).toBe(3);
  });
});

describe("sheetLayout", () => {
  const layout = sheetLayout(sheet());

  it("sizes columns from their content up to the cap; the long title wraps over the lines it needs", () => {
    const [code, title, denominator] = layout.widths;
    expect(code).toBeLessThan(8);
    expect(title).toBe(40);
    expect(denominator).toBeGreaterThanOrEqual(textWidth("Знаменатель", true) + CELL_PADDING);
    const k1 = layout.rows.find((row) => row.cells[0]?.value === "K1")!;
    expect(k1.wraps).toEqual([false, true, false]);
    expect(k1.lines).toBe(wrappedLines(TITLE, 40));
    expect(k1.lines).toBeGreaterThan(1);
  });

  it("never breaks a header word or a single word up to WORD_LIMIT: the column grows past its cap for them", () => {
    const email = "konstantinopolskaya.yekaterina@school.edu.ru";
    const wide = sheetLayout(
      sheet({
        sections: [
          {
            headers: ["Email", "Муниципалитетов"],
            rows: [[{ value: email }, { value: 3 }]],
          },
        ],
        widths: [20, 4],
      }),
    );
    expect(wide.widths[0]).toBeGreaterThanOrEqual(textWidth(email));
    expect(wide.widths[1]).toBeGreaterThanOrEqual(textWidth("Муниципалитетов", true));
    expect(wide.rows.at(-1)!.wraps).toEqual([false, false]);
  });

  it("widens a column for one long word only up to WORD_LIMIT: a long link breaks in its cell, over the lines it needs", () => {
    const link = `https://disk.example.ru/d/${"a1b2c3d4".repeat(12)}`;
    expect(link.length).toBeGreaterThanOrEqual(120);
    const linked = sheetLayout(
      sheet({
        sections: [{ headers: ["Ссылка", "Кто"], rows: [[{ value: link }, { value: "методист" }]] }],
        widths: [20, 20],
      }),
    );
    expect(textWidth(link)).toBeGreaterThan(WORD_LIMIT);
    expect(linked.widths[0]).toBe(WORD_LIMIT);
    const row = linked.rows.at(-1)!;
    expect(row.wraps).toEqual([true, false]);
    expect(row.lines).toBe(wrappedLines(link, WORD_LIMIT));
    expect(row.lines).toBeGreaterThan(1);
  });

  it("merges a spanning cell and a band over its columns; captions run across the table", () => {
    const spanned = sheetLayout(
      sheet({
        sections: [
          {
            bands: [
              { label: "", span: 1 },
              { label: "K1 прошли диагностику", span: 2 },
            ],
            headers: ["ОО", "числ.", "знам."],
            rows: [[{ value: "СОШ" }, { value: "нет отчёта", span: 2 }]],
          },
        ],
      }),
    );
    const body = spanned.rows.findIndex((row) => row.kind === "body") + 1;
    expect(spanned.merges).toEqual([
      { row: 1, column: 1, columns: 3 },
      { row: 3, column: 2, columns: 2 },
      { row: body, column: 2, columns: 2 },
    ]);
    expect(spanned.rows[body - 1]!.cells.map((cell) => cell.value)).toEqual(["СОШ", "нет отчёта", ""]);
    // The band's longest word fits over its two columns.
    expect(spanned.widths[1]! + spanned.widths[2]!).toBeGreaterThanOrEqual(
      measureText("K1 прошли диагностику", true).word + CELL_PADDING,
    );
    expect(spanned.print).toMatchObject({ headerRows: 4, tableRow: 3 });
  });

  it("prints one page wide when that stays legible, with nothing split", () => {
    expect(layout.print).toMatchObject({ fitToWidth: 1, columnPages: [], repeatColumns: 0, headerRows: 3 });
  });

  it("prints a wider table in pages of whole column groups, the key column repeated, each legible", () => {
    const groups = 12;
    const wide = sheetLayout(
      sheet({
        sections: [
          {
            bands: [
              { label: "", span: 1 },
              ...Array.from({ length: groups }, (_, i) => ({ label: `K${i + 1}`, span: 3 })),
            ],
            headers: [
              "Организация",
              ...Array.from({ length: groups }, () => ["числ.", "знам.", "знач."]).flat(),
            ],
            rows: [
              [
                { value: "Средняя общеобразовательная школа № 1" },
                ...Array(groups * 3).fill({ value: 100.5 }),
              ],
            ],
          },
        ],
        widths: [30],
      }),
    );
    const total = wide.widths.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(LEGIBLE_WIDTH);
    const pages = wide.print.columnPages;
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]!.from).toBe(1);
    expect(pages.at(-1)!.to).toBe(1 + groups * 3);
    const sum = (from: number, to: number) => wide.widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
    pages.forEach((page, i) => {
      if (i > 0) expect(page.from).toBe(pages[i - 1]!.to + 1);
      // Each page starts at a group: column 2, 5, 8, … (after the key column, groups of three).
      expect((page.from - 2) % 3 === 0 || page.from === 1).toBe(true);
      expect(sum(page.from, page.to) + (i > 0 ? sum(1, 1) : 0)).toBeLessThanOrEqual(LEGIBLE_WIDTH);
    });
    expect(wide.print.repeatColumns).toBe(1);
    expect(PAGE_WIDTH_UNITS / LEGIBLE_WIDTH).toBeGreaterThanOrEqual(0.75);
  });
});

describe("plainSheet", () => {
  it("keeps the header in row 1 and gives dates an explicit ДД.ММ.ГГГГ format (with the time when they have one)", () => {
    const day = new Date(2026, 8, 1);
    const moment = new Date(2026, 10, 30, 17, 5);
    const model = plainSheet("Журнал", [
      ["Когда", "Кто"],
      [moment, "методист"],
      [day, ""],
    ]);
    const laid = sheetLayout(model);
    expect(laid.rows[0]).toMatchObject({ kind: "header" });
    expect(laid.print).toMatchObject({ headerRows: 1, pageTitle: "Журнал" });
    expect(laid.rows[1]!.cells[0]).toEqual({ value: moment, numberFormat: DATE_TIME_FORMAT });
    expect(laid.rows[2]!.cells[0]).toEqual({ value: day, numberFormat: DATE_FORMAT });
    expect(shownText(moment, DATE_TIME_FORMAT)).toBe("30.11.2026 17:05");
    expect(shownText(day, DATE_FORMAT)).toBe("01.09.2026");
    expect(laid.widths[0]).toBeGreaterThanOrEqual(textWidth("30.11.2026 17:05"));
  });
});
