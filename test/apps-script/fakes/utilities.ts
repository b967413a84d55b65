// A fake Utilities.formatDate: an instant as a wall clock in a time zone, in Java's SimpleDateFormat letters.
// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
import type { Platform } from "./platform.ts";

const formats = new Map<string, Intl.DateTimeFormat>();
const partsIn = (date: Date, timeZone: string) => {
  let format = formats.get(timeZone);
  if (!format)
    formats.set(
      timeZone,
      (format = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      })),
    );
  return Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
};

/** A zone Java knows; any other falls back to GMT without an error (java.util.TimeZone.getTimeZone). */
const knownZone = (timeZone: string) => {
  try {
    partsIn(new Date(0), timeZone);
    return timeZone;
  } catch {
    return "UTC";
  }
};

/** The letters the add-on uses: yyyy, MM, dd, HH, mm, ss (anything else is refused, so a new use is faked first). */
const LETTERS = /yyyy|MM|dd|HH|mm|ss/gu;

export function fakeUtilities(platform: Platform) {
  return {
    formatDate: (date: Date, timeZone: string, format: string) => {
      platform.guard("utilities", "Utilities.formatDate");
      if (Object.prototype.toString.call(date) !== "[object Date]" || typeof format !== "string")
        throw new Error(
          "Exception: The parameters (" +
            typeof date +
            ",String,String) don't match the method signature for Utilities.formatDate.",
        );
      if (/[a-zA-Z]/u.test(format.replace(LETTERS, "")))
        throw new Error(`fake: Utilities.formatDate pattern «${format}» is not faked`);
      const p = partsIn(date, knownZone(String(timeZone)));
      const values: Record<string, string> = {
        yyyy: p.year!,
        MM: p.month!,
        dd: p.day!,
        HH: p.hour!,
        mm: p.minute!,
        ss: p.second!,
      };
      return format.replace(LETTERS, (letters) => values[letters]!);
    },
  };
}
