// The one Russian sentence of an error: coded errors of the add-on and of shared code read the same way.
import { describe, expect, test } from "vitest";
import { REAUTHORIZE_REFUSED_TEXT, REAUTHORIZE_TEXT } from "../../apps-script/server/accessTexts.ts";
import { AddonError, ERROR_TEXT, NO_ACCESS_TEXT, russianMessage } from "../../apps-script/server/errors.ts";
import { RegionError } from "../../apps-script/server/regionFetch.ts";
import { TimeZoneError } from "../../shared/timeZone.ts";

describe("russianMessage", () => {
  test("an AddonError: its code's sentence with its detail", () => {
    expect(russianMessage(new AddonError("INVALID_SETTINGS", "нет кода."))).toBe(
      `${ERROR_TEXT.INVALID_SETTINGS}нет кода.`,
    );
  });

  test("a zone the runtime cannot show: the time-zone sentence naming the spreadsheet's zone", () => {
    expect(russianMessage(new TimeZoneError("Mars/Olympus"))).toBe(
      `${ERROR_TEXT.TIME_ZONE_UNKNOWN}«Mars/Olympus».`,
    );
  });

  test("a call Google refuses for want of a permission: the re-authorization text naming an item the menu always has", () => {
    const refused = new Error(
      "You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail",
    );
    expect(russianMessage(refused)).toBe(REAUTHORIZE_REFUSED_TEXT);
    expect(russianMessage(new Error("Authorization is required to perform that action."))).toBe(
      REAUTHORIZE_REFUSED_TEXT,
    );
    // «Нужно заново разрешить доступ» is in the menu only once a trigger noted the missing permission.
    expect(REAUTHORIZE_REFUSED_TEXT).toContain("«Расширения → Маршрут → Открыть панель»");
    expect(russianMessage(new Error("Для выполнения этого действия требуется авторизация."))).toBe(
      REAUTHORIZE_REFUSED_TEXT,
    );
    // Why, in the same words as the notice and «Журнал».
    expect(REAUTHORIZE_TEXT.startsWith(REAUTHORIZE_REFUSED_TEXT.split(". ")[0]!)).toBe(true);
  });

  test("a refusal for want of rights on the file itself: ask the owner, not Google's consent screen again", () => {
    for (const text of [
      "You do not have permission to access the requested document.",
      "У вас нет разрешения на доступ к запрошенному документу.",
      "Access denied: FormApp.",
    ])
      expect(russianMessage(new Error(text)), text).toBe(NO_ACCESS_TEXT);
    expect(NO_ACCESS_TEXT).toMatch(/владельца таблицы/u);
  });

  test("a RegionError is not read by the add-on's codes, though some of its codes have the same names", () => {
    expect(russianMessage(new RegionError("NO_KEY"))).not.toContain(ERROR_TEXT.NO_KEY);
  });
});
