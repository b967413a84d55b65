// «Сформировать ИОМ»: «ИОМ» written from the core's rows, completed and hand-edited rows kept, lists for the sidebar.
import { describe, expect, test } from "vitest";
import { readBook } from "../../shared/book.ts";
import { isDate } from "../../shared/cells.ts";
import { buildRoutes } from "../../shared/iom/buildRoutes.ts";
import { ROUTES_HEADERS } from "../../shared/tables/routesTable.ts";
import { sampleSheets, sheetOf, type TestSheet } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon } from "./addon.ts";
import { column } from "./sheetView.ts";

interface RoutesView {
  routes: number;
  activities: number;
  regenerated: number;
  alreadyHaveRoute: number;
  withoutDiagnostics: { email: string; fio: string }[];
  activ: { email: string; fio: string; group: string }[];
  unmatched: { email: string; group: string }[];
  warnings: string[];
}

const raw = (sheets: TestSheet[]) => sheets.map((s) => ({ name: s.name, values: s.rows }));
const iso = (cell: unknown) =>
  isDate(cell)
    ? `${cell.getFullYear()}-${String(cell.getMonth() + 1).padStart(2, "0")}-${String(cell.getDate()).padStart(2, "0")}`
    : cell;

describe("«Сформировать ИОМ»", () => {
  test("writes the routes the core builds, as date cells, and lists people without diagnostics and the актив", async () => {
    const sheets = sampleSheets();
    const env = loadAddon(await builtAddon(), sheets);
    env.call("runAction", "routes");
    const expected = buildRoutes(readBook(raw(sheets)));
    const iom = env.ss.sheet("ИОМ").dump();
    expect(iom[0]).toEqual([...ROUTES_HEADERS]);
    const activities = expected.routes.flatMap((r) => r.activities);
    expect(iom.slice(1).map((row) => row[7])).toEqual(activities.map((a) => a.title));
    expect(iom.slice(1).map((row) => iso(row[11]))).toEqual(activities.map((a) => a.start));
    expect(isDate(iom[1]![3])).toBe(true);

    const view = env.call<RoutesView>("getResult", "routes");
    expect(view.routes).toBe(expected.routes.length);
    expect(view.activities).toBe(activities.length);
    expect(view.withoutDiagnostics).toEqual([
      { email: "director@school1.ru", fio: "Сидорова Анна Ильинична" },
    ]);
    expect(view.activ).toEqual([{ email: "petrov@school1.ru", fio: "Петров Иван", group: "методические" }]);
    expect(view.warnings).toEqual(expected.warnings);
    const summary = env.ss.sheet("Сводка ИОМ").dump();
    expect(summary.slice(1).map((row) => row[0])).toEqual([
      "director@school1.ru",
      "ivanova@school1.ru",
      "petrov@school1.ru",
    ]);
  });

  test("a second run keeps the routes (already there); regeneration keeps completed and hand-edited rows and extra columns", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    env.call("runAction", "routes");
    const iom = env.ss.sheet("ИОМ");
    const width = iom.dump()[0]!.length;
    iom.grid.setValue(1, width + 1, "Комментарий методиста");
    iom.grid.setValue(2, width + 1, "курс оплачен");
    iom.grid.setValue(2, 16, "выполнено");
    iom.grid.setValue(2, 17, new Date(2026, 10, 25));
    iom.grid.setValue(3, 8, "Семинар, изменённый вручную");
    const firstRow = iom.dump()[1]!;
    const handRow = iom.dump()[2]!;

    env.call("runAction", "routes");
    expect(env.call<RoutesView>("getResult", "routes")).toMatchObject({ routes: 0, alreadyHaveRoute: 1 });
    expect(iom.dump()[1]).toEqual(firstRow);

    env.call("runAction", "routes", { regenerate: true });
    expect(env.call<RoutesView>("getResult", "routes")).toMatchObject({ routes: 1, regenerated: 1 });
    const rows = iom.dump();
    expect(rows[0]!.at(-1)).toBe("Комментарий методиста");
    expect(rows.find((r) => r[15] === "выполнено")).toEqual(firstRow);
    expect(rows.find((r) => r[7] === "Семинар, изменённый вручную")).toEqual(handRow);
    expect(column(iom, "Комментарий методиста").filter(Boolean)).toEqual(["курс оплачен"]);
  });

  test("a young teacher gets a proposed mentor: a colleague at высокий in the deficit group", async () => {
    const sheets = sampleSheets();
    sheetOf(sheets, "Педагоги").rows[1]![11] = "нет";
    sheetOf(sheets, "Диагностика").rows.push([
      "petrov@school1.ru",
      "2026-10-01",
      "региональная",
      "цифровые",
      95,
      "",
      "",
    ]);
    const env = loadAddon(await builtAddon(), sheets);
    env.call("runAction", "routes");
    const view = env.call<
      RoutesView & {
        mentors: { mentor: { email: string; fio: string }; mentee: { email: string }; group: string }[];
      }
    >("getResult", "routes");
    expect(view.mentors).toEqual([
      {
        mentor: { email: "petrov@school1.ru", fio: "Петров Иван" },
        mentee: { email: "ivanova@school1.ru", fio: "Иванова Мария Петровна" },
        group: "цифровые",
      },
    ]);
    expect(column(env.ss.sheet("ИОМ"), "Наставник")).toContain("petrov@school1.ru");
  });

  test("a deficit with no activity in the catalogue is listed", async () => {
    const sheets = sampleSheets();
    sheets.push({
      name: "Каталог",
      rows: [
        ["Код", "Название", "Тип", "Группы компетенций", "Часы", "Длительность, недель"],
        ["М-1", "Семинар по предметному содержанию", "мероприятие", "предметные", 6, 1],
      ],
    });
    const env = loadAddon(await builtAddon(), sheets);
    env.call("runAction", "routes");
    const view = env.call<RoutesView>("getResult", "routes");
    expect(view.unmatched).toEqual([
      { email: "ivanova@school1.ru", fio: "Иванова Мария Петровна", group: "цифровые" },
    ]);
    expect(column(env.ss.sheet("ИОМ"), "Мероприятие")).toContain("подобрать мероприятие");
  });
});
