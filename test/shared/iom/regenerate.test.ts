// Existing «ИОМ» routes (spec §4.6): people with a route are listed; regeneration keeps completed and hand-edited rows.
import { describe, expect, it } from "vitest";
import type { Cell } from "../../../shared/cells.ts";
import { buildRoutes } from "../../../shared/iom/buildRoutes.ts";
import { routesTable } from "../../../shared/tables/routesTable.ts";
import { makeBook, smallCatalog, type BookSpec } from "./book.ts";

const base: BookSpec = {
  staff: [
    { email: "a@s.ru", birthDate: "1999-01-01", experience: 1 },
    { email: "b@s.ru" },
    { email: "m@s.ru" },
  ],
  diagnostics: [
    { email: "a@s.ru", group: "цифровые", score: 20 },
    { email: "a@s.ru", group: "методические", score: 60 },
    { email: "b@s.ru", group: "предметные", score: 40 },
    { email: "m@s.ru", group: "цифровые", score: 95 },
  ],
  catalog: [
    ...smallCatalog(["цифровые", "методические", "предметные"]),
    { code: "N", type: "наставничество", groups: "цифровые", hours: 18, weeks: 9 },
  ],
};
const withRoutes = (routes: Cell[][], extra: Partial<BookSpec> = {}) =>
  makeBook({ ...base, routes, ...extra });
const HEADER = 0;
const col = (table: Cell[][], name: string) => table[HEADER]!.indexOf(name);

describe("existing routes", () => {
  it("lists people whose route overlaps the period and leaves their rows alone", () => {
    const routes: Cell[][] = [
      ["Email", "Период с", "Период по", "Мероприятие"],
      ["b@s.ru", "2026-09-01", "2027-01-31", "Своё мероприятие"],
    ];
    const result = buildRoutes(withRoutes(routes));
    expect(result.alreadyHaveRoute).toEqual([
      { email: "b@s.ru", period: { from: "2026-09-01", to: "2027-01-31" } },
    ]);
    expect(result.routes.map((r) => r.email)).toEqual(["a@s.ru"]);
    expect(result.rows[0]).toMatchObject({ origin: "kept", sheetRow: 2 });
    expect(result.removedSheetRows).toEqual([]);
  });

  it("regenerates untouched rows into exactly the same rows, twice", () => {
    const first = routesTable(buildRoutes(makeBook(base)).rows);
    const second = buildRoutes(withRoutes(first), { regenerate: true });
    expect(second.routes.every((r) => r.regenerated)).toBe(true);
    expect(second.removedSheetRows).toEqual(first.slice(1).map((_, i) => i + 2));
    expect(routesTable(second.rows)).toEqual(first);
    const third = buildRoutes(withRoutes(routesTable(second.rows)), { regenerate: true });
    expect(routesTable(third.rows)).toEqual(first);
    expect(third.mentorPairs).toEqual(second.mentorPairs);
  });

  it("keeps completed, started and hand-edited rows and replaces only untouched ones not started", () => {
    const table = routesTable(buildRoutes(makeBook(base)).rows);
    const rowOf = (code: string) =>
      table.findIndex((row) => row[col(table, "Код")] === code && row[0] === "a@s.ru");
    const dpp = rowOf("Д0Ф");
    const event = rowOf("М0");
    table[dpp]![col(table, "Статус мероприятия")] = "выполнено";
    table[dpp]![col(table, "Дата выполнения")] = "2026-11-30";
    table[event]![col(table, "Часы")] = 6; // hand-edited
    const hand = [...table[event]!];
    hand[col(table, "Код")] = "";
    hand[col(table, "Мероприятие")] = "Открытый урок для коллег";
    table.push(hand);
    const result = buildRoutes(withRoutes(table), { regenerate: true });
    const route = result.routes.find((r) => r.email === "a@s.ru")!;
    const kept = route.activities.filter((a) => a.source === "existing").map((a) => a.code || a.title);
    expect(kept).toEqual(["Д0Ф", "М0", "Открытый урок для коллег"]);
    expect(route.activities.filter((a) => a.code === "Д0Ф")).toHaveLength(1);
    expect(route.activities.filter((a) => a.group === "цифровые" && a.type === "ДПП")).toHaveLength(1);
    expect(route.activities.at(-1)!.code).toBe("РД-ИОМ");
    const keptRows = result.rows.filter((r) => r.origin === "kept").map((r) => r.sheetRow);
    expect(keptRows).toEqual([dpp + 1, event + 1, table.length]);
    expect(result.removedSheetRows).not.toContain(dpp + 1);
  });

  it("keeps a regenerated route's period when the report date has moved, and the mentor pair", () => {
    const firstResult = buildRoutes(makeBook(base));
    const table = routesTable(firstResult.rows);
    const later = buildRoutes(withRoutes(table, { reportDate: "2026-12-07" }), { regenerate: true });
    const route = later.routes.find((r) => r.email === "a@s.ru")!;
    expect(route.period).toEqual({ from: "2026-11-30", to: "2027-05-31" });
    // planned to start before the new report date = started: kept; the rest is planned from the report date
    for (const a of route.activities) expect(a.source === "existing" || a.start! >= "2026-12-07").toBe(true);
    expect(
      route.activities.filter((a) => a.start! < "2026-12-07").every((a) => a.source === "existing"),
    ).toBe(true);
    expect(route.activities.some((a) => a.source === "existing")).toBe(true);
    expect(later.mentorPairs).toEqual(firstResult.mentorPairs);
    expect(later.mentorPairs).toHaveLength(1);
  });

  it("keeps a row with a bad cell in a regenerated route (never deletes what it cannot read)", () => {
    const table = routesTable(buildRoutes(makeBook(base)).rows);
    const row = table.findIndex((r) => r[0] === "b@s.ru");
    table[row]![col(table, "Часы")] = "много";
    const result = buildRoutes(withRoutes(table), { regenerate: true });
    expect(result.removedSheetRows).not.toContain(row + 1);
    expect(result.rows.some((r) => r.origin === "kept" && r.sheetRow === row + 1)).toBe(true);
  });

  it("keeps other people's rows where they are and appends new routes after them", () => {
    const routes: Cell[][] = [
      ["Email", "Период с", "Период по", "Мероприятие"],
      ["x@s.ru", "2026-09-01", "2027-05-31", "Чужое"],
    ];
    const result = buildRoutes(withRoutes(routes));
    expect(result.rows[0]).toEqual({ origin: "kept", sheetRow: 2, cells: expect.any(Array) as unknown });
    expect(result.rows.slice(1).every((r) => r.origin === "generated")).toBe(true);
    const emails = result.rows.slice(1).map((r) => (r.origin === "generated" ? r.data.email : ""));
    expect(emails).toEqual([...emails].sort());
  });

  it("replaces rows planned from the example catalogue once the workbook has its own «Каталог»", () => {
    const example = routesTable(buildRoutes(makeBook({ ...base, catalog: undefined })).rows);
    expect(example.slice(1).some((row) => String(row[6]).startsWith("ПРИМЕР-"))).toBe(true);
    const result = buildRoutes(withRoutes(example), { regenerate: true });
    expect(result.removedSheetRows).toHaveLength(example.length - 1);
    expect(result.rows.every((r) => r.origin === "generated" && !r.data.code?.startsWith("ПРИМЕР-"))).toBe(
      true,
    );
  });

  it("treats a generated row whose values no longer match the catalogue as hand-edited", () => {
    const table = routesTable(buildRoutes(makeBook(base)).rows);
    const row = table.findIndex((r) => r[6] === "Д2Ф");
    table[row]![7] = "Курс, согласованный с методистом";
    const result = buildRoutes(withRoutes(table), { regenerate: true });
    expect(result.removedSheetRows).not.toContain(row + 1);
    const route = result.routes.find((r) => r.email === "b@s.ru")!;
    expect(route.activities.filter((a) => a.group === "предметные" && a.type === "ДПП")).toHaveLength(1);
  });
});
