// Every validation code of spec §3 on a small workbook broken one thing at a time.
import { describe, expect, it } from "vitest";
import { readBook } from "../../../shared/book.ts";
import type { Cell } from "../../../shared/cells.ts";
import type { Finding } from "../../../shared/validation/finding.ts";
import { sampleSheets, sheetOf, type TestSheet } from "../../helpers/sampleBook.ts";

const REPORT_DATE = "2026-11-30";

function check(edit: (sheets: TestSheet[]) => void = () => {}, reportDate = REPORT_DATE) {
  const sheets = sampleSheets();
  edit(sheets);
  return readBook(
    sheets.map((s) => ({ name: s.name, values: s.rows })),
    { reportDate },
  );
}

/** Sets the cell of `sheet` at data row `row` (1 = first data row) under `header`. */
function set(sheets: TestSheet[], sheet: string, row: number, header: string, value: Cell) {
  const rows = sheetOf(sheets, sheet).rows;
  const col = rows[0]!.indexOf(header);
  if (col < 0) throw new Error(`no header ${header}`);
  rows[row]![col] = value;
}

const only = (findings: readonly Finding[]) => {
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe("the sample workbook", () => {
  it("is clean", () => {
    expect(check().findings).toEqual([]);
  });
});

describe("required", () => {
  it("reports an empty required cell with the sheet row and header as written", () => {
    const finding = only(check((s) => set(s, "Педагоги", 2, "ФИО", "  ")).findings);
    expect(finding).toMatchObject({
      sheet: "Педагоги",
      row: 3,
      column: "ФИО",
      field: "fio",
      severity: "error",
      code: "required",
    });
    expect(finding.message).toContain("«ФИО»");
  });

  it("reports a missing required column once, on row 1", () => {
    const book = check((s) => {
      for (const row of sheetOf(s, "Диагностика").rows) row.splice(3, 1); // drop «Группа компетенций»
    });
    const finding = only(book.findings);
    expect(finding).toMatchObject({
      sheet: "Диагностика",
      row: 1,
      column: "Группа компетенций",
      code: "required",
      severity: "error",
    });
  });

  it("reports a missing sheet once, on row 1", () => {
    const book = check((s) =>
      s.splice(
        s.findIndex((x) => x.name === "Педагоги"),
        1,
      ),
    );
    const missing = book.findings.filter((f) => f.sheet === "Педагоги");
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ row: 1, code: "required", severity: "error" });
    expect(missing[0]!.message).toContain("Нет листа «Педагоги»");
  });

  it("treats a form-responses sheet under another name as the register", () => {
    const book = check((s) => {
      sheetOf(s, "Реестр ИОМ").name = "Ответы на форму (1)";
    });
    expect(book.findings).toEqual([]);
    expect(book.register.name).toBe("Ответы на форму (1)");
    expect(book.register.rows).toHaveLength(2);
  });
});

describe("email", () => {
  it.each(["ivanova school1.ru", "ivanova@", "@school.ru", "ivanova@school", "иванова@школа"])(
    "rejects %j",
    (value) => {
      const finding = only(check((s) => set(s, "Реестр ИОМ", 1, "Адрес электронной почты", value)).findings);
      expect(finding).toMatchObject({ code: "email", row: 2, column: "Адрес электронной почты" });
      expect(finding.message).toContain(value.slice(0, 10));
    },
  );
  it("lower-cases the key", () => {
    expect(check().register.rows[0]!.data.email).toBe("ivanova@school1.ru");
  });
});

describe("fio", () => {
  it.each([
    "Иванова",
    "Иванова Мария Петровна Кызы Оглы",
    "Иванова М.П.",
    "Ivanova 123",
    "Иванова  Мария  Петровна2",
  ])("rejects %j", (value) => {
    expect(only(check((s) => set(s, "Реестр ИОМ", 1, "ФИО", value)).findings).code).toBe("fio");
  });
  it.each(["Салтыков-Щедрин Михаил Евграфович", "Д'Артаньян Шарль", "Smith John", "Ёлкина Алёна"])(
    "accepts %j",
    (value) => {
      expect(check((s) => set(s, "Реестр ИОМ", 1, "ФИО", value)).findings).toEqual([]);
    },
  );
});

describe("date", () => {
  it("rejects text that is not a date", () => {
    const finding = only(check((s) => set(s, "Реестр ИОМ", 1, "Дата начала", "скоро")).findings);
    expect(finding).toMatchObject({ code: "date", field: "start" });
    expect(finding.message).toContain("«скоро»");
  });
  it("rejects dates outside 2015–2035", () => {
    expect(only(check((s) => set(s, "Реестр ИОМ", 1, "Дата начала", "01.09.2014")).findings).code).toBe(
      "date",
    );
    expect(only(check((s) => set(s, "Реестр ИОМ", 1, "Дата окончания", "2036-01-01")).findings).code).toBe(
      "date",
    );
  });
  it("checks birth dates between 1940 and 18 years before the report date", () => {
    expect(only(check((s) => set(s, "Педагоги", 1, "Дата рождения", "1939-12-31")).findings).code).toBe(
      "date",
    );
    expect(only(check((s) => set(s, "Педагоги", 1, "Дата рождения", "2008-12-01")).findings).code).toBe(
      "date",
    );
    expect(check((s) => set(s, "Педагоги", 1, "Дата рождения", "2008-11-30")).findings).toEqual([]);
  });
});

describe("date.order", () => {
  it("flags an end before the start", () => {
    const finding = only(check((s) => set(s, "Реестр ИОМ", 1, "Дата окончания", "30.09.2026")).findings);
    expect(finding).toMatchObject({ code: "date.order", column: "Дата окончания", severity: "error" });
  });
});

describe("date.future", () => {
  it("flags a course completed after the report date", () => {
    const finding = only(
      check((s) => set(s, "Реестр ИОМ", 2, "Дата окончания обучения", "01.12.2026")).findings,
    );
    expect(finding).toMatchObject({ code: "date.future", field: "courseDate" });
    expect(check((s) => set(s, "Реестр ИОМ", 2, "Дата окончания обучения", "30.11.2026")).findings).toEqual(
      [],
    );
  });
});

describe("number", () => {
  it.each([["сто"], [101], [-1], ["100,5"]])("rejects score %j", (value) => {
    expect(only(check((s) => set(s, "Диагностика", 1, "Результат, %", value)).findings).code).toBe("number");
  });
  it("requires whole years of experience", () => {
    expect(only(check((s) => set(s, "Педагоги", 1, "Педагогический стаж", 2.5)).findings).code).toBe(
      "number",
    );
  });
});

describe("enum", () => {
  it("lists the allowed values", () => {
    const finding = only(check((s) => set(s, "Реестр ИОМ", 1, "Статус ИОМ", "в работе")).findings);
    expect(finding.code).toBe("enum");
    expect(finding.message).toContain("«реализуется»");
  });
  it("accepts values in another case", () => {
    expect(check((s) => set(s, "Педагоги", 1, "Категория", "Педагогический Работник")).findings).toEqual([]);
  });
  it("rejects a да/нет field with another word", () => {
    expect(only(check((s) => set(s, "ОО", 1, "Стажировочная площадка", "возможно")).findings).code).toBe(
      "enum",
    );
  });
});

describe("org.unknown", () => {
  it("suggests the closest organisation", () => {
    const finding = only(check((s) => set(s, "Педагоги", 1, "ОО", "МБОУ СОШ №1")).findings);
    expect(finding.code).toBe("org.unknown");
    expect(finding.message).toContain("Возможно, имелась в виду «МБОУ СОШ № 1»");
  });
  it("does not suggest a far name", () => {
    const finding = only(check((s) => set(s, "Реестр ИОМ", 1, "ОО", "Гимназия имени Пушкина")).findings);
    expect(finding.code).toBe("org.unknown");
    expect(finding.message).not.toContain("Возможно");
  });
  it("is not checked without a sheet «ОО»", () => {
    const book = check((s) => {
      s.splice(
        s.findIndex((x) => x.name === "ОО"),
        1,
      );
      set(s, "Педагоги", 1, "ОО", "Неизвестная школа");
    });
    expect(book.findings.map((f) => [f.sheet, f.row, f.code, f.severity])).toEqual([
      ["ОО", 1, "required", "error"],
    ]);
  });
});

describe("person.unknown", () => {
  it("warns about diagnostics of someone not in «Педагоги»", () => {
    const finding = only(check((s) => set(s, "Диагностика", 1, "Email", "stranger@school1.ru")).findings);
    expect(finding).toMatchObject({ code: "person.unknown", severity: "warning" });
  });
});

describe("duplicate", () => {
  it("is an error on the second row of a unique key; the first counts", () => {
    const book = check((s) => set(s, "Педагоги", 3, "Email", "IVANOVA@school1.ru"));
    const finding = only(book.findings);
    expect(finding).toMatchObject({ code: "duplicate", row: 4, severity: "error" });
    expect(finding.message).toContain("строке 2");
    expect(book.staff.rows[0]!.errors).toBe(0);
  });
  it("is a warning on a repeated register submission (same e-mail, topic and start)", () => {
    const book = check((s) => {
      const rows = sheetOf(s, "Реестр ИОМ").rows;
      rows.push([...rows[1]!]);
      rows[3]![0] = new Date(2026, 9, 20);
    });
    const finding = only(book.findings);
    expect(finding).toMatchObject({ code: "duplicate", row: 4, severity: "warning" });
  });
  it("catches duplicate organisations and catalogue codes", () => {
    const book = check((s) => {
      sheetOf(s, "ОО").rows.push(["мбоу сош № 1", "общеобразовательная"]);
      s.push({
        name: "Каталог",
        rows: [
          ["Код", "Название", "Тип", "Группы компетенций", "Часы", "Длительность, недель"],
          ["D1", "Курс", "ДПП", "цифровые", 36, 4],
          ["D1", "Другой курс", "ДПП", "цифровые, методические", 72, 8],
        ],
      });
    });
    expect(book.findings.map((f) => [f.sheet, f.row, f.code])).toEqual([
      ["ОО", 4, "duplicate"],
      ["Каталог", 3, "duplicate"],
    ]);
  });
});

describe("level.mismatch", () => {
  it("warns when the given level disagrees with the score and keeps the given level", () => {
    const book = check((s) => set(s, "Диагностика", 1, "Уровень", "базовый"));
    expect(only(book.findings)).toMatchObject({ code: "level.mismatch", severity: "warning" });
    expect(book.diagnostics.rows[0]!.data.level).toBe("базовый");
  });
  it("derives the level from the score when empty, with thresholds from «Настройки»", () => {
    const book = check((s) => sheetOf(s, "Настройки").rows.push(["Порог базового уровня", 35]));
    expect(book.findings).toEqual([]);
    expect(book.diagnostics.rows[0]!.data.level).toBe("базовый");
  });
});

describe("status.early", () => {
  it("warns about «реализован» before the end date", () => {
    const finding = only(check((s) => set(s, "Реестр ИОМ", 1, "Статус ИОМ", "Реализован")).findings);
    expect(finding).toMatchObject({ code: "status.early", severity: "warning" });
    expect(check((s) => set(s, "Реестр ИОМ", 1, "Статус ИОМ", "реализован"), "2027-06-01").findings).toEqual(
      [],
    );
  });
});

describe("url", () => {
  it.each(["cert.pdf", "ftp://files/cert.pdf", "www.example.org"])("rejects %j", (value) => {
    expect(only(check((s) => set(s, "Реестр ИОМ", 2, "Ссылка на документ", value)).findings).code).toBe(
      "url",
    );
  });
});

describe("report date", () => {
  it("comes from «Настройки» when not given", () => {
    const sheets = sampleSheets();
    expect(readBook(sheets.map((s) => ({ name: s.name, values: s.rows }))).reportDate).toBe("2026-11-30");
  });
});
