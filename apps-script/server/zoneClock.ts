// Dates in the spreadsheet's time zone checked against Apps Script's documented Utilities.formatDate: the runtime's
// Intl (whose time zones Apps Script does not promise) serves only where it agrees with it. Registering touches no
// service: the formatter runs on first use.
// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
import { useZoneFormatter } from "../../shared/timeZone.ts";

useZoneFormatter((ms, timeZone) => Utilities.formatDate(new Date(ms), timeZone, "yyyy-MM-dd HH:mm:ss"));
