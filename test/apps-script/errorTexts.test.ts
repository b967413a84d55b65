// The one Russian sentence of an error: coded errors of the add-on and of shared code read the same way.
import { describe, expect, test } from "vitest";
import { REAUTHORIZE_ITEM, REAUTHORIZE_TEXT } from "../../apps-script/server/accessTexts.ts";
import { AddonError, ERROR_TEXT, russianMessage } from "../../apps-script/server/errors.ts";
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

  test("a call Google refuses for want of a permission: the one re-authorization text, naming the menu item", () => {
    const refused = new Error(
      "You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail",
    );
    expect(russianMessage(refused)).toBe(REAUTHORIZE_TEXT);
    expect(russianMessage(new Error("Authorization is required to perform that action."))).toBe(
      REAUTHORIZE_TEXT,
    );
    expect(REAUTHORIZE_TEXT).toContain(`«Расширения → Маршрут → ${REAUTHORIZE_ITEM}»`);
  });

  test("a RegionError is not read by the add-on's codes, though some of its codes have the same names", () => {
    expect(russianMessage(new RegionError("NO_KEY"))).not.toContain(ERROR_TEXT.NO_KEY);
  });
});
