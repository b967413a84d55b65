// No personal data anywhere on the server: a real workbook's report goes through every function, then all documents are scanned.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBook, type RawSheet } from "../../shared/book.ts";
import { isDate } from "../../shared/cells.ts";
import { computeKpis } from "../../shared/kpi/compute.ts";
import { personalKind } from "../../shared/report/personalData.ts";
import { buildMunicipalReport } from "../../shared/report/municipalReport.ts";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { postJson, register } from "./fixtures.ts";
import { serve } from "../../node/firebase/serveHandler.ts";
import { REGIONAL_KEY, startFunctionsContext, type FunctionsContext } from "./setup.ts";

let ctx: FunctionsContext;
let consolidatedJson = "";

/** Every e-mail, ФИО and birth date written in the sample workbook. */
function personalValues(sheets: readonly RawSheet[]): string[] {
  const values = new Set<string>();
  for (const sheet of sheets) {
    const [header = [], ...rows] = sheet.values;
    header.forEach((title, column) => {
      const personal = /фио|почт|email|рождения/iu.test(String(title));
      for (const row of rows) {
        const cell = row[column];
        if (typeof cell === "string" && (personal || cell.includes("@")))
          values.add(cell.trim().toLowerCase());
        if (personal && isDate(cell)) values.add(cell.toISOString().slice(0, 10));
      }
    });
  }
  return [...values].filter((value) => value.length > 3);
}

const EMAIL = /[^\s@"]+@[^\s@"]+\.[a-zа-я]{2,}/iu;

function strings(value: unknown, path: string, into: { path: string; text: string }[], keys: string[]) {
  if (typeof value === "string") into.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((item, i) => strings(item, `${path}[${i}]`, into, keys));
  else if (value && typeof value === "object")
    for (const [key, item] of Object.entries(value)) {
      keys.push(key);
      strings(item, `${path}.${key}`, into, keys);
    }
}

const sheets: RawSheet[] = sampleSheets().map((s) => ({ name: s.name, values: s.rows }));

beforeAll(async () => {
  ctx = await startFunctionsContext();
  const functions = await import("../../functions/src/index.ts");
  const submit = await serve(functions.submitReport);
  const get = await serve(functions.getConsolidated);
  const keys = await register([
    ["odin", "Одинцовский городской округ"],
    ["ruza", "Рузский округ"],
  ]);
  const book = readBook(sheets, { reportDate: "2026-11-30" });
  const report = buildMunicipalReport("odin", "Одинцовский городской округ", "2026-11", computeKpis(book));
  expect((await postJson(submit.url, report, keys.odin)).status).toBe(201);
  ctx.clock.now = new Date("2026-12-01T03:00:00Z");
  await functions.monthlySnapshot.run({ scheduleTime: "2026-12-01T03:00:00Z" } as never);
  const response = await fetch(`${get.url}/?month=2026-11`, {
    headers: { Authorization: `Bearer ${REGIONAL_KEY}` },
  });
  consolidatedJson = await response.text();
  await submit.close();
  await get.close();
});
afterAll(() => ctx.emulator.stop());

describe("no personal data is stored or served", () => {
  const personal = personalValues(sheets);

  it("the sample workbook does hold personal data (the scan has something to find)", () => {
    expect(personal).toContain("ivanova@school1.ru");
    expect(personal).toContain("иванова мария петровна");
    expect(personal.some((value) => /^\d{4}-\d{2}-\d{2}$/u.test(value))).toBe(true);
  });

  it("no stored document has a personal value, a personal field name or an e-mail (but the mail's recipients)", () => {
    const documents = ctx.emulator.documents();
    expect(documents.map((d) => d.path.split("/")[0])).toEqual(
      expect.arrayContaining(["mail", "municipalities", "region", "reportRevisions", "reports", "snapshots"]),
    );
    for (const document of documents) {
      const found: { path: string; text: string }[] = [];
      const keys: string[] = [];
      const { to: _recipients, ...rest } = document.data;
      strings(document.path.startsWith("mail/") ? rest : document.data, document.path, found, keys);
      for (const { path, text } of found) {
        const lower = text.toLowerCase();
        for (const value of personal) expect(lower, path).not.toContain(value);
        expect(EMAIL.test(text) ? path : "", `${path}: ${text.slice(0, 80)}`).toBe("");
      }
      expect(
        keys.filter((key) => personalKind(key)),
        document.path,
      ).toEqual([]);
    }
  });

  it("neither the stored workbook nor the consolidated JSON has any", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(ctx.storage.files.get("reports/test-region/2026-11/svod-2026-11.xlsx")!.bytes) as never,
    );
    const cells: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))),
    );
    expect(cells.length).toBeGreaterThan(50);
    const text = `${cells.join("\n")}\n${consolidatedJson}`.toLowerCase();
    for (const value of personal) expect(text).not.toContain(value);
    expect(EMAIL.test(text)).toBe(false);
  });
});
