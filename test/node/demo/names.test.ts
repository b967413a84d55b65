// Patronymics of the demo's people by the rules of Russian (Пётр → Петрович, Юрий → Юрьевич, Илья → Ильич, …).
import { describe, expect, it } from "vitest";
import { patronymicOf } from "../../../node/demo/names.ts";
import { DEMO_MUNICIPALITIES, municipalityWorkbook } from "../../../node/demo/sampleData.ts";

describe("patronymicOf", () => {
  it.each([
    ["Иван", "Иванович", "Ивановна"],
    ["Александр", "Александрович", "Александровна"],
    ["Артём", "Артёмович", "Артёмовна"],
    ["Фёдор", "Фёдорович", "Фёдоровна"],
    ["Пётр", "Петрович", "Петровна"],
    ["Лев", "Львович", "Львовна"],
    ["Павел", "Павлович", "Павловна"],
    ["Михаил", "Михайлович", "Михайловна"],
    ["Яков", "Яковлевич", "Яковлевна"],
    ["Юрий", "Юрьевич", "Юрьевна"],
    ["Геннадий", "Геннадьевич", "Геннадьевна"],
    ["Василий", "Васильевич", "Васильевна"],
    ["Евгений", "Евгеньевич", "Евгеньевна"],
    ["Анатолий", "Анатольевич", "Анатольевна"],
    ["Дмитрий", "Дмитриевич", "Дмитриевна"],
    ["Сергей", "Сергеевич", "Сергеевна"],
    ["Андрей", "Андреевич", "Андреевна"],
    ["Николай", "Николаевич", "Николаевна"],
    ["Игорь", "Игоревич", "Игоревна"],
    ["Илья", "Ильич", "Ильинична"],
    ["Никита", "Никитич", "Никитична"],
    ["Фома", "Фомич", "Фоминична"],
    ["Кузьма", "Кузьмич", "Кузьминична"],
    ["Савва", "Саввич", "Саввична"],
  ])("%s → %s, %s", (father, male, female) => {
    expect(patronymicOf(father, false)).toBe(male);
    expect(patronymicOf(father, true)).toBe(female);
  });
});

describe("the demo's people", () => {
  it("carry no patronymic built against the rules", () => {
    const patronymics = new Set<string>();
    for (const municipality of DEMO_MUNICIPALITIES) {
      const staff = municipalityWorkbook(municipality, new Date(2026, 10, 30)).find(
        (s) => s.name === "Педагоги",
      )!;
      for (const row of staff.rows.slice(1)) patronymics.add(String(row[1]).split(" ")[2] ?? "");
    }
    const wrong = [...patronymics].filter((p) =>
      /ёвич|ёвна|иевич$|иевна$|Ильевич|Никитович|Михаилович/u.test(p),
    );
    expect(wrong).toEqual([]);
    for (const expected of ["Петрович", "Юрьевна", "Геннадьевна", "Ильинична", "Никитична"])
      expect(patronymics, expected).toContain(expected);
  });
});
