// Scheduling (spec §4.4): weekly budget, a heavier activity alone, never two ДПП at once, what does not fit is left out.
import { describe, expect, it } from "vitest";
import { buildRoutes } from "../../../shared/iom/buildRoutes.ts";
import { gridWeeks, reflexiveSlot, WeekGrid } from "../../../shared/iom/schedule.ts";
import { makeBook, type BookSpec } from "./book.ts";

describe("week grid", () => {
  it("places side by side only while the summed weekly load stays within the budget", () => {
    const grid = new WeekGrid("2026-11-30", 10, 10);
    expect(grid.place(12, 2, false)).toEqual({ start: "2026-11-30", end: "2026-12-13" }); // 6 h a week
    expect(grid.place(8, 2, false)).toEqual({ start: "2026-11-30", end: "2026-12-13" }); // 6 + 4 = 10
    expect(grid.place(2, 1, false)).toEqual({ start: "2026-12-14", end: "2026-12-20" }); // 10 + 2 > 10
  });

  it("runs an activity heavier than the budget alone", () => {
    const grid = new WeekGrid("2026-11-30", 10, 10);
    grid.place(2, 1, false);
    expect(grid.place(24, 2, false)).toEqual({ start: "2026-12-07", end: "2026-12-20" }); // 12 h a week
    expect(grid.place(1, 3, false)).toEqual({ start: "2026-12-21", end: "2027-01-10" });
  });

  it("never runs two ДПП at once, even when the hours would allow it", () => {
    const grid = new WeekGrid("2026-11-30", 10, 40);
    grid.place(4, 2, true);
    expect(grid.place(4, 2, true)).toEqual({ start: "2026-12-14", end: "2026-12-27" });
    expect(grid.place(4, 2, false)).toEqual({ start: "2026-11-30", end: "2026-12-13" });
  });

  it("reports what does not fit", () => {
    const grid = new WeekGrid("2026-11-30", 3, 10);
    expect(grid.place(4, 4, false)).toBeUndefined();
    expect(grid.hoursBudget).toBe(30);
  });

  it("keeps kept activities' weeks taken", () => {
    const grid = new WeekGrid("2026-11-30", 10, 10);
    grid.reserve("2026-12-01", "2026-12-14", 36, true); // 18 h a week over its 2 weeks, a ДПП
    expect(grid.place(2, 1, true)).toEqual({ start: "2026-12-21", end: "2026-12-27" });
  });

  it("puts the reflexive diagnostics in the last week of the period", () => {
    const slot = reflexiveSlot("2026-11-30", "2027-05-31", 7);
    expect(slot).toEqual({ start: "2027-05-25", end: "2027-05-31" });
    expect(gridWeeks("2026-11-30", slot.start)).toBe(25);
  });
});

const spec = (catalog: BookSpec["catalog"], settings: BookSpec["settings"] = []): BookSpec => ({
  staff: [{ email: "a@s.ru" }],
  diagnostics: [
    { email: "a@s.ru", group: "цифровые", score: 20 },
    { email: "a@s.ru", group: "методические", score: 30 },
  ],
  catalog,
  settings,
});

describe("scheduled routes", () => {
  it("schedules ДПП one after another and informal activities beside them within the budget", () => {
    const route = buildRoutes(
      makeBook(
        spec([
          { code: "D1", type: "ДПП", groups: "цифровые", hours: 36, weeks: 6, federal: true },
          { code: "D2", type: "ДПП", groups: "методические", hours: 24, weeks: 4, federal: true },
          { code: "E1", type: "сообщество", groups: "цифровые", hours: 16, weeks: 8 },
          { code: "E2", type: "стажировка", groups: "методические", hours: 24, weeks: 2 },
        ]),
      ),
    ).routes[0]!;
    expect(route.activities.map((a) => [a.code, a.start, a.end])).toEqual([
      ["D1", "2026-11-30", "2027-01-10"], // 6 h a week
      ["E1", "2026-11-30", "2027-01-24"], // 2 h a week beside D1
      ["D2", "2027-01-11", "2027-02-07"], // after D1
      ["E2", "2027-02-08", "2027-02-21"], // 12 h a week: alone
      ["РД-ИОМ", "2027-05-25", "2027-05-31"],
    ]);
    expect(route.totalHours).toBe(36 + 24 + 16 + 24 + 2);
  });

  it("leaves out what does not fit in the period, with a warning naming it", () => {
    const route = buildRoutes(
      makeBook(
        spec(
          [
            { code: "D1", type: "ДПП", groups: "цифровые", hours: 36, weeks: 12 },
            { code: "D2", title: "Второй курс", type: "ДПП", groups: "методические", hours: 20, weeks: 10 },
          ],
          [["Период ИОМ по", "2027-03-31"]],
        ),
      ),
    ).routes[0]!;
    expect(route.activities.map((a) => a.code)).toEqual(["D1", "РД-ИОМ"]);
    expect(route.warnings).toHaveLength(1);
    expect(route.warnings[0]).toContain("«Второй курс» (D2, группа «методические»)"); // 16 weeks, ДПП one by one
    expect(route.deficits.map((d) => d.group)).toEqual(["цифровые", "методические"]);
  });

  it("takes the next candidate when the preferred one does not fit", () => {
    const route = buildRoutes(
      makeBook(
        spec(
          [
            { code: "LONG", type: "ДПП", groups: "цифровые", hours: 40, weeks: 30, federal: true },
            { code: "SHORT", type: "ДПП", groups: "цифровые", hours: 16, weeks: 4 },
          ],
          [["Период ИОМ по", "2027-03-31"]],
        ),
      ),
    ).routes[0]!;
    expect(route.activities.filter((a) => a.group === "цифровые").map((a) => a.code)).toEqual([
      "SHORT",
      "РД-ИОМ",
    ]);
  });

  it("lets growth zones in only while the period's hours allow", () => {
    const book = makeBook({
      staff: [{ email: "a@s.ru" }],
      diagnostics: [
        { email: "a@s.ru", group: "цифровые", score: 20 },
        { email: "a@s.ru", group: "методические", score: 55 },
        { email: "a@s.ru", group: "предметные", score: 60 },
      ],
      catalog: [
        { code: "D", type: "ДПП", groups: "цифровые", hours: 20, weeks: 2 },
        { code: "G1", type: "мероприятие", groups: "методические", hours: 8, weeks: 1 },
        { code: "G2", type: "мероприятие", groups: "предметные", hours: 10, weeks: 1 },
      ],
      settings: [
        ["Период ИОМ по", "2026-12-27"], // 4 weeks: 3 for activities (30 h) + the reflexive week
        ["Часов в неделю", 10],
      ],
    });
    const route = buildRoutes(book).routes[0]!;
    expect(route.activities.map((a) => a.code)).toEqual(["D", "G1", "РД-ИОМ"]);
    expect(route.deficits.map((d) => d.group)).toEqual(["цифровые", "методические"]);
    expect(route.warnings).toHaveLength(1);
    expect(route.warnings[0]).toContain("Зона роста «предметные»");
  });

  it("always ends with «Рефлексивная диагностика» of the route's groups, after everything else", () => {
    const route = buildRoutes(
      makeBook(spec([{ code: "D1", type: "ДПП", groups: "цифровые, методические", hours: 36, weeks: 6 }])),
    ).routes[0]!;
    const last = route.activities.at(-1)!;
    expect(last.title).toBe("Рефлексивная диагностика: цифровые, методические");
    expect(last.controlPoint).toBe("отчёт");
    for (const a of route.activities.slice(0, -1)) expect(a.end! < last.start!).toBe(true);
    expect(last.end).toBe(route.period.to);
  });
});
