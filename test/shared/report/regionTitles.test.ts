// A catalogue code's title and spelling in the region: codes as written, the title most municipalities use, and
// each municipality's detail row with its own title — no single municipality sets them for the others.
import { describe, expect, it } from "vitest";
import type { ProgrammeRow } from "../../../shared/kpi/demand.ts";
import { aggregateRegion } from "../../../shared/report/aggregate.ts";
import { consolidatedTables } from "../../../shared/tables/consolidatedTables.ts";
import { reportWithDemand } from "./fixtures.ts";

const CATALOGUE_TITLE = "ДПП «Цифровая среда»";

/** `code`'s report whose only programme is `programme` (coverage and demand as the fixture's). */
function withProgramme(code: string, programme: Partial<ProgrammeRow>) {
  const report = reportWithDemand(code, 1, `Муниципалитет ${code}`);
  const row: ProgrammeRow = {
    code: "ПРИМЕР-ЦИФ-1",
    title: CATALOGUE_TITLE,
    type: "ДПП",
    federal: true,
    planned: 1,
    inProgress: 0,
    done: 0,
    ...programme,
  };
  return { ...report, programmes: [row] };
}

const region = (reports: ReturnType<typeof withProgramme>[], catalog?: ReadonlyMap<string, string>) =>
  aggregateRegion({
    month: "2026-11",
    known: reports.map(({ code, name }) => ({ code, name })),
    reports,
    ...(catalog ? { catalog } : {}),
  });

/** The row of «Программы по муниципалитетам» that starts with `name`, its cells joined. */
function printedDetail(report: ReturnType<typeof region>, name: string): string {
  const sheet = consolidatedTables(report).find((t) => t.title === "Программы по муниципалитетам")!;
  const rows = sheet.sections.flatMap((s) =>
    s.rows.map((row) => row.map((c) => String(c.value)).join(" | ")),
  );
  return rows.find((row) => row.startsWith(name)) ?? "";
}

describe("the region's programmes", () => {
  it("one municipality's spelling and title do not replace the catalogue's for another", () => {
    const aaa = withProgramme("aaa", { code: "пример-циф-1", title: "Курс отменён, запись у методиста" });
    const odin = withProgramme("odin", {});
    for (const reports of [
      [aaa, odin],
      [odin, aaa],
    ]) {
      const { region: sums, municipalities } = region(reports);
      const row = sums.programmes!.find((r) => r.code === "ПРИМЕР-ЦИФ-1")!;
      expect(row).toMatchObject({ title: CATALOGUE_TITLE, planned: 1, municipalities: 1 });
      expect(sums.programmes!.find((r) => r.code === "пример-циф-1")).toMatchObject({
        title: "Курс отменён, запись у методиста",
      });
      // Odin's own row shows its title: the region's, so the snapshot does not repeat it.
      const odinRow = municipalities.find((m) => m.code === "odin")!.programmes![0]!;
      expect(odinRow.code).toBe("ПРИМЕР-ЦИФ-1");
      expect(odinRow.title).toBeUndefined();
      expect(printedDetail(region(reports), "Муниципалитет odin")).toContain(CATALOGUE_TITLE);
      expect(printedDetail(region(reports), "Муниципалитет aaa")).toContain("Курс отменён");
    }
  });

  it("the title is the one most municipalities use; a municipality's row keeps its own", () => {
    const reports = [
      withProgramme("a", { title: "Цифровая среда" }),
      withProgramme("b", { title: CATALOGUE_TITLE }),
      withProgramme("c", { title: CATALOGUE_TITLE }),
    ];
    const report = region(reports);
    expect(report.region.programmes![0]).toMatchObject({ code: "ПРИМЕР-ЦИФ-1", title: CATALOGUE_TITLE });
    expect(report.municipalities.map((m) => m.programmes![0]!.title)).toEqual([
      "Цифровая среда",
      undefined,
      undefined,
    ]);
    // The printed detail by municipality shows each one's own title.
    const sheet = consolidatedTables(report).find((t) => t.title === "Программы по муниципалитетам")!;
    const texts = sheet.sections.flatMap((s) =>
      s.rows.map((row) => row.map((c) => String(c.value)).join(" | ")),
    );
    expect(texts.find((row) => row.startsWith("Муниципалитет a"))).toContain("Цифровая среда");
    expect(texts.find((row) => row.startsWith("Муниципалитет b"))).toContain(CATALOGUE_TITLE);
  });

  it("a tie goes to the region's own catalogue, else to the first title in alphabetical order", () => {
    const reports = [
      withProgramme("a", { title: "Я — последний" }),
      withProgramme("b", { title: "А — первый" }),
    ];
    expect(region(reports).region.programmes![0]!.title).toBe("А — первый");
    expect(region([...reports].reverse()).region.programmes![0]!.title).toBe("А — первый");
    const catalog = new Map([["ПРИМЕР-ЦИФ-1", "Я — последний"]]);
    expect(region(reports, catalog).region.programmes![0]!.title).toBe("Я — последний");
  });
});
