// Cell value parsers: да/нет spellings, dates in every accepted form, numbers with a comma, enumerations.
import { describe, expect, it } from "vitest";
import { enumLookup, parseDateTime, parseNumber, parseYesNo, splitList } from "../../shared/values.ts";

describe("parseYesNo", () => {
  it.each([
    ["да", true],
    ["Да", true],
    [" ДА ", true],
    ["yes", true],
    ["YES", true],
    ["true", true],
    ["TRUE", true],
    ["1", true],
    ["+", true],
    [true, true],
    [1, true],
    ["ИСТИНА", true],
    ["нет", false],
    ["Нет", false],
    ["no", false],
    ["false", false],
    ["0", false],
    ["-", false],
    [false, false],
    [0, false],
    ["", false],
    [null, false],
    [undefined, false],
    ["   ", false],
  ])("%j → %s", (cell, expected) => {
    expect(parseYesNo(cell)).toBe(expected);
  });

  it.each([["может быть"], [2], [new Date(2026, 0, 1)], ["дат"]])("%j is not да/нет", (cell) => {
    expect(parseYesNo(cell)).toBeUndefined();
  });
});

describe("parseDateTime", () => {
  it("reads a real date cell in local time", () => {
    expect(parseDateTime(new Date(2026, 8, 1, 14, 5, 9))).toBe("2026-09-01T14:05:09");
  });
  it.each([
    ["2026-09-01", "2026-09-01T00:00:00"],
    ["2026-9-1", "2026-09-01T00:00:00"],
    ["2026-09-01T10:15:00", "2026-09-01T10:15:00"],
    ["2026-09-01 10:15", "2026-09-01T10:15:00"],
    ["01.09.2026", "2026-09-01T00:00:00"],
    ["1.9.2026", "2026-09-01T00:00:00"],
    [" 01.09.2026 ", "2026-09-01T00:00:00"],
    ["15.09.2026 10:30:00", "2026-09-15T10:30:00"],
    ["01.09.2026 г.", "2026-09-01T00:00:00"],
  ])("text %j → %s", (cell, expected) => {
    expect(parseDateTime(cell)).toBe(expected);
  });
  it("reads spreadsheet serial numbers, with the time of day as the fraction", () => {
    expect(parseDateTime(46266)).toBe("2026-09-01T00:00:00");
    expect(parseDateTime(46266.5)).toBe("2026-09-01T12:00:00");
    expect(parseDateTime(1)).toBe("1899-12-31T00:00:00");
    expect(parseDateTime("46266")).toBe("2026-09-01T00:00:00");
  });
  it.each([
    ["31.02.2026"],
    ["2026-13-01"],
    ["01/09/2026"],
    ["завтра"],
    [""],
    [true],
    [Number.NaN],
    [new Date("x")],
    ["25:00 01.09.2026"],
    ["01.09.2026 25:00"],
  ])("%j is not a date", (cell) => {
    expect(parseDateTime(cell)).toBeUndefined();
  });
});

describe("parseNumber", () => {
  it.each([
    [42, 42],
    ["42", 42],
    ["72,5", 72.5],
    ["72.5", 72.5],
    [" 1 000 ", 1000],
    ["1\u00a0000,5", 1000.5],
    ["85%", 85],
    ["-3", -3],
    [",5", 0.5],
  ])("%j → %s", (cell, expected) => {
    expect(parseNumber(cell)).toBe(expected);
  });
  it.each([["семь"], ["1,2,3"], [""], [true], [new Date(2026, 0, 1)], [Number.POSITIVE_INFINITY], ["12abc"]])(
    "%j is not a number",
    (cell) => {
      expect(parseNumber(cell)).toBeUndefined();
    },
  );
});

describe("enumLookup", () => {
  const level = enumLookup(["высокий", "повышенный", "базовый", "низкий"] as const);
  it("compares after normalisation: case, spaces, ё, trailing marks", () => {
    expect(level(" Высокий ")).toBe("высокий");
    expect(level("НИЗКИЙ:")).toBe("низкий");
    expect(enumLookup(["педагогический работник"] as const)("Педагогический   работник")).toBe(
      "педагогический работник",
    );
    expect(enumLookup(["обновлённый"] as const)("обновленный")).toBe("обновлённый");
  });
  it("rejects what is not in the list", () => {
    expect(level("средний")).toBeUndefined();
    expect(level(3)).toBeUndefined();
  });
});

describe("splitList", () => {
  it("splits on , and ; and drops empties", () => {
    expect(splitList("цифровые, методические;; предметные")).toEqual([
      "цифровые",
      "методические",
      "предметные",
    ]);
    expect(splitList("a, b; c", /;/u)).toEqual(["a, b", "c"]);
    expect(splitList(5)).toEqual([]);
  });
});
