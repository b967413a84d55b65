// Feedback on a form entry: who gets a letter under «Письма педагогам», what it says, and its idempotency key.
import { describe, expect, it } from "vitest";
import { readBook, type RawSheet } from "../../../shared/book.ts";
import type { Cell } from "../../../shared/cells.ts";
import { feedbackFor, feedbackKey } from "../../../shared/letters/feedback.ts";
import { senderOf } from "../../../shared/letters/letter.ts";
import { sampleSheets, sheetOf } from "../../helpers/sampleBook.ts";

const EDIT = "https://docs.google.com/forms/d/e/1FAIpQL/viewform?edit2=2_ABaOnud";
const sender = { methodist: "metodist@odin.ru", municipality: "Одинцовский городской округ" };

/** The sample book with register row 2 changed (`[column header, value]`) and extra «Настройки» rows. */
function book(changes: [string, Cell][] = [], settings: [string, Cell][] = []) {
  const sheets = sampleSheets();
  const register = sheetOf(sheets, "Реестр ИОМ").rows;
  for (const [header, value] of changes) register[1]![register[0]!.indexOf(header)] = value;
  sheetOf(sheets, "Настройки").rows.push(...settings);
  return readBook(sheets.map((s): RawSheet => ({ name: s.name, values: s.rows })));
}

const decide = (b: ReturnType<typeof book>, row = 2, editUrl: string | null = EDIT) =>
  feedbackFor(b, row, { editUrl, sender });

describe("the feedback letter", () => {
  it("names each wrong field as its finding says it and gives the edit link", () => {
    const b = book([
      ["Дата окончания", "01.09.2026"],
      ["Статус ИОМ", "в работе"],
      ["Ссылка на документ", "сертификат.pdf"],
    ]);
    const decision = decide(b);
    expect(decision.due).toBe(true);
    if (!decision.due) return;
    const { letter } = decision;
    expect(decision.kind).toBe("errors");
    expect(letter).toMatchObject({
      to: "ivanova@school1.ru",
      replyTo: "metodist@odin.ru",
      name: "Маршрут — Одинцовский городской округ",
    });
    expect(letter.subject).toBe("ИОМ: в вашем ответе 3 ошибки — проверьте, пожалуйста");
    const errors = b.findings.filter((f) => f.row === 2 && f.severity === "error");
    expect(errors.map((f) => f.column).sort()).toEqual([
      "Дата окончания",
      "Ссылка на документ",
      "Статус ИОМ",
    ]);
    for (const finding of errors) {
      // The field's name once: a message that names it («Дата окончания» 01.09.2026 раньше…) is not prefixed.
      const line = finding.message.includes(`«${finding.column}»`)
        ? finding.message
        : `«${finding.column}»: ${finding.message}`;
      expect(letter.body).toContain(`• ${line}`);
      expect(letter.body.split(`«${finding.column}»`).length - 1).toBe(1);
      expect(letter.htmlBody).toContain(`«${finding.column}»`);
    }
    expect(errors.find((f) => f.code === "date.order")!.message).toMatch(/^«Дата окончания» 01\.09\.2026/u);
    expect(letter.body).toContain("Здравствуйте, Мария Петровна!");
    expect(letter.body).toContain("от 15.09.2026 10:30");
    expect(letter.body).toContain(EDIT);
    expect(letter.htmlBody).toContain(`href="${EDIT}"`);
    expect(letter.body).toContain("metodist@odin.ru");
  });

  it("says how to correct the answer when the edit link was not found", () => {
    const decision = decide(book([["Статус ИОМ", "в работе"]]), 2, null);
    expect(decision.due && decision.letter.body).toContain("отправьте форму ещё раз");
  });

  it("escapes cell values: a <script> in a cell prints as text", () => {
    const decision = decide(book([["Статус ИОМ", "<script>alert('x')</script>"]]));
    expect(decision.due).toBe(true);
    if (!decision.due) return;
    expect(decision.letter.htmlBody).not.toMatch(/<script/iu);
    expect(decision.letter.htmlBody).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(decision.letter.body).toContain("<script>alert('x')</script>");
  });

  it("links only to an http(s) edit address", () => {
    const decision = decide(book([["Статус ИОМ", "в работе"]]), 2, "javascript:alert(1)");
    expect(decision.due && decision.letter.htmlBody).not.toContain("href=");
  });
});

describe("«Письма педагогам»", () => {
  const bad: [string, Cell][] = [["Статус ИОМ", "в работе"]];

  it("«ошибки» (the default): a letter for an entry with errors, none for a valid one", () => {
    expect(decide(book(bad)).due).toBe(true);
    expect(decide(book())).toMatchObject({ due: false, reason: "valid" });
    expect(decide(book([], [["Письма педагогам", "ошибки"]]))).toMatchObject({ due: false, reason: "valid" });
  });

  it("«все»: a short confirmation for a valid entry, with its warnings", () => {
    // «реализован» while the end date is after the report date: a warning, not an error
    const b = book([["Статус ИОМ", "реализован"]], [["Письма педагогам", "Все"]]);
    const warning = b.findings.find((f) => f.row === 2 && f.code === "status.early")!;
    const decision = decide(b);
    expect(decision).toMatchObject({ due: true, kind: "confirmation" });
    if (!decision.due) return;
    expect(warning).toBeDefined();
    expect(decision.letter.subject).toBe("ИОМ: ваш ответ принят (1 замечание)");
    expect(decision.letter.body).toContain("проверен и принят: ошибок нет");
    // The teacher's wording: what to choose, without the methodist's «дата отчёта».
    expect(decision.letter.body).toContain(
      "Обратите внимание — 1 замечание:\n• «Статус ИОМ»: указано «реализован», но срок окончания маршрута (31.05.2027) ещё не наступил. Если маршрут ещё не завершён, выберите «реализуется».",
    );
    expect(decision.letter.body).not.toContain("дата отчёта");
    expect(decision.letter.body).toContain(EDIT);
    expect(decide(book(bad, [["Письма педагогам", "все"]]))).toMatchObject({ due: true, kind: "errors" });
  });

  it("«нет»: no letter even for errors, and the reason", () => {
    const decision = decide(book(bad, [["Письма педагогам", "нет"]]));
    expect(decision).toMatchObject({ due: false, reason: "off" });
    expect(!decision.due && decision.message).toContain("«Письма педагогам» = «нет»");
  });

  it("a bad value is a warning on «Настройки» and the default stands", () => {
    const b = book(bad, [["Письма педагогам", "иногда"]]);
    expect(b.settings.teacherLetters).toBeUndefined();
    const finding = b.findings.find((f) => f.sheet === "Настройки");
    expect(finding).toMatchObject({ severity: "warning", code: "enum", column: "Письма педагогам" });
    expect(finding!.message).toContain("«иногда»");
    expect(finding!.message).toContain("«ошибки», «все», «нет»");
    expect(decide(b).due).toBe(true);
  });

  it("«Почта методиста» is the reply-to; without it, the address the add-on gives", () => {
    const b = book([], [["Почта методиста", "Metodist@Odin.ru"]]);
    expect(senderOf(b.settings, "user@odin.ru").methodist).toBe("metodist@odin.ru");
    expect(senderOf(book().settings, "user@odin.ru").methodist).toBe("user@odin.ru");
    const wrong = book([], [["Почта методиста", "методист"]]);
    expect(wrong.settings.methodistEmail).toBeUndefined();
    expect(wrong.findings.find((f) => f.sheet === "Настройки")).toMatchObject({ code: "email" });
  });
});

/** The sum of the counts the subject names («1 ошибка и 2 замечания» → 3). */
const subjectCount = (subject: string) =>
  [...subject.matchAll(/(\d+) (?:ошиб|замечан)/gu)].reduce((sum, m) => sum + Number(m[1]), 0);

describe("what the teacher's letter holds", () => {
  it("an unknown organisation: correct it or leave it to the methodist, never «add it to the sheet ОО»", () => {
    const b = book([["ОО", "МБОУ СОШ №1 "]]);
    const finding = b.findings.find((f) => f.row === 2 && f.code === "org.unknown")!;
    // «Проверка» (the finding) keeps the methodist's whole sentence.
    expect(finding.message).toContain("добавьте организацию на лист «ОО»");
    const decision = decide(b);
    expect(decision.due).toBe(true);
    if (!decision.due) return;
    expect(decision.letter.body).toContain(
      "• «ОО»: организации «МБОУ СОШ №1» нет в списке организаций муниципалитета. Возможно, имелась в виду «МБОУ СОШ № 1» — тогда исправьте название в ответе. Если название верное, ничего делать не нужно — методист проверит.",
    );
    for (const text of [decision.letter.body, decision.letter.htmlBody])
      expect(text).not.toMatch(/лист[а-я]* «ОО»|добавьте организацию|строк[аеи] \d/u);
  });

  it("a repeated submission is the methodist's business: no row numbers, no «delete the row»", () => {
    const b = book([["Статус ИОМ", "в работе"]]);
    const sheets = sampleSheets();
    const register = sheetOf(sheets, "Реестр ИОМ").rows;
    register.push([...register[1]!]);
    register[3]![0] = new Date(2026, 8, 16, 9, 0);
    register[3]![8] = "в работе";
    const repeated = readBook(sheets.map((s): RawSheet => ({ name: s.name, values: s.rows })));
    const warning = repeated.findings.find((f) => f.row === 4 && f.code === "duplicate")!;
    expect(warning.message).toContain("Повтор отправки из строки 2");
    const decision = decide(repeated, 4);
    expect(decision.due).toBe(true);
    if (!decision.due) return;
    const { letter } = decision;
    for (const text of [letter.body, letter.htmlBody]) {
      expect(text).not.toMatch(/строк[аеи] \d|Удалите лишнюю строку|Повтор отправки/u);
      expect(text).toContain(
        "Некоторые сведения в ответе методист проверит сам — с вашей стороны ничего делать не нужно.",
      );
    }
    expect(letter.subject).toBe("ИОМ: в вашем ответе 1 ошибка — проверьте, пожалуйста");
    const plain = decide(b);
    expect(plain.due && plain.letter.body).not.toContain("методист проверит сам");
  });

  it("the subject counts exactly the points listed, in the text and in the HTML", () => {
    const cases: [string, Cell][][] = [
      [["Статус ИОМ", "в работе"]],
      [
        ["Статус ИОМ", "в работе"],
        ["Ссылка на документ", "сертификат.pdf"],
      ],
      [
        ["Дата окончания", "01.09.2026"],
        ["ФИО", "Иванова"],
        ["ОО", "МБОУ СОШ № 77"],
      ],
      [["Статус ИОМ", "реализован"]],
      [
        ["Статус ИОМ", "реализован"],
        ["Ссылка на документ", "сертификат.pdf"],
      ],
    ];
    for (const changes of cases) {
      const decision = decide(book(changes, [["Письма педагогам", "все"]]));
      expect(decision.due).toBe(true);
      if (!decision.due) continue;
      const { subject, body, htmlBody } = decision.letter;
      const bullets = body.split("\n").filter((line) => line.startsWith("• ")).length;
      expect(bullets, subject).toBe(subjectCount(subject));
      expect(htmlBody.split("<li>").length - 1, subject).toBe(bullets);
    }
    const mixed = decide(
      book([
        ["Статус ИОМ", "реализован"],
        ["Ссылка на документ", "сертификат.pdf"],
      ]),
    );
    expect(mixed.due && mixed.letter.subject).toBe(
      "ИОМ: в вашем ответе 1 ошибка и 1 замечание — проверьте, пожалуйста",
    );
  });

  it("an empty required field is named once, with what to do", () => {
    const decision = decide(book([["ФИО", ""]]));
    expect(decision.due && decision.letter.body).toContain("• «ФИО»: поле не заполнено — заполните его.");
  });
});

describe("who cannot get a letter", () => {
  it("a row without a valid e-mail: no letter, and a reason naming the row and the value", () => {
    const decision = decide(
      book([
        ["Адрес электронной почты", "ivanova school1.ru"],
        ["Статус ИОМ", "в работе"],
      ]),
    );
    expect(decision).toMatchObject({ due: false, reason: "noEmail" });
    expect(!decision.due && decision.message).toBe(
      "Письмо педагогу не отправлено: в строке 2 листа «Реестр ИОМ» нет верного адреса электронной почты («ivanova school1.ru»).",
    );
    expect(decide(book([["Адрес электронной почты", ""]]))).toMatchObject({ due: false, reason: "noEmail" });
  });

  it("a row that is not there", () => {
    expect(decide(book(), 40)).toMatchObject({ due: false, reason: "noRow" });
  });

  it("nothing throws on any cell value", () => {
    for (const value of [null, 0, -1, true, new Date(Number.NaN), "   ", "\u0000", "<b>", 1e308])
      for (const header of ["Отметка времени", "Адрес электронной почты", "ФИО", "Статус ИОМ"])
        expect(() => decide(book([[header, value]], [["Письма педагогам", "все"]]))).not.toThrow();
  });
});

describe("the idempotency key", () => {
  it("is the same when the trigger fires twice for one submission", () => {
    const first = decide(book([["Статус ИОМ", "в работе"]]));
    const again = decide(book([["Статус ИОМ", "в работе"]]));
    expect(first.due && again.due && first.key === again.key).toBe(true);
  });

  it("differs for an edited answer (a new timestamp) and for another person", () => {
    const first = decide(book([["Статус ИОМ", "в работе"]]));
    const edited = decide(
      book([
        ["Статус ИОМ", "в работе"],
        ["Отметка времени", new Date(2026, 8, 16, 9, 0)],
      ]),
    );
    expect(first.due && edited.due && first.key !== edited.key).toBe(true);
    expect(feedbackKey("a@x.ru", "2026-09-15T10:30:00")).not.toBe(
      feedbackKey("b@x.ru", "2026-09-15T10:30:00"),
    );
    expect(feedbackKey("a@x.ru", "2026-09-15T10:30:00")).toMatch(/^feedback-[0-9a-f]{32}$/u);
  });
});
