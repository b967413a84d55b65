// Goals and the choice of activities (spec §4.1, §4.2, §4.5): order, ДПП + informal, filters, completed, never silent.
import { describe, expect, it } from "vitest";
import { buildRoutes } from "../../../shared/iom/buildRoutes.ts";
import { PLACEHOLDER_TITLE } from "../../../shared/iom/texts.ts";
import { makeBook, smallCatalog, type BookSpec } from "./book.ts";

const routeOf = (spec: BookSpec, email = "a@s.ru") => {
  const route = buildRoutes(makeBook(spec)).routes.find((r) => r.email === email);
  if (!route) throw new Error(`no route for ${email}`);
  return route;
};
const codes = (route: ReturnType<typeof routeOf>) => route.activities.map((a) => a.code);

describe("goals", () => {
  it("puts deficits first by score ascending, ties in the group order, then growth zones", () => {
    const route = routeOf({
      staff: [{ email: "a@s.ru" }],
      diagnostics: [
        { email: "a@s.ru", group: "коммуникативные", score: 55 },
        { email: "a@s.ru", group: "цифровые", score: 30 },
        { email: "a@s.ru", group: "методические", score: 30 },
        { email: "a@s.ru", group: "предметные", score: 45 },
        { email: "a@s.ru", group: "психолого-педагогические", score: 52 },
        { email: "a@s.ru", group: "управленческие", score: 90 },
      ],
      catalog: [
        {
          code: "E1",
          type: "мероприятие",
          groups: "коммуникативные, психолого-педагогические",
          hours: 2,
          weeks: 1,
        },
        { code: "E2", type: "мероприятие", groups: "методические, цифровые, предметные", hours: 2, weeks: 1 },
        { code: "E3", type: "мероприятие", groups: "методические, цифровые, предметные", hours: 2, weeks: 1 },
        { code: "E4", type: "мероприятие", groups: "методические, цифровые, предметные", hours: 2, weeks: 1 },
        { code: "E5", type: "самообразование", groups: "психолого-педагогические", hours: 2, weeks: 1 },
      ],
    });
    expect(route.deficits).toEqual([
      { group: "методические", score: 30, level: "низкий" },
      { group: "цифровые", score: 30, level: "низкий" },
      { group: "предметные", score: 45, level: "низкий" },
      { group: "психолого-педагогические", score: 52, level: "базовый" },
      { group: "коммуникативные", score: 55, level: "базовый" },
    ]);
    expect(route.goals[0]).toBe("Преодоление дефицита: методические (30%)");
    expect(route.goals[3]).toBe("Зона роста: психолого-педагогические (52%)");
    // each activity serves one goal only; коммуникативные has nothing left and gets «подобрать мероприятие»
    expect(route.activities.map((a) => [a.code || a.title, a.group])).toEqual([
      ["E2", "методические"],
      ["E3", "цифровые"],
      ["E4", "предметные"],
      ["E1", "психолого-педагогические"],
      [PLACEHOLDER_TITLE, "коммуникативные"],
      ["РД-ИОМ", "методические"], // the closing diagnostics stands under the main goal's group
    ]);
    expect(route.warnings).toHaveLength(1);
    expect(route.warnings[0]).toContain("коммуникативные");
  });

  it("uses the latest diagnostic per group up to the report date", () => {
    const book = {
      staff: [{ email: "a@s.ru" }, { email: "b@s.ru" }],
      diagnostics: [
        { email: "a@s.ru", group: "цифровые", score: 30, date: "2026-09-10" },
        { email: "a@s.ru", group: "цифровые", score: 95, date: "2026-10-10" },
        { email: "b@s.ru", group: "цифровые", score: 95, date: "2026-09-10" },
        { email: "b@s.ru", group: "цифровые", score: 20, date: "2026-12-10" },
      ],
      catalog: smallCatalog(["цифровые"]),
    };
    const result = buildRoutes(makeBook(book));
    expect(result.routes).toEqual([]);
    expect(result.activCandidates).toEqual([
      { email: "a@s.ru", group: "цифровые" },
      { email: "b@s.ru", group: "цифровые" },
    ]);
  });
});

describe("choice of activities", () => {
  const deficit = (group = "цифровые", score = 30) => [{ email: "a@s.ru", group, score }];

  it("gives a deficit one ДПП, preferring the federal registry, and one informal activity", () => {
    const route = routeOf({
      staff: [{ email: "a@s.ru" }],
      diagnostics: deficit(),
      catalog: [
        { code: "R", type: "ДПП", groups: "цифровые", hours: 18, weeks: 3 },
        { code: "F", type: "ДПП", groups: "цифровые", hours: 36, weeks: 6, federal: true },
        { code: "C", type: "сообщество", groups: "цифровые", hours: 10, weeks: 10 },
        { code: "S", type: "самообразование", groups: "цифровые", hours: 4, weeks: 2 },
        { code: "K", type: "конкурс", groups: "цифровые", hours: 4, weeks: 2 },
        { code: "N", type: "наставничество", groups: "цифровые", hours: 4, weeks: 2 },
      ],
    });
    const planned = route.activities.filter((a) => a.source === "catalog");
    expect(planned.map((a) => [a.code, a.type, a.controlPoint])).toEqual([
      ["F", "ДПП", "сертификат"],
      ["C", "сообщество", "отчёт"],
    ]);
    expect(planned[0]!.federal).toBe(true);
    expect(route.warnings).toEqual([]);
  });

  it("matches the subject (empty = any; compared normalised) and prefers a subject-specific activity", () => {
    const catalog = [
      { code: "ANY", type: "мероприятие", groups: "предметные", hours: 4, weeks: 1 },
      { code: "MATH", type: "мероприятие", groups: "предметные", subject: "Математика ", hours: 8, weeks: 1 },
    ];
    const staff = [
      { email: "a@s.ru", subject: "математика" },
      { email: "b@s.ru", subject: "физика" },
      { email: "c@s.ru" },
    ];
    const diagnostics = staff.map((p) => ({ email: p.email, group: "предметные", score: 20 }));
    const result = buildRoutes(makeBook({ staff, diagnostics, catalog }));
    const first = (email: string) => result.routes.find((r) => r.email === email)!.activities[0]!.code;
    expect([first("a@s.ru"), first("b@s.ru"), first("c@s.ru")]).toEqual(["MATH", "ANY", "ANY"]);
  });

  it("keeps to the activity's levels (empty = низкий and базовый)", () => {
    const catalog = [
      {
        code: "HIGH",
        type: "мероприятие",
        groups: "цифровые",
        hours: 2,
        weeks: 1,
        forLevels: "повышенный, высокий",
      },
      { code: "BASE", type: "мероприятие", groups: "цифровые", hours: 2, weeks: 1, forLevels: "базовый" },
      { code: "LOW", type: "мероприятие", groups: "цифровые", hours: 3, weeks: 1, forLevels: "низкий" },
      { code: "ALL", type: "мероприятие", groups: "цифровые", hours: 4, weeks: 1 },
    ];
    const staff = [{ email: "a@s.ru" }, { email: "b@s.ru" }];
    const diagnostics = [
      { email: "a@s.ru", group: "цифровые", score: 30 },
      { email: "b@s.ru", group: "цифровые", score: 60 },
    ];
    const result = buildRoutes(makeBook({ staff, diagnostics, catalog }));
    expect(result.routes.map((r) => r.activities[0]!.code)).toEqual(["LOW", "BASE"]);
  });

  it("never offers an activity completed in «ИОМ» (state выполнено) or named as a completed course in the register", () => {
    const catalog = [
      {
        code: "D1",
        title: "Курс «Цифровая школа»",
        type: "ДПП",
        groups: "цифровые",
        hours: 36,
        weeks: 6,
        federal: true,
      },
      {
        code: "D2",
        title: "Курс «Цифровой урок»",
        type: "ДПП",
        groups: "цифровые",
        hours: 36,
        weeks: 6,
        federal: true,
      },
      { code: "D3", title: "Курс «Данные в школе»", type: "ДПП", groups: "цифровые", hours: 36, weeks: 6 },
    ];
    const routes = [
      [
        "Email",
        "Период с",
        "Период по",
        "Код",
        "Мероприятие",
        "Тип",
        "Статус мероприятия",
        "Дата выполнения",
      ],
      ["a@s.ru", "2025-09-01", "2026-05-31", "d1", "Курс «Цифровая школа»", "ДПП", "выполнено", "2026-03-01"],
    ];
    const register = [{ email: "a@s.ru", course: 'курс  "Цифровой урок"' }];
    const route = routeOf({
      staff: [{ email: "a@s.ru" }],
      diagnostics: deficit(),
      catalog,
      routes,
      register,
    });
    expect(codes(route)).toEqual(["D3", "РД-ИОМ"]);
  });

  it("plans управленческие only for managers and says so for anyone else", () => {
    const catalog = smallCatalog(["управленческие", "цифровые"]);
    const staff = [
      { email: "a@s.ru" },
      { email: "boss@s.ru", category: "управленческий кадр", position: "директор" },
      { email: "c@s.ru" },
    ];
    const diagnostics = [
      { email: "a@s.ru", group: "управленческие", score: 20 },
      { email: "a@s.ru", group: "цифровые", score: 40 },
      { email: "boss@s.ru", group: "управленческие", score: 20 },
      { email: "c@s.ru", group: "управленческие", score: 20 },
    ];
    const result = buildRoutes(makeBook({ staff, diagnostics, catalog }));
    const teacher = result.routes.find((r) => r.email === "a@s.ru")!;
    expect(teacher.deficits.map((d) => d.group)).toEqual(["цифровые"]);
    expect(teacher.activities.every((a) => a.group !== "управленческие")).toBe(true);
    expect(teacher.warnings.join(" ")).toContain("только для управленческих кадров");
    const boss = result.routes.find((r) => r.email === "boss@s.ru")!;
    expect(boss.deficits.map((d) => d.group)).toEqual(["управленческие"]);
    expect(boss.activities[0]).toMatchObject({ code: "Д0Ф", group: "управленческие" });
    expect(result.routes.map((r) => r.email)).not.toContain("c@s.ru");
    const c = result.people.find((p) => p.email === "c@s.ru")!;
    expect(c.outcome).toBe("noGoals");
    expect(c.notes.join(" ")).toContain("только для управленческих кадров");
  });

  it("still lists a deficit with no matching activity, with «подобрать мероприятие» and a warning", () => {
    const route = routeOf({
      staff: [{ email: "a@s.ru" }],
      diagnostics: deficit("коммуникативные", 10),
      catalog: smallCatalog(["цифровые"]),
    });
    expect(route.deficits).toEqual([{ group: "коммуникативные", score: 10, level: "низкий" }]);
    expect(route.activities[0]).toMatchObject({
      code: "",
      title: PLACEHOLDER_TITLE,
      group: "коммуникативные",
      hours: 0,
    });
    expect(route.warnings).toHaveLength(1);
    expect(route.warnings[0]).toContain("«коммуникативные»");
  });

  it("lists people without diagnostics and candidates for the methodical актив", () => {
    const result = buildRoutes(
      makeBook({
        staff: [{ email: "z@s.ru" }, { email: "a@s.ru" }, { email: "h@s.ru" }],
        diagnostics: [
          { email: "h@s.ru", group: "цифровые", score: 90 },
          { email: "h@s.ru", group: "предметные", score: 70, level: "высокий" },
          { email: "a@s.ru", group: "цифровые", score: 80, date: "2027-01-01" },
        ],
      }),
    );
    expect(result.withoutDiagnostics).toEqual(["a@s.ru", "z@s.ru"]);
    expect(result.activCandidates).toEqual([
      { email: "h@s.ru", group: "предметные" },
      { email: "h@s.ru", group: "цифровые" },
    ]);
    expect(result.routes).toEqual([]);
    expect(result.catalogSource).toBe("default");
  });
});
