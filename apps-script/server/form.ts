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
  form.setCollectEmail(true);
  addQuestions(form, orgNames);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  SpreadsheetApp.flush();
  const sheet = ss.getSheets().find((s) => !before.has(s.getSheetId()) && s.getFormUrl() !== null);
  if (sheet && !ss.getSheets().some((s) => sameSheetName(s.getName(), RegisterSheet.title)))
    sheet.setName(RegisterSheet.title);
  return { publishedUrl: form.getPublishedUrl(), sheetName: sheet ? sheet.getName() : null };
}
