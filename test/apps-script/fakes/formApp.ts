// A fake FormApp: creating and opening forms, text validations; and a form the methodist made by hand.
// https://developers.google.com/apps-script/reference/forms/form-app
import { EMAIL_COLLECTION, linkResponses } from "./formResponses.ts";
import { FakeForm, UNPUBLISHED_FROM } from "./forms.ts";
import type { Platform } from "./platform.ts";
import type { FakeSpreadsheet } from "./spreadsheet.ts";

export function fakeFormApp(
  platform: Platform,
  forms: FakeForm[],
  spreadsheet: (id: string) => FakeSpreadsheet | undefined,
) {
  return {
    DestinationType: { SPREADSHEET: "SPREADSHEET" },
    EmailCollectionType: EMAIL_COLLECTION,
    create: (title: string) => {
      platform.guard("forms", "FormApp.create");
      const form = new FakeForm(platform, spreadsheet, title);
      form.published = platform.log.now < UNPUBLISHED_FROM;
      forms.push(form);
      return form;
    },
    /** Needs the full forms scope (https://developers.google.com/apps-script/reference/forms/form-app#openByUrl(String)). */
    openByUrl: (url: string) => {
      platform.guard("forms", "FormApp.openByUrl");
      const form = forms.find((f) => url.includes(`/d/${f.id}/`) || url.includes(`/d/e/${f.id}/`));
      if (!form)
        throw new Error(
          "Exception: No item with the given ID could be found, or you do not have permission to access it.",
        );
      return form;
    },
    createTextValidation: () => {
      platform.guard("forms", "FormApp.createTextValidation");
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

/**
 * A form the methodist made and linked by hand before Маршрут (Forms → Ответы → Связать с Таблицами), as Forms
 * leaves it: answers cannot be edited; e-mail collected from what the respondent types (RESPONDER_INPUT).
 */
export function handMadeForm(
  platform: Platform,
  forms: FakeForm[],
  ss: FakeSpreadsheet,
  questions: readonly string[],
  spreadsheet: (id: string) => FakeSpreadsheet | undefined,
): FakeForm {
  const form = new FakeForm(platform, spreadsheet, "Учёт ИОМ");
  form.emailCollection = "RESPONDER_INPUT";
  form.sheet = linkResponses(ss, form.id, questions);
  forms.push(form);
  return form;
}
