// Young teachers (spec §4.3): a наставничество activity and a mentor at высокий, same ОО first, at most 3 mentees each.
import { describe, expect, it } from "vitest";
import { buildRoutes } from "../../../shared/iom/buildRoutes.ts";
import type { Cell } from "../../../shared/cells.ts";
import { makeBook, type BookSpec, type PersonSpec } from "./book.ts";

const catalog: BookSpec["catalog"] = [
  { code: "D", type: "ДПП", groups: "цифровые, методические", hours: 36, weeks: 6 },
  { code: "N", type: "наставничество", groups: "цифровые, методические", hours: 36, weeks: 18 },
];
const young = (email: string, extra: Partial<PersonSpec> = {}): PersonSpec => ({
  email,
  birthDate: "1999-05-01",
  experience: 2,
  ...extra,
});
const low = (email: string, group = "цифровые", score = 30) => ({ email, group, score });
const high = (email: string, group = "цифровые", score = 90) => ({ email, group, score });

describe("mentors", () => {
  it("gives a young teacher a наставничество activity with a mentor of the same ОО first", () => {
    const result = buildRoutes(
      makeBook({
        staff: [young("y@s.ru"), { email: "m1@s.ru" }, { email: "m2@s.ru", org: "Школа 2" }],
        diagnostics: [low("y@s.ru"), high("m1@s.ru", "цифровые", 86), high("m2@s.ru", "цифровые", 99)],
        catalog,
      }),
    );
    const route = result.routes[0]!;
    expect(route.mentor).toBe("m1@s.ru");
    expect(route.activities.find((a) => a.type === "наставничество")).toMatchObject({
      code: "N",
      mentor: "m1@s.ru",
      controlPoint: "открытое занятие",
      group: "цифровые",
    });
    expect(result.mentorPairs).toEqual([
      { mentor: "m1@s.ru", mentee: "y@s.ru", group: "цифровые", sameOrg: true },
    ]);
  });

  it("looks in the municipality when the ОО has nobody, and prefers the same subject within a tier", () => {
    const result = buildRoutes(
      makeBook({
        staff: [
          young("y@s.ru", { subject: "химия" }),
          { email: "a@s.ru", org: "Школа 2", subject: "физика" },
          { email: "b@s.ru", org: "Школа 3", subject: "Химия" },
        ],
        diagnostics: [low("y@s.ru"), high("a@s.ru", "цифровые", 99), high("b@s.ru", "цифровые", 86)],
        catalog,
      }),
    );
    expect(result.mentorPairs).toEqual([
      { mentor: "b@s.ru", mentee: "y@s.ru", group: "цифровые", sameOrg: false },
    ]);
  });

  it("takes the first goal group that has a mentor at высокий", () => {
    const result = buildRoutes(
      makeBook({
        staff: [young("y@s.ru"), { email: "m@s.ru" }],
        diagnostics: [
          low("y@s.ru", "цифровые", 20),
          low("y@s.ru", "методические", 30),
          high("m@s.ru", "методические"),
        ],
        catalog,
      }),
    );
    expect(result.mentorPairs[0]).toMatchObject({ mentor: "m@s.ru", group: "методические" });
  });

  it("leaves out people already «наставляемый», managers, and those older or more experienced", () => {
    const result = buildRoutes(
      makeBook({
        staff: [
          young("a@s.ru", { mentoring: "наставляемый" }),
          young("b@s.ru", { category: "управленческий кадр" }),
          young("c@s.ru", { experience: 4 }),
          { email: "d@s.ru", age: 35, experience: 1 },
          { email: "e@s.ru", age: 34, experience: 3 },
          { email: "m@s.ru" },
        ],
        diagnostics: ["a", "b", "c", "d", "e"].map((p) => low(`${p}@s.ru`)).concat([high("m@s.ru")]),
        catalog,
      }),
    );
    const mentored = result.routes.filter((r) => r.activities.some((a) => a.type === "наставничество"));
    expect(mentored.map((r) => r.email)).toEqual(["e@s.ru"]);
    expect(result.routes.filter((r) => r.mentor !== null).map((r) => r.email)).toEqual(["e@s.ru"]);
  });

  it("gives a mentor at most 3 mentees, counting mentor assignments already in «ИОМ»", () => {
    const existing: Cell[][] = [
      ["Email", "Период с", "Период по", "Мероприятие", "Тип", "Наставник"],
      ["old1@s.ru", "2026-09-01", "2027-05-31", "Наставничество", "наставничество", "m@s.ru"],
      ["old2@s.ru", "2026-09-01", "2027-05-31", "Наставничество", "наставничество", "m@s.ru"],
      ["old3@s.ru", "2025-09-01", "2026-05-31", "Наставничество", "наставничество", "m@s.ru"], // over
    ];
    const result = buildRoutes(
      makeBook({
        staff: [
          young("y1@s.ru"),
          young("y2@s.ru"),
          young("y3@s.ru"),
          { email: "m@s.ru" },
          { email: "n@s.ru" },
        ],
        diagnostics: [
          low("y1@s.ru"),
          low("y2@s.ru"),
          low("y3@s.ru"),
          high("m@s.ru", "цифровые", 95),
          high("n@s.ru"),
        ],
        catalog,
        routes: existing,
      }),
    );
    expect(result.mentorPairs.map((p) => [p.mentor, p.mentee])).toEqual([
      ["m@s.ru", "y1@s.ru"],
      ["n@s.ru", "y2@s.ru"],
      ["n@s.ru", "y3@s.ru"],
    ]);
  });

  it("warns when nobody can mentor, and still plans the наставничество activity", () => {
    const result = buildRoutes(
      makeBook({
        staff: [young("y@s.ru"), { email: "m@s.ru" }],
        diagnostics: [low("y@s.ru"), high("m@s.ru", "предметные")],
        catalog,
      }),
    );
    const route = result.routes[0]!;
    expect(route.mentor).toBeNull();
    expect(route.activities.find((a) => a.type === "наставничество")).toMatchObject({
      code: "N",
      mentor: null,
    });
    expect(route.warnings.join(" ")).toContain("не найден наставник");
    expect(result.mentorPairs).toEqual([]);
  });

  it("adds «подобрать мероприятие» of type наставничество when the catalogue has no mentoring programme", () => {
    const route = buildRoutes(
      makeBook({
        staff: [young("y@s.ru"), { email: "m@s.ru" }],
        diagnostics: [low("y@s.ru"), high("m@s.ru")],
        catalog: catalog!.slice(0, 1),
      }),
    ).routes[0]!;
    expect(route.activities.find((a) => a.type === "наставничество")).toMatchObject({
      code: "",
      title: "подобрать мероприятие",
      mentor: "m@s.ru",
    });
    expect(route.warnings.join(" ")).toContain("нет программы наставничества");
  });

  it("makes no pair when the mentoring programme does not fit in the period, and says so", () => {
    const result = buildRoutes(
      makeBook({
        staff: [young("y@s.ru"), { email: "m@s.ru" }],
        diagnostics: [low("y@s.ru"), high("m@s.ru")],
        catalog: [
          catalog![0]!,
          { code: "LONG", type: "наставничество", groups: "цифровые", hours: 40, weeks: 40 },
        ],
      }),
    );
    expect(result.mentorPairs).toEqual([]);
    expect(result.routes[0]!.mentor).toBeNull();
    expect(result.routes[0]!.warnings.join(" ")).toContain("(LONG, группа «цифровые»)");
  });
});
