// The example catalogue: marked as an example, valid as a «Каталог» sheet, covering every group and every type.
import { describe, expect, it } from "vitest";
import { readBook } from "../../../shared/book.ts";
import { buildRoutes } from "../../../shared/iom/buildRoutes.ts";
import { DEFAULT_CATALOG, defaultCatalogTable } from "../../../shared/iom/defaultCatalog.ts";
import { ACTIVITY_TYPES, COMPETENCE_GROUPS } from "../../../shared/schema/enums.ts";
import { validRows } from "../../../shared/validation/parseSheet.ts";
import { makeBook } from "./book.ts";

describe("example catalogue", () => {
  it("is clearly marked as an example", () => {
    for (const row of DEFAULT_CATALOG) {
      expect(row.code.startsWith("ПРИМЕР-")).toBe(true);
      expect(row.provider).toMatch(/\(пример\)$/u);
    }
  });

  it("covers every competence group with a ДПП and an informal activity, and every activity type", () => {
    for (const group of COMPETENCE_GROUPS) {
      const ofGroup = DEFAULT_CATALOG.filter((row) => row.groups.includes(group));
      expect(ofGroup.some((row) => row.type === "ДПП" && row.federal)).toBe(true);
      expect(
        ofGroup.some((row) =>
          ["мероприятие", "сообщество", "стажировка", "самообразование"].includes(row.type),
        ),
      ).toBe(true);
      expect(ofGroup.some((row) => row.type === "наставничество")).toBe(true);
    }
    expect(new Set(DEFAULT_CATALOG.map((row) => row.type))).toEqual(new Set(ACTIVITY_TYPES));
  });

  it("reads back as a valid «Каталог» sheet with unique codes and titles", () => {
    const book = readBook([{ name: "Каталог", values: defaultCatalogTable() }], { reportDate: "2026-11-30" });
    expect(book.findings.filter((f) => f.sheet === "Каталог")).toEqual([]);
    expect(validRows(book.catalog)).toHaveLength(DEFAULT_CATALOG.length);
    expect(new Set(DEFAULT_CATALOG.map((row) => row.code)).size).toBe(DEFAULT_CATALOG.length);
    expect(new Set(DEFAULT_CATALOG.map((row) => row.title)).size).toBe(DEFAULT_CATALOG.length);
  });

  it("is used, with a warning, when the workbook has no catalogue or only invalid rows", () => {
    const spec = {
      staff: [{ email: "a@s.ru" }],
      diagnostics: [{ email: "a@s.ru", group: "управленческие", score: 20 }],
    };
    const noSheet = buildRoutes(
      makeBook({ ...spec, staff: [{ email: "a@s.ru", category: "управленческий кадр" }] }),
    );
    expect(noSheet.catalogSource).toBe("default");
    expect(noSheet.warnings.join(" ")).toContain("ПРИМЕРНОМУ каталогу");
    expect(noSheet.routes[0]!.activities[0]!.code).toBe("ПРИМЕР-УПР-1");
    const invalid = buildRoutes(
      makeBook({ ...spec, catalog: [{ code: "X", type: "лекция", groups: "цифровые", hours: 2, weeks: 1 }] }),
    );
    expect(invalid.catalogSource).toBe("default");
    const own = buildRoutes(
      makeBook({
        ...spec,
        catalog: [{ code: "X", type: "мероприятие", groups: "цифровые", hours: 2, weeks: 1 }],
      }),
    );
    expect(own.catalogSource).toBe("workbook");
    expect(own.warnings).toEqual([]);
  });
});
