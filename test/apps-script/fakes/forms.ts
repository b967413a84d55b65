// A fake FormApp: forms with their questions, linked to the spreadsheet as Google does (a new responses sheet).
import type { CallLog } from "./callLog.ts";
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

let nextForm = 1;

export class FakeForm {
  readonly id = `form-${nextForm++}`;
  readonly items: FakeItem[] = [];
  description = "";
  collectEmail = false;
  sheet: FakeSheet | null = null;

  constructor(
    private readonly log: CallLog,
    private readonly ss: FakeSpreadsheet,
    readonly title: string,
  ) {}

  private call(method: string) {
    this.log.record("forms", `Form.${method}`);
  }

  private add(kind: FakeItem["kind"]) {
    this.call(`add${kind}Item`);
    const item: FakeItem = { kind, title: "", helpText: "", required: false, choices: [], validation: null };
    this.items.push(item);
    const log = this.log;
    const api = {
      setTitle: (t: string) => (log.record("forms", "Item.setTitle"), (item.title = t), api),
      setHelpText: (t: string) => (log.record("forms", "Item.setHelpText"), (item.helpText = t), api),
      setRequired: (r: boolean) => (log.record("forms", "Item.setRequired"), (item.required = r), api),
      setChoiceValues: (values: string[]) => (
        log.record("forms", "Item.setChoiceValues"),
        (item.choices = [...values]),
        api
      ),
      setValidation: (v: { kind: string }) => (
        log.record("forms", "Item.setValidation"),
        (item.validation = v.kind),
        api
      ),
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
  setCollectEmail(collect: boolean) {
    this.call("setCollectEmail");
    this.collectEmail = collect;
    return this;
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

  /** As Google does: a new «Ответы на форму (N)» sheet with the timestamp, e-mail and question columns. */
  setDestination(type: string, id: string) {
    this.call("setDestination");
    if (type !== "SPREADSHEET" || id !== this.ss.id) throw new Error("Exception: Invalid argument: id");
    let n = 1;
    while (this.ss.sheets.some((s) => s.name === `Ответы на форму (${n})`)) n++;
    const header = [
      "Отметка времени",
      ...(this.collectEmail ? ["Адрес электронной почты"] : []),
      ...this.items.map((i) => i.title),
    ];
    this.sheet = this.ss.addSheet(`Ответы на форму (${n})`, [header]);
    this.sheet.grid.maxColumns = header.length;
    this.sheet.formUrl = `https://docs.google.com/forms/d/${this.id}/edit`;
    this.sheet.frozenRows = 1;
    this.ss.formUrl = this.sheet.formUrl;
    return this;
  }
}

export function fakeFormApp(log: CallLog, ss: FakeSpreadsheet, forms: FakeForm[]) {
  return {
    DestinationType: { SPREADSHEET: "SPREADSHEET" },
    create: (title: string) => {
      log.record("forms", "FormApp.create");
      const form = new FakeForm(log, ss, title);
      forms.push(form);
      return form;
    },
    createTextValidation: () => {
      log.record("forms", "FormApp.createTextValidation");
      let kind = "";
      const builder = {
        requireTextIsUrl: () => ((kind = "url"), builder),
        requireTextIsEmail: () => ((kind = "email"), builder),
        build: () => ({ kind }),
      };
      return builder;
    },
  };
}
