// A fake Form: its questions, settings and responses, linked to a spreadsheet as Google does (a new responses sheet);
// editing answers off and e-mail not collected until the form says otherwise, as a new Google Form is.
// https://developers.google.com/apps-script/reference/forms/form, …/forms/form#setDestination(DestinationType,String)
import { EMAIL_COLLECTION, FakeResponse, linkResponses, type EmailCollection } from "./formResponses.ts";
import type { Platform } from "./platform.ts";
import type { FakeSheet } from "./sheet.ts";
import type { FakeSpreadsheet } from "./spreadsheet.ts";

export interface FakeItem {
  kind: "text" | "date" | "list" | "choice";
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  validation: string | null;
}

const ADD: Record<FakeItem["kind"], string> = {
  text: "addTextItem",
  date: "addDateItem",
  list: "addListItem",
  choice: "addMultipleChoiceItem",
};

let nextForm = 1;

/**
 * "Forms created by the API will be published by default through June 30, 2026 … forms created by the API after June
 * 30, 2026 will be created in an unpublished state … and won't receive responses"
 * (https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms); FormApp.create is taken
 * to be such an API (the cautious reading).
 */
export const UNPUBLISHED_FROM = Date.UTC(2026, 6, 1);

export class FakeForm {
  readonly id = `form-${nextForm++}`;
  /** Whether the form accepts responses; set at creation from the fakes' clock. */
  published = true;
  readonly items: FakeItem[] = [];
  description = "";
  emailCollection: EmailCollection = "DO_NOT_COLLECT";
  /** «Разрешить изменение ответов»: off in a new form. */
  allowResponseEdits = false;
  sheet: FakeSheet | null = null;
  readonly responses: FakeResponse[] = [];

  constructor(
    private readonly platform: Platform,
    private readonly spreadsheet: (id: string) => FakeSpreadsheet | undefined,
    readonly title: string,
  ) {}

  private call(method: string) {
    this.platform.guard("forms", `Form.${method}`);
  }

  private add(kind: FakeItem["kind"]) {
    this.call(ADD[kind]);
    const item: FakeItem = { kind, title: "", helpText: "", required: false, choices: [], validation: null };
    this.items.push(item);
    const step = (method: string, change: () => void) => {
      this.platform.guard("forms", `Item.${method}`);
      change();
      return api;
    };
    const api = {
      setTitle: (t: string) => step("setTitle", () => (item.title = t)),
      setHelpText: (t: string) => step("setHelpText", () => (item.helpText = t)),
      setRequired: (r: boolean) => step("setRequired", () => (item.required = r)),
      setChoiceValues: (values: string[]) => step("setChoiceValues", () => (item.choices = [...values])),
      setValidation: (v: { kind: string }) => step("setValidation", () => (item.validation = v.kind)),
    };
    return api;
  }

  addTextItem() {
    return this.add("text");
  }
  addDateItem() {
    return this.add("date");
  }
  addListItem() {
    return this.add("list");
  }
  addMultipleChoiceItem() {
    return this.add("choice");
  }
  setDescription(text: string) {
    this.call("setDescription");
    this.description = text;
    return this;
  }
  get collectEmail(): boolean {
    return this.emailCollection !== "DO_NOT_COLLECT";
  }
  setCollectEmail(collect: boolean) {
    this.call("setCollectEmail");
    this.emailCollection = collect ? "VERIFIED" : "DO_NOT_COLLECT";
    return this;
  }
  collectsEmail() {
    this.call("collectsEmail");
    return this.collectEmail;
  }
  setEmailCollectionType(type: string) {
    this.call("setEmailCollectionType");
    if (!(type in EMAIL_COLLECTION))
      throw new Error(
        "Exception: The parameters (String) don't match the method signature for FormApp.Form.setEmailCollectionType.",
      );
    this.emailCollection = type as EmailCollection;
    return this;
  }
  getEmailCollectionType() {
    this.call("getEmailCollectionType");
    return this.emailCollection;
  }
  setAllowResponseEdits(enabled: boolean) {
    this.call("setAllowResponseEdits");
    this.allowResponseEdits = enabled;
    return this;
  }
  canEditResponse() {
    this.call("canEditResponse");
    return this.allowResponseEdits;
  }
  /** https://developers.google.com/apps-script/releases (April 8, 2025: setPublished). */
  setPublished(published: boolean) {
    this.call("setPublished");
    this.published = published;
    return this;
  }
  isPublished() {
    this.call("isPublished");
    return this.published;
  }
  /** Test helper: whether `url` opens an answer for its respondent to edit (the form allows editing now). */
  opensAnswer(url: string): boolean {
    return this.allowResponseEdits && this.responses.some((r) => url.endsWith(`edit2=${r.id}`));
  }
  getId() {
    this.call("getId");
    return this.id;
  }
  getEditUrl() {
    this.call("getEditUrl");
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }
  getPublishedUrl() {
    this.call("getPublishedUrl");
    return `https://docs.google.com/forms/d/e/${this.id}/viewform`;
  }
  /** Responses submitted at or after `timestamp` (all without it), oldest first. */
  getResponses(timestamp?: Date) {
    this.call("getResponses");
    const from = timestamp ? timestamp.getTime() : -Infinity;
    return this.responses
      .filter((r) => r.timestamp.getTime() >= from)
      .sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
  }

  /** A respondent submits (or edits the answer of `row`): what Forms records before it writes the sheet row. */
  record(row: number, timestamp: Date, email: string): FakeResponse {
    const edited = this.responses.find((r) => r.row === row);
    if (edited) {
      edited.timestamp = timestamp;
      edited.email = email;
      return edited;
    }
    const response = new FakeResponse(this.platform, this.id, row, timestamp, email);
    this.responses.push(response);
    return response;
  }

  setDestination(type: string, id: string) {
    this.call("setDestination");
    const ss = this.spreadsheet(id);
    if (type !== "SPREADSHEET" || !ss) throw new Error("Exception: Invalid argument: id");
    this.sheet = linkResponses(
      ss,
      this.id,
      this.items.map((i) => i.title),
      this.collectEmail,
    );
    return this;
  }
}
