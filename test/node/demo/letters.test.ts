// The demo's letters: feedback on the sample register's bad rows and route letters as .eml, a few printed ИОМ.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { lettersLine, writeDemoLetters, type DemoLetters } from "../../../node/demo/letters.ts";
import { processMunicipality, type MunicipalityResult } from "../../../node/demo/municipality.ts";
import { DEMO_MUNICIPALITIES, municipalityWorkbook } from "../../../node/demo/sampleData.ts";
import { writeWorkbook } from "../../../node/xlsx/writeWorkbook.ts";
import { tempDir } from "../../helpers/cli.ts";

const METHODIST = "metodist@demo.example.ru";

/** The text/plain part of a composed message (base64, as MailComposer encodes Cyrillic). */
function plainText(eml: string): string {
  const part =
    /Content-Type: text\/plain; charset=utf-8\r?\nContent-Transfer-Encoding: base64\r?\n\r?\n([\s\S]+?)\r?\n--/u.exec(
      eml,
    );
  return Buffer.from(part![1]!.replace(/\s+/gu, ""), "base64").toString("utf8");
}

describe("the demo's letters", () => {
  let out: string;
  let result: MunicipalityResult;
  let letters: DemoLetters;

  beforeAll(async () => {
    const dir = await tempDir();
    out = join(dir, "out");
    const input = join(dir, "odin.xlsx");
    await writeWorkbook(input, municipalityWorkbook(DEMO_MUNICIPALITIES[0]!, new Date(2026, 10, 30)));
    const at = new Date(2026, 10, 30, 17, 0);
    result = await processMunicipality(input, join(dir, "result.xlsx"), "2026-11-30", METHODIST, at);
    letters = await writeDemoLetters({ out, code: "odin", input, result, methodist: METHODIST, at });
  }, 60_000);

  it("writes a feedback letter for each bad register row with an address, and says why the others get none", async () => {
    const register = result.book.register.name;
    const badRows = new Set(
      result.book.findings.filter((f) => f.sheet === register && f.severity === "error").map((f) => f.row),
    );
    expect(letters.feedback + letters.skipped.length).toBe(badRows.size);
    expect(letters.skipped).toEqual([
      expect.stringMatching(/^Письмо педагогу не отправлено: в строке \d+ .* адреса/u),
    ]);
    const files = (await readdir(join(out, "mail"))).filter((f) => f.startsWith("odin-ответ-"));
    expect(files).toHaveLength(letters.feedback);
    const row = Number(/строка-(\d+)/u.exec(files[0]!)![1]);
    const eml = await readFile(join(out, "mail", files[0]!), "utf8");
    expect(eml).toMatch(/^From: .*\r?\n/u);
    expect(eml).toContain(`Reply-To: ${METHODIST}`);
    expect(eml).toContain("Content-Type: multipart/alternative");
    const text = plainText(eml);
    for (const finding of result.book.findings.filter((f) => f.sheet === register && f.row === row))
      if (finding.severity === "error") expect(text).toContain(finding.message);
    expect(text).toContain(`https://forms.example.ru/iom/edit/odin-${row}`);
  });

  it("writes a route letter for every new route and a few printed ИОМ", async () => {
    expect(letters.routes).toBe(result.routes.routes.length);
    const routeFiles = (await readdir(join(out, "mail"))).filter((f) => f.startsWith("odin-ИОМ-"));
    expect(routeFiles.sort()).toEqual(result.routes.routes.map((r) => `odin-ИОМ-${r.email}.eml`).sort());
    const printed = await readdir(join(out, "iom", "odin"), { recursive: true });
    expect(printed.filter((f) => f.endsWith(".html"))).toHaveLength(3);
    expect(letters.printed).toBe(3);
    const line = lettersLine([letters], "out");
    expect(line).toContain(`${letters.routes} писем с новыми ИОМ`);
    expect(line).toContain("«out/mail»");
  });
});
