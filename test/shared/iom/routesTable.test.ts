// Table models: the «ИОМ» sheet (headers of spec §2.7, Russian values, date cells) and the per-person «Сводка ИОМ».
import { describe, expect, it } from "vitest";
import { readBook } from "../../../shared/book.ts";
import { isDate } from "../../../shared/cells.ts";
import { buildRoutes } from "../../../shared/iom/buildRoutes.ts";
import {
  dateCell,
  ROUTES_HEADERS,
  routesSummaryTable,
  routesTable,
  SUMMARY_HEADERS,
} from "../../../shared/tables/routesTable.ts";
import { validRows } from "../../../shared/validation/parseSheet.ts";
import { makeBook } from "./book.ts";

const book = () =>
  makeBook({
    staff: [
      { email: "a@s.ru", fio: "Андреева Анна" },
      { email: "b@s.ru", fio: "Борисов Борис" },
      { email: "c@s.ru", fio: "Васильева Вера" },
    ],
    diagnostics: [
      { email: "a@s.ru", group: "цифровые", score: 30 },
      { email: "c@s.ru", group: "предметные", score: 90 },
    ],
  });

describe("«ИОМ» table", () => {
  it("has the first header name of each field and Russian values with real date cells", () => {
    const table = routesTable(buildRoutes(book()).rows);
    expect(table[0]).toEqual([
      "Email",
      "ФИО",
      "ОО",
      "Период с",
      "Период по",
      "Группа компетенций",
      "Код",
      "Мероприятие",
      "Тип",
      "Федеральный реестр",
      "Часы",
      "Начало",
      "Окончание",
      "Контрольная точка",
      "Наставник",
      "Статус мероприятия",
      "Дата выполнения",
    ]);
    expect(ROUTES_HEADERS).toEqual(table[0]);
    const first = table[1]!;
    expect(first.slice(0, 3)).toEqual(["a@s.ru", "Андреева Анна", "Школа 1"]);
    expect(first[3]).toEqual(dateCell("2026-11-30"));
    expect(isDate(first[3])).toBe(true);
    expect(first[9]).toBe("да");
    expect(first[15]).toBe("запланировано");
    expect(table.at(-1)![9]).toBe("нет");
  });

  it("reads back without findings as the «ИОМ» sheet, with the same values", () => {
    const result = buildRoutes(book());
    const back = readBook([{ name: "ИОМ", values: routesTable(result.rows) }], { reportDate: "2026-11-30" });
    expect(back.findings.filter((f) => f.sheet === "ИОМ")).toEqual([]);
    const generated = result.rows.flatMap((r) => (r.origin === "generated" ? [r.data] : []));
    expect(validRows(back.routes)).toEqual(generated);
  });
});

describe("«Сводка ИОМ» table", () => {
  it("has one row per person saying what was done, with the route's figures", () => {
    const result = buildRoutes(book());
    const table = routesSummaryTable(result);
    expect(table[0]).toEqual([...SUMMARY_HEADERS]);
    expect(table.slice(1).map((row) => [row[0], row[3]])).toEqual([
      ["a@s.ru", "ИОМ построен"],
      ["b@s.ru", "нет результатов диагностики"],
      ["c@s.ru", "дефицитов и зон роста нет"],
    ]);
    const route = result.routes[0]!;
    expect(table[1]!.slice(6, 10)).toEqual([
      route.goals.join("; "),
      route.activities.length,
      route.totalHours,
      "",
    ]);
    expect(table[3]![10]).toBe("предметные");
  });
});
