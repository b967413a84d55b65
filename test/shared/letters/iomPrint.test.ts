// What schools expect of a printed ИОМ: the year in the title, УТВЕРЖДАЮ / СОГЛАСОВАНО (switched off in
// «Настройки»), the federal registry by its name, slashes kept with the name, wording that fits a kindergarten.
import { describe, expect, it } from "vitest";
import { readBook, type RawSheet } from "../../../shared/book.ts";
import type { Cell } from "../../../shared/cells.ts";
import { buildRoutes } from "../../../shared/iom/buildRoutes.ts";
import { DEFAULT_CATALOG } from "../../../shared/iom/defaultCatalog.ts";
import { generatedRouteDocuments } from "../../../shared/letters/generatedRoutes.ts";
import { iomHtml } from "../../../shared/letters/iomHtml.ts";
import { routeYears, signedName } from "../../../shared/letters/iomPrint.ts";
import type { RouteDocument } from "../../../shared/letters/routeDocument.ts";
import { sampleSheets, sheetOf } from "../../helpers/sampleBook.ts";

const sender = { methodist: "metodist@odin.ru", municipality: "Одинцовский городской округ" };

/** The sample book with a воспитатель and the заведующий of the kindergarten, and extra «Настройки» rows. */
function sheets(settings: [string, Cell][] = []): RawSheet[] {
  const all = sampleSheets();
  const staff = sheetOf(all, "Педагоги").rows;
  const person = (email: string, fio: string, position: string, birth: Date, years: number): Cell[] => [
    email,
    fio,
    "МБДОУ Детский сад № 5",
    "педагогический работник",
    position,
    "",
    birth,
    years,
    "да",
    "да",
    "нет",
    "нет",
    "нет",
  ];
  staff.push(
    person("orlova@ds5.ru", "Орлова Вера Павловна", "воспитатель", new Date(1985, 2, 3), 12),
    person("zav@ds5.ru", "Павлова Ольга Юрьевна", "заведующий", new Date(1970, 5, 6), 30),
  );
  sheetOf(all, "Диагностика").rows.push(
    ["orlova@ds5.ru", "2026-09-25", "муниципальная", "психолого-педагогические", 35, "", ""],
    ["orlova@ds5.ru", "2026-09-25", "муниципальная", "методические", 42, "", ""],
    ["orlova@ds5.ru", "2026-09-25", "муниципальная", "предметные", 45, "", ""],
    ["orlova@ds5.ru", "2026-09-25", "муниципальная", "цифровые", 55, "", ""],
  );
  sheetOf(all, "Настройки").rows.push(...settings);
  return all.map((s) => ({ name: s.name, values: s.rows }));
}

function documents(settings: [string, Cell][] = []): RouteDocument[] {
  const raw = sheets(settings);
  const book = readBook(raw);
  return generatedRouteDocuments(raw, buildRoutes(book), { reportDate: book.reportDate });
}

const byEmail = (docs: RouteDocument[], email: string) => docs.find((d) => d.email === email)!;
/** The document's visible text: tags dropped, entities of the escaped values read back. */
const visible = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/u, "")
    .replace(/<[^>]+>/gu, " ")
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, "&");

describe("the printed ИОМ", () => {
  const docs = documents();
  const ivanova = byEmail(docs, "ivanova@school1.ru");
  const html = iomHtml(ivanova, sender, "print");

  it("names the academic year in the title", () => {
    expect(visible(html)).toMatch(
      /Индивидуальный образовательный маршрут профессионального развития педагога\s+на 2026\/2027 учебный год/u,
    );
    expect(routeYears({ from: "2026-11-30", to: "2027-05-31" })).toEqual(["2026/2027"]);
    expect(routeYears({ from: "2026-03-01", to: "2026-10-31" })).toEqual(["2025/2026", "2026/2027"]);
  });

  it("opens with СОГЛАСОВАНО (the methodist) and УТВЕРЖДАЮ (the head of the school, by initials), dated", () => {
    const text = visible(html);
    const approval = text.slice(0, text.indexOf("Индивидуальный образовательный маршрут"));
    expect(approval).toContain("СОГЛАСОВАНО");
    expect(approval).toContain("Муниципальный методист (тьютор)");
    expect(approval).toContain("УТВЕРЖДАЮ");
    expect(approval).toContain("Директор МБОУ СОШ № 1");
    expect(approval).toContain("______________ /\u00a0А.\u00a0И.\u00a0Сидорова\u00a0/");
    expect(approval).toContain("«___» ______________ 2026 г.");
    expect(signedName("Петрова Юлия Александровна")).toBe("Ю.\u00a0А.\u00a0Петрова");
    expect(signedName("Петров Иван")).toBe("И.\u00a0Петров");
  });

  it("leaves the approval block out when «Гриф «Утверждаю» в ИОМ» is «нет», and in the letter", () => {
    const off = byEmail(documents([["Гриф «Утверждаю» в ИОМ", "нет"]]), "ivanova@school1.ru");
    expect(off.approval).toBe(false);
    expect(iomHtml(off, sender, "print")).not.toMatch(/УТВЕРЖДАЮ|СОГЛАСОВАНО/u);
    expect(iomHtml(ivanova, sender, "letter")).not.toMatch(/УТВЕРЖДАЮ|СОГЛАСОВАНО/u);
    expect(byEmail(documents([["Гриф утверждения", "да"]]), "ivanova@school1.ru").approval).toBe(true);
  });

  it("keeps the block on, with a warning on «Настройки», when the value is neither «да» nor «нет»", () => {
    const book = readBook(sheets([["Гриф «Утверждаю» в ИОМ", "может быть"]]));
    expect(book.settings.approvalBlock).toBeUndefined();
    expect(book.findings.find((f) => f.sheet === "Настройки")).toMatchObject({
      severity: "warning",
      column: "Гриф «Утверждаю» в ИОМ",
    });
    expect(
      byEmail(documents([["Гриф «Утверждаю» в ИОМ", "может быть"]]), "ivanova@school1.ru").approval,
    ).toBe(true);
  });

  it("keeps each signature «/ М. П. Иванова /» on one line: initials, no-break spaces, no wrapping", () => {
    for (const name of ["М.\u00a0П.\u00a0Иванова", "А.\u00a0И.\u00a0Сидорова"])
      expect(html).toContain(`white-space: nowrap;">/\u00a0${name}\u00a0/</td>`);
    expect(html).not.toMatch(/ \/<\/td>/u);
  });

  it("calls the federal registry by its name, never «ФРОП ДППО»", () => {
    expect(ivanova.activities.some((a) => a.federal)).toBe(true);
    expect(html).not.toContain("ФРОП");
    expect(html).toContain("ДПП из федерального реестра");
    expect(visible(html)).toContain(
      "Федеральный реестр — Федеральный реестр дополнительных профессиональных программ педагогического образования.",
    );
  });

  it("has page rules that leave the browser no room for its own headers: A4 margins, our footer, page numbers", () => {
    expect(html).toMatch(/@page \{\s+size: A4;\s+margin: 12mm 12mm 14mm;/u);
    expect(html).toContain('@top-center { content: ""; }');
    expect(html).toContain('content: "стр. " counter(page) " из " counter(pages)');
    expect(html).toContain(
      '@bottom-left { content: "ИОМ\u00a0— Иванова Мария Петровна, 30.11.2026–31.05.2027";',
    );
  });

  it("writes a name with quotes or «</style>» into the footer as a CSS string, not as markup", () => {
    const odd = { ...ivanova, fio: 'Иванова "</style><script>x</script>' };
    const printed = iomHtml(odd, sender, "print");
    const style = printed.slice(printed.indexOf("<style>"), printed.indexOf("</style>"));
    expect(style).toContain('Иванова \\"\\3c /style>\\3c script>x\\3c /script>, 30.11.2026');
    expect(printed).not.toMatch(/<script/iu);
  });
});

describe("the printed ИОМ of a kindergarten воспитатель", () => {
  const orlova = byEmail(documents(), "orlova@ds5.ru");
  const text = visible(iomHtml(orlova, sender, "print"));

  it("speaks of занятия with воспитанники, never of уроки, обучающиеся or «новые ФГОС»", () => {
    expect(orlova.preschool).toBe(true);
    expect(orlova.activities.length).toBeGreaterThanOrEqual(3);
    expect(text).not.toMatch(/урок|обучающ|новые ФГОС/iu);
    expect(text).toContain("взаимопосещение занятий с воспитанниками");
    expect(text).toContain("Заведующий МБДОУ Детский сад № 5");
    expect(text).toContain("О.\u00a0Ю.\u00a0Павлова");
  });

  it("draws on an example catalogue whose wording fits a school and a kindergarten alike", () => {
    for (const row of DEFAULT_CATALOG) expect(row.title).not.toMatch(/урок|обучающ|новые ФГОС/iu);
  });
});
