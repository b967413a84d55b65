// Header matching (spec §2): normalisation, exact over prefix, longer over shorter, leftmost wins.
import { describe, expect, it } from "vitest";
import { matchHeaders } from "../../shared/headers.ts";
import { DiagnosticsSheet, RegisterSheet, StaffSheet } from "../../shared/schema/sheets.ts";
import { normalizeKey } from "../../shared/text/normalize.ts";

describe("normalizeKey", () => {
  it("trims, collapses spaces, lower-cases, turns ё into е and drops trailing : * ?", () => {
    expect(normalizeKey("  Реализует   обновлённые ФГОС?  ")).toBe("реализует обновленные фгос");
    expect(normalizeKey("ФИО *")).toBe("фио");
    expect(normalizeKey("Email:")).toBe("email");
  });
});

describe("matchHeaders", () => {
  it("finds columns by name wherever they are and keeps the header as written", () => {
    const columns = matchHeaders(
      ["Комментарий", "Адрес электронной почты", "Отметка времени"],
      RegisterSheet.fields,
    );
    expect(columns.email).toEqual({ index: 1, header: "Адрес электронной почты" });
    expect(columns.submittedAt).toEqual({ index: 2, header: "Отметка времени" });
    expect(columns.fio).toBeUndefined();
  });

  it("matches a header that starts with a field name", () => {
    const columns = matchHeaders(["Стаж работы в должности", "ФИО полностью"], StaffSheet.fields);
    expect(columns.experience?.index).toBe(0);
    expect(columns.fio?.index).toBe(1);
  });

  it("prefers the exact or longer name: «Дата окончания обучения» is courseDate, not end", () => {
    const columns = matchHeaders(["Дата окончания обучения", "Дата окончания"], RegisterSheet.fields);
    expect(columns.courseDate?.index).toBe(0);
    expect(columns.end?.index).toBe(1);
    const prefixed = matchHeaders(["Дата окончания обучения по программе"], RegisterSheet.fields);
    expect(prefixed.courseDate?.index).toBe(0);
    expect(prefixed.end).toBeUndefined();
  });

  it("uses the leftmost of two columns matching one field", () => {
    const columns = matchHeaders(["Дата", "Дата диагностики"], DiagnosticsSheet.fields);
    expect(columns.date?.index).toBe(0);
  });

  it("ignores non-text and empty header cells", () => {
    expect(matchHeaders([5, null, "", new Date()], StaffSheet.fields)).toEqual({});
  });
});
