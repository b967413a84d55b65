// The register's Google Form (spec §2.1): created with the register's questions and linked to this spreadsheet.
import { sameSheetName } from "../../shared/headers.ts";
import { IOM_STATUSES } from "../../shared/schema/enums.ts";
import { RegisterSheet } from "../../shared/schema/sheets.ts";

type Form = GoogleAppsScript.Forms.Form;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const title = (field: keyof typeof RegisterSheet.fields) => RegisterSheet.fields[field].names[0]!;

/** Adds the questions; «Отметка времени» and the e-mail column come from the form itself. */
function addQuestions(form: Form, orgNames: readonly string[]): void {
  form
    .addTextItem()
    .setTitle(title("fio"))
    .setHelpText("Фамилия, имя и отчество полностью")
    .setRequired(true);
  if (orgNames.length > 0)
    form
      .addListItem()
      .setTitle(title("org"))
      .setChoiceValues([...orgNames])
      .setRequired(true);
  else
    form
      .addTextItem()
      .setTitle(title("org"))
      .setHelpText("Полное наименование, как на листе «ОО»")
      .setRequired(true);
  form.addTextItem().setTitle(title("position"));
  form.addTextItem().setTitle(title("topic"));
  form.addDateItem().setTitle(title("start"));
  form.addDateItem().setTitle(title("end"));
  form
    .addMultipleChoiceItem()
    .setTitle(title("status"))
    .setChoiceValues([...IOM_STATUSES]);
  form
    .addTextItem()
    .setTitle(title("course"))
    .setHelpText("Заполните, если завершили обучение по программе ДПО");
  form.addMultipleChoiceItem().setTitle(title("courseFederal")).setChoiceValues(["да", "нет"]);
  form.addDateItem().setTitle(title("courseDate"));
  form
    .addTextItem()
    .setTitle(title("evidence"))
    .setHelpText("Ссылка на удостоверение или сертификат (https://…)")
    .setValidation(FormApp.createTextValidation().requireTextIsUrl().build());
}

/** What newer Apps Script runtimes offer for a form's e-mail collection and publishing; absent from older typings. */
interface NewerForm {
  setEmailCollectionType?: (type: unknown) => unknown;
  setPublished?: (published: boolean) => unknown;
}

/**
 * E-mail collected as the respondent types it (RESPONDER_INPUT), so teachers with Yandex or Mail.ru addresses answer
 * without a Google account; setCollectEmail(true) alone may mean verified collection, which requires signing in.
 * Where the runtime has no EmailCollectionType, the form collects as setCollectEmail does and docs/install.md says
 * where to switch it to «Вводятся респондентом» (docs/platform.md, «E-mail collection»).
 */
function collectTypedEmail(form: Form): void {
  const types = (FormApp as unknown as { EmailCollectionType?: Record<string, unknown> }).EmailCollectionType;
  const withType = form as unknown as NewerForm;
  if (types?.RESPONDER_INPUT !== undefined && typeof withType.setEmailCollectionType === "function")
    withType.setEmailCollectionType(types.RESPONDER_INPUT);
  else form.setCollectEmail(true);
}

/**
 * Publishes the form where the runtime can: "forms created by the API after June 30, 2026 will be created in an
 * unpublished state" and accept no responses
 * (https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms); Apps Script's Forms service
 * gained setPublished in April 2025 (https://developers.google.com/apps-script/releases).
 */
function publish(form: Form): void {
  const newer = form as unknown as NewerForm;
  if (typeof newer.setPublished === "function") newer.setPublished(true);
}

export interface CreatedForm {
  readonly publishedUrl: string;
  /** The responses sheet the form made, renamed to «Реестр ИОМ» when that name is free. */
  readonly sheetName: string | null;
}

export function createRegisterForm(
  ss: Spreadsheet,
  municipality: string,
  orgNames: readonly string[],
): CreatedForm {
  const before = new Set(ss.getSheets().map((sheet) => sheet.getSheetId()));
  const form = FormApp.create(`Реестр ИОМ${municipality ? ` — ${municipality}` : ""}`);
  form.setDescription(
    "Сведения об индивидуальном образовательном маршруте (ИОМ) педагога. Отправьте форму, когда ИОМ разработан, " +
      "когда меняется его статус и когда завершено обучение по программе ДПО.",
  );
  collectTypedEmail(form);
  // The letter's edit link must open the answer: Forms leaves editing off unless asked.
  // https://developers.google.com/apps-script/reference/forms/form#setAllowResponseEdits(Boolean)
  form.setAllowResponseEdits(true);
  addQuestions(form, orgNames);
  publish(form);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  SpreadsheetApp.flush();
  const sheet = ss.getSheets().find((s) => !before.has(s.getSheetId()) && s.getFormUrl() !== null);
  if (sheet && !ss.getSheets().some((s) => sameSheetName(s.getName(), RegisterSheet.title)))
    sheet.setName(RegisterSheet.title);
  return { publishedUrl: form.getPublishedUrl(), sheetName: sheet ? sheet.getName() : null };
}
