// `marshrut iom`: JSON exactly per spec §7, --date, --out with the «ИОМ» and «Сводка ИОМ» sheets, Russian text.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBook } from "../../../shared/book.ts";
import { validRows } from "../../../shared/validation/parseSheet.ts";
import { readWorkbook } from "../../../node/xlsx/readWorkbook.ts";
import { writeWorkbook } from "../../../xlsx/writeWorkbook.ts";
import { runCli, tempDir } from "../../helpers/cli.ts";
import { sampleSheets, type TestSheet } from "../../helpers/sampleBook.ts";

async function bookFile(extra: TestSheet[] = []) {
  const path = join(await tempDir(), "книга.xlsx");
  await writeWorkbook(path, [...sampleSheets(), ...extra]);
  return path;
}

interface IomDocument {
  routes: Record<string, unknown>[];
  withoutDiagnostics: string[];
  activCandidates: { email: string; group: string }[];
}

describe("marshrut iom", () => {
  it("prints the routes document of spec §7 and nothing else", async () => {
    const result = await runCli(["iom", await bookFile(), "--json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const doc = JSON.parse(result.stdout) as IomDocument;
    expect(Object.keys(doc)).toEqual(["routes", "withoutDiagnostics", "activCandidates"]);
    expect(doc.withoutDiagnostics).toEqual(["director@school1.ru"]);
    expect(doc.activCandidates).toEqual([{ email: "petrov@school1.ru", group: "методические" }]);
    expect(doc.routes).toHaveLength(1);
    const route = doc.routes[0]!;
    expect(Object.keys(route)).toEqual([
      "email",
      "org",
      "period",
      "deficits",
      "activities",
      "totalHours",
      "mentor",
      "warnings",
    ]);
    expect(route).toMatchObject({
      email: "ivanova@school1.ru",
      org: "МБОУ СОШ № 1",
      period: { from: "2026-11-30", to: "2027-05-31" },
      deficits: [{ group: "цифровые", score: 40, level: "низкий" }],
      mentor: null, // already «наставляемый»
    });
    const activities = route.activities as Record<string, unknown>[];
    for (const activity of activities)
      expect(Object.keys(activity)).toEqual([
        "code",
        "title",
        "type",
        "group",
        "hours",
        "start",
        "end",
        "controlPoint",
      ]);
    expect(activities[0]).toMatchObject({ type: "ДПП", group: "цифровые", controlPoint: "сертификат" });
    expect(activities.at(-1)!.title).toBe("Рефлексивная диагностика: цифровые");
    expect(route.totalHours).toBe(activities.reduce((sum, a) => sum + (a.hours as number), 0));
  });

  it("plans from --date", async () => {
    const result = await runCli(["iom", await bookFile(), "--json", "--date", "2027-03-15"]);
    const doc = JSON.parse(result.stdout) as IomDocument;
    expect(doc.routes[0]!.period).toEqual({ from: "2027-03-15", to: "2027-06-15" });
  });

  it("lists as already having a route a person whose «ИОМ» route overlaps the period", async () => {
    const existing: TestSheet = {
      name: "ИОМ",
      rows: [
        ["Email", "Период с", "Период по", "Мероприятие"],
        ["ivanova@school1.ru", "2026-10-01", "2027-04-30", "Курс по выбору педагога"],
      ],
    };
    const doc = JSON.parse(
      (await runCli(["iom", await bookFile([existing]), "--json"])).stdout,
    ) as IomDocument;
    expect(doc.routes).toEqual([]);
  });

  it("with --regenerate plans the route again on its period, keeping the hand-added activity", async () => {
    const existing: TestSheet = {
      name: "ИОМ",
      rows: [
        ["Email", "Период с", "Период по", "Мероприятие"],
        ["ivanova@school1.ru", "2026-10-01", "2027-04-30", "Курс по выбору педагога"],
      ],
    };
    const doc = JSON.parse(
      (await runCli(["iom", await bookFile([existing]), "--json", "--regenerate"])).stdout,
    ) as IomDocument;
    expect(doc.routes.map((r) => [r.email, r.period])).toEqual([
      ["ivanova@school1.ru", { from: "2026-10-01", to: "2027-04-30" }],
    ]);
    const activities = doc.routes[0]!.activities as { title: string }[];
    expect(activities.map((a) => a.title)).toContain("Курс по выбору педагога");
  });

  it("saves the «ИОМ» sheet and the per-person summary with --out", async () => {
    const out = join(await tempDir(), "маршруты.xlsx");
    const result = await runCli(["iom", await bookFile(), "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Иванова Мария Петровна (ivanova@school1.ru)");
    expect(result.stdout).toContain("Нет результатов диагностики — 1: director@school1.ru");
    const sheets = await readWorkbook(out);
    expect(sheets.map((s) => s.name)).toEqual(["ИОМ", "Сводка ИОМ"]);
    const book = readBook(sheets, { reportDate: "2026-11-30" });
    expect(book.findings.filter((f) => f.sheet === "ИОМ")).toEqual([]);
    const rows = validRows(book.routes);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(
      rows.every((r) => r.email === "ivanova@school1.ru" && r.from === "2026-11-30" && r.to === "2027-05-31"),
    ).toBe(true);
    expect(rows[0]).toMatchObject({
      type: "ДПП",
      federal: true,
      state: "запланировано",
      start: "2026-11-30",
    });
    const summary = sheets[1]!.values;
    expect(summary[0]!.slice(0, 4)).toEqual(["Email", "ФИО", "ОО", "Итог"]);
    expect(summary.slice(1).map((r) => [r[0], r[3]])).toEqual([
      ["director@school1.ru", "нет результатов диагностики"],
      ["ivanova@school1.ru", "ИОМ построен"],
      ["petrov@school1.ru", "дефицитов и зон роста нет"],
    ]);
  });

  it("exits 2 with a Russian line when the file is missing", async () => {
    const result = await runCli(["iom", "/нет/такой/книги.xlsx", "--json"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("не найден");
  });
});
