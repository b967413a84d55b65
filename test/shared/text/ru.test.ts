// The one rule for Russian numbers, percents and plurals: decimal comma, «72,5 %» with a space, plurals
// by Intl.PluralRules("ru").
import { describe, expect, it } from "vitest";
import {
  countText,
  monthText,
  NBSP,
  percentText,
  plural,
  ruNumber,
  shareText,
} from "../../../shared/text/ru.ts";

const forms = (n: number) => plural(n, "ошибка", "ошибки", "ошибок");

describe("Russian numbers", () => {
  it("write a decimal comma and drop trailing zeros", () => {
    expect(ruNumber(72.5)).toBe("72,5");
    expect(ruNumber(12.345)).toBe("12,35");
    expect(ruNumber(3)).toBe("3");
    expect(ruNumber(0.1 + 0.2)).toBe("0,3");
    expect(ruNumber(-1.5)).toBe("-1,5");
  });

  it("split thousands with a no-break space from 10 000 up, never a four-digit number", () => {
    expect(ruNumber(1250)).toBe("1250");
    expect(ruNumber(12500)).toBe(`12${NBSP}500`);
    expect(ruNumber(1234567.8)).toBe(`1${NBSP}234${NBSP}567,8`);
  });

  it("write a percent with one decimal and a space before «%»", () => {
    expect(percentText(72.5)).toBe(`72,5 %`);
    expect(percentText(66.66)).toBe(`66,7 %`);
    expect(percentText(100)).toBe(`100 %`);
    expect(shareText(0.725)).toBe(`72,5 %`);
    expect(shareText(2 / 3)).toBe(`66,7 %`);
  });
});

describe("Russian plurals", () => {
  it.each([
    [1, "ошибка"],
    [21, "ошибка"],
    [101, "ошибка"],
    [2, "ошибки"],
    [4, "ошибки"],
    [22, "ошибки"],
    [0, "ошибок"],
    [5, "ошибок"],
    [11, "ошибок"],
    [12, "ошибок"],
    [14, "ошибок"],
    [111, "ошибок"],
    [112, "ошибок"],
    [25, "ошибок"],
  ])("%i → %s", (n, form) => expect(forms(n)).toBe(form));

  it("take the genitive singular after a fraction", () => {
    expect(countText(1.5, "час", "часа", "часов")).toBe("1,5 часа");
    expect(countText(0.5, "час", "часа", "часов")).toBe("0,5 часа");
  });

  it("agree on every whole count up to 1000 with the grammar's rule of the last two digits", () => {
    for (let n = 0; n <= 1000; n++) {
      const [last, lastTwo] = [n % 10, n % 100];
      const expected =
        last === 1 && lastTwo !== 11
          ? "ошибка"
          : last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)
            ? "ошибки"
            : "ошибок";
      expect(forms(n), String(n)).toBe(expected);
    }
  });

  it("write the number the same way as every other number", () => {
    expect(countText(3, "строка", "строки", "строк")).toBe("3 строки");
    expect(countText(12500, "строка", "строки", "строк")).toBe(`12${NBSP}500 строк`);
  });
});

describe("months", () => {
  it("are named, not numbered", () => {
    expect(monthText("2026-10")).toBe("октябрь 2026");
    expect(monthText("2027-01")).toBe("январь 2027");
    expect(monthText("2026-12")).toBe("декабрь 2026");
    expect(monthText("2026-13")).toBe("2026-13");
    expect(monthText("весна")).toBe("весна");
  });
});
