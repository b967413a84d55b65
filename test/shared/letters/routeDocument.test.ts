// The printable ИОМ and the route letter: seed 002's structure, every activity, escaping, print rules, fingerprint.
import { describe, expect, it } from "vitest";
import { readBook, type RawSheet } from "../../../shared/book.ts";
import type { Cell } from "../../../shared/cells.ts";
import { buildRoutes } from "../../../shared/iom/buildRoutes.ts";
import { generatedRouteDocuments } from "../../../shared/letters/generatedRoutes.ts";
import { esc } from "../../../shared/letters/html.ts";
import { iomHtml } from "../../../shared/letters/iomHtml.ts";
import { routeDocuments, type RouteDocument } from "../../../shared/letters/routeDocument.ts";
import { routeFingerprint, routeLetter } from "../../../shared/letters/routeLetter.ts";
import { ROUTES_HEADERS } from "../../../shared/tables/routesTable.ts";
import { sampleSheets } from "../../helpers/sampleBook.ts";

const sender = { methodist: "metodist@odin.ru", municipality: "Одинцовский городской округ" };
const raw = (): RawSheet[] => sampleSheets().map((s) => ({ name: s.name, values: s.rows }));

/** Ivanova's route as generation builds it from the sample book (a deficit in «цифровые»). */
function generated(): RouteDocument {
  const sheets = raw();
  const book = readBook(sheets);
  const docs = generatedRouteDocuments(sheets, buildRoutes(book), { reportDate: book.reportDate });
  expect(docs.map((d) => d.email)).toEqual(["ivanova@school1.ru"]);
  return docs[0]!;
}

/** A hand-written «ИОМ» sheet for Petrov: `rows` of [field header → value] over a default mentoring row. */
function handWritten(...rows: Record<string, Cell>[]): RouteDocument[] {
  const base: Record<string, Cell> = {
    Email: "petrov@school1.ru",
    "Период с": "01.09.2026",
    "Период по": "31.05.2027",
    "Группа компетенций": "методические",
    Мероприятие: "Наставничество «учитель — учитель»",
    Тип: "наставничество",
    Часы: 10,
    Начало: "01.10.2026",
    Окончание: "31.10.2026",
    "Контрольная точка": "открытое занятие",
    Наставник: "ivanova@school1.ru",
  };
  const routes: Cell[][] = [
    [...ROUTES_HEADERS],
    ...rows.map((row) => ROUTES_HEADERS.map((h) => ({ ...base, ...row })[h] ?? "")),
  ];
  return routeDocuments(readBook([...raw(), { name: "ИОМ", values: routes }]));
}

const order = (html: string, parts: string[]) => parts.map((part) => html.indexOf(part));

describe("the printable ИОМ", () => {
  const doc = generated();
  const html = iomHtml(doc, sender, "print");

  it("follows seed 002, section 4: diagnostics → goals and tasks → plan → support → reflexive, then signatures", () => {
    const positions = order(html, [
      "1. Диагностика профессиональных компетенций",
      "2. Цели и задачи",
      "3. План мероприятий",
      "4. Тьюторское и наставническое сопровождение",
      "5. Рефлексивная диагностика",
      "С маршрутом ознакомлены:",
    ]);
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const role of ["Педагог", "Наставник (тьютор)", "Руководитель образовательной организации"])
      expect(html).toContain(role);
    expect(html).toContain("/\u00a0М.\u00a0П.\u00a0Иванова\u00a0/");
    expect(html).toContain("/\u00a0А.\u00a0И.\u00a0Сидорова\u00a0/"); // the head of МБОУ СОШ № 1 in «Педагоги»
  });

  it("shows the diagnostics with the deficits found, the goals and every activity with dates, hours and report", () => {
    expect(html).toContain("ЦОР<br>электронный журнал");
    expect(html).toContain("Преодоление дефицита: цифровые (40%)");
    expect(html).toContain("Восполнить дефицит: ЦОР");
    expect(html).toContain("30.11.2026 – 31.05.2027");
    expect(doc.activities.length).toBeGreaterThanOrEqual(3);
    for (const a of doc.activities) {
      expect(html).toContain(esc(a.title));
      expect(a.start).toMatch(/^\d{2}\.\d{2}\.\d{4}$/u);
      expect(html).toContain(`${a.start} – ${a.end}`);
      expect(html).toContain(`до ${a.end}`);
    }
    expect(doc.activities.at(-1)).toMatchObject({
      reflexive: true,
      title: "Рефлексивная диагностика: цифровые",
    });
    expect(html).toContain("сертификат");
    expect(html).toContain("metodist@odin.ru");
  });

  it("prints on A4 with repeated table headers, rows kept whole, and no scripts", () => {
    expect(html).toMatch(/@page \{\s+size: A4;/u);
    expect(html).toContain("thead { display: table-header-group; }");
    expect(html).toMatch(/tr, \.keep \{ break-inside: avoid;/u);
    expect(html.match(/<thead>/gu)!.length).toBe(3);
    expect(html).not.toMatch(/<script|javascript:|on\w+=/iu);
  });

  it("escapes every cell value: a <script> in a cell prints as text", () => {
    const [petrov] = handWritten({ Мероприятие: "<script>alert('ИОМ')</script>", Код: '"><img src=x>' });
    const printed = iomHtml(petrov!, sender);
    expect(printed).not.toMatch(/<script|<img/iu);
    expect(printed).toContain("&lt;script&gt;alert(&#39;ИОМ&#39;)&lt;/script&gt;");
    expect(printed).toContain("&quot;&gt;&lt;img src=x&gt;");
  });

  it("reads hand-written routes: the mentor by name, progress marks, a route without reflexive diagnostics", () => {
    const [petrov] = handWritten({ "Статус мероприятия": "выполнено", "Дата выполнения": "30.10.2026" });
    expect(petrov).toMatchObject({
      fio: "Петров Иван",
      mentor: "Иванова Мария Петровна (ivanova@school1.ru)",
      period: { from: "2026-09-01", to: "2027-05-31" },
    });
    expect(petrov!.activities[0]!.state).toBe("выполнено 30.10.2026");
    const printed = iomHtml(petrov!, sender);
    expect(printed).toContain("Наставник:</b> Иванова Мария Петровна (ivanova@school1.ru)");
    expect(printed).toContain("Рефлексивная диагностика в маршруте не запланирована");
  });
});

describe("the route letter", () => {
  const doc = generated();

  it("goes to the teacher with the methodist as reply-to; the same content in text and inline-styled HTML", () => {
    const letter = routeLetter(doc, sender);
    expect(letter).toMatchObject({ to: "ivanova@school1.ru", replyTo: "metodist@odin.ru" });
    expect(letter.subject).toBe("Ваш индивидуальный образовательный маршрут на 30.11.2026 – 31.05.2027");
    expect(letter.body).toContain("Здравствуйте, Мария Петровна!");
    for (const a of doc.activities) {
      expect(letter.body).toContain(a.title);
      expect(letter.htmlBody).toContain(esc(a.title));
    }
    expect(letter.body).toContain("цифровые: 40 %, низкий (20.09.2026); дефициты: ЦОР; электронный журнал");
    expect(letter.htmlBody).not.toContain("<style");
    expect(letter.htmlBody).not.toContain("С маршрутом ознакомлены");
    expect(letter.htmlBody).toContain('style="border: 1px solid');
    expect(routeLetter(doc, sender, true).subject).toMatch(/^Изменения в вашем/u);
  });
});

describe("the route fingerprint", () => {
  const base = { "Статус мероприятия": "запланировано" };
  const fingerprint = (...rows: Record<string, Cell>[]) => routeFingerprint(handWritten(...rows)[0]!);

  it("is stable, and changes with what the letter shows of the route", () => {
    expect(fingerprint(base)).toBe(fingerprint(base));
    expect(fingerprint(base)).toMatch(/^[0-9a-f]{64}$/u);
    expect(fingerprint({ Окончание: "15.11.2026" })).not.toBe(fingerprint(base));
    expect(fingerprint(base, { Мероприятие: "Открытый урок", Тип: "мероприятие" })).not.toBe(
      fingerprint(base),
    );
    expect(fingerprint({ Наставник: "director@school1.ru" })).not.toBe(fingerprint(base));
  });

  it("ignores progress marks: an activity marked done is no reason to write", () => {
    expect(fingerprint({ "Статус мероприятия": "выполнено", "Дата выполнения": "30.10.2026" })).toBe(
      fingerprint(base),
    );
  });
});
