// Form responses as Forms keeps them, and the responses sheet a linked form makes in a spreadsheet.
// https://developers.google.com/apps-script/reference/forms/form-response
import type { Platform } from "./platform.ts";
import type { FakeSheet } from "./sheet.ts";
import type { FakeSpreadsheet } from "./spreadsheet.ts";

let nextResponse = 1;

/**
 * Forms' «Сбор адресов электронной почты»: not collected, verified (the respondent signs in to Google) or typed by
 * the respondent. The values of the Forms API's FormSettings.emailCollectionType
 * (https://developers.google.com/forms/api/reference/rest/v1/forms#emailcollectiontype), which newer Apps Script
 * runtimes expose as FormApp.EmailCollectionType; setCollectEmail(true) is taken as VERIFIED (the cautious reading:
 * docs/platform.md).
 */
export const EMAIL_COLLECTION = {
  DO_NOT_COLLECT: "DO_NOT_COLLECT",
  VERIFIED: "VERIFIED",
  RESPONDER_INPUT: "RESPONDER_INPUT",
} as const;
export type EmailCollection = keyof typeof EMAIL_COLLECTION;

/**
 * One submitted answer. https://developers.google.com/apps-script/reference/forms/form-response: its timestamp (an
 * edit gives a new one), the respondent's e-mail when the form collects it, and the link that reopens it for editing.
 */
export class FakeResponse {
  readonly id = `response-${nextResponse++}`;

  constructor(
    private readonly platform: Platform,
    private readonly formId: string,
    /** The responses-sheet row it produced (the fakes' link from a sheet row back to its answer). */
    readonly row: number,
    /** To the millisecond; the sheet's «Отметка времени» shows it to the second. */
    public timestamp: Date,
    public email: string,
  ) {}

  private call(method: string) {
    this.platform.guard("forms", `FormResponse.${method}`);
  }
  getId() {
    this.call("getId");
    return this.id;
  }
  getTimestamp() {
    this.call("getTimestamp");
    return new Date(this.timestamp.getTime());
  }
  getRespondentEmail() {
    this.call("getRespondentEmail");
    return this.email;
  }
  /**
   * A link is always given; for the respondent it opens the answer only while the form allows editing, else a page
   * saying editing is off (FakeForm.opensAnswer). https://developers.google.com/apps-script/reference/forms/form#canEditResponse()
   */
  getEditResponseUrl() {
    this.call("getEditResponseUrl");
    return `https://docs.google.com/forms/d/e/${this.formId}/viewform?edit2=${this.id}`;
  }
}

/** As Google does on linking: a new «Ответы на форму (N)» sheet with the timestamp, e-mail and question columns. */
export function linkResponses(
  ss: FakeSpreadsheet,
  formId: string,
  questions: readonly string[],
  email = true,
): FakeSheet {
  let n = 1;
  while (ss.sheets.some((s) => s.name === `Ответы на форму (${n})`)) n++;
  const header = ["Отметка времени", ...(email ? ["Адрес электронной почты"] : []), ...questions];
  ss.checkCells(1000 * header.length);
  const sheet = ss.addSheet(`Ответы на форму (${n})`, [header]);
  sheet.grid.maxColumns = header.length;
  sheet.formUrl = `https://docs.google.com/forms/d/${formId}/edit`;
  sheet.frozenRows = 1;
  ss.formUrl = sheet.formUrl;
  return sheet;
}
