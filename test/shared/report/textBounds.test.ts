// Texts a spreadsheet or a reader misreads: normalised before the check, refused by the server's schema in every text
// field, and made safe by the client's plainText so an honest report is never refused for them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainText, StoredText, textProblem } from "../../../shared/report/bounds.ts";
import { checkMunicipalReport } from "../../../shared/report/checkReport.ts";
import { reportWithDemand } from "./fixtures.ts";

/** Each hides a formula or changes what a reader sees: all passed the old check `^[=+\-@]|\p{Cc}`. */
const MISREAD = [
  [" =1+1", "a leading space"],
  ["\u00a0=1+1", "a leading no-break space"],
  ["\u200b=1+1", "a leading zero-width space"],
  ["\u3000=1+1", "a leading ideographic space"],
  ["＝1+1", "a full-width equals sign"],
  ["＋7 округ", "a full-width plus"],
  ["Руза\u202eокруг", "the right-to-left override"],
  ["Руза\u2028Одинцово", "the line separator"],
  ["Руза\u2029Одинцово", "the paragraph separator"],
  ["Ру\u200bза", "a zero-width space inside"],
  ["Руза\u1680округ", "the ogham space mark"],
  ["Руза\ud800", "half a surrogate pair"],
] as const;

describe("the server's texts", () => {
  const name = StoredText("наименование", 200);

  it.each(MISREAD)("refuses %j (%s)", (text) => {
    const parsed = name.safeParse(text);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toMatch(/формулу|символ U\+/u);
  });

  it("keeps a text in NFKC without the spaces around it", () => {
    expect(name.parse("  Одинцово\u00a0городской  ")).toBe("Одинцово городской");
    expect(name.parse("Ｏｄｉｎ")).toBe("Odin");
    expect(textProblem("Одинцово городской округ")).toBeUndefined();
  });

  it.each(MISREAD)("refuses %j (%s) in every text field of a report", (text) => {
    const report = reportWithDemand("odin", 2, undefined, undefined, { K1: [2, 10] });
    const fields = {
      name: { ...report, name: text },
      subject: { ...report, demand: report.demand!.map((row, i) => (i ? row : { ...row, subject: text })) },
      code: { ...report, programmes: report.programmes!.map((row, i) => (i ? row : { ...row, code: text })) },
      title: {
        ...report,
        programmes: report.programmes!.map((row, i) => (i ? row : { ...row, title: text })),
      },
    };
    for (const [field, body] of Object.entries(fields)) {
      const check = checkMunicipalReport(body);
      expect(check.ok, field).toBe(false);
    }
    expect(checkMunicipalReport(report).ok).toBe(true);
  });
});

describe("the client's plainText", () => {
  it.each(MISREAD)("makes %j (%s) a text the server keeps", (text) => {
    const plain = plainText(text);
    expect(plain === "" || textProblem(plain) === undefined).toBe(true);
    expect(plain).not.toMatch(/^[=+\-@]/u);
  });

  it("never gives a text the server would refuse or change, whatever the sheet holds", () => {
    const name = StoredText("предмет", 100);
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 150 }), (cell) => {
        const plain = plainText(cell, 100);
        if (plain === "") return;
        const parsed = name.safeParse(plain);
        expect(parsed.success, JSON.stringify(plain)).toBe(true);
        expect(parsed.data).toBe(plain);
      }),
      { numRuns: 1000 },
    );
  });

  it("cuts to the length asked without leaving half a surrogate pair", () => {
    expect(plainText(`${"я".repeat(99)}😀`, 100)).toBe("я".repeat(99));
    expect(plainText("  =  Физика  ")).toBe("Физика");
    expect(plainText("Ле\u200bе\u0308в")).toBe("Леёв");
  });
});
