// «Подготовить таблицу»: finds the register, creates the missing sheets and the register form, installs the trigger.
import { validRows } from "../../shared/validation/parseSheet.ts";
import { createRegisterForm } from "./form.ts";
import type { Plan, Step } from "./jobs.ts";
import { ensureCheckColumn } from "./marks.ts";
import { createSettingsSheet, createSpecSheet, SPEC_SHEETS } from "./specSheets.ts";
import { ensureFormSubmitTrigger } from "./triggers.ts";
import { linkedRegister, loadBook, readWorkbook } from "./workbook.ts";

export interface PrepareResult {
  readonly register: string | null;
  readonly created: readonly string[];
  /** created: a new form now feeds the register; linked: one already did; unlinked: the register has no form. */
  readonly form: "created" | "linked" | "unlinked";
  readonly formUrl: string | null;
  readonly triggerCreated: boolean;
}

export function planPrepare(): Plan {
  const ss = SpreadsheetApp.getActive();
  const workbook = readWorkbook(ss);
  const book = loadBook(workbook);
  const created: string[] = [];
  let register = linkedRegister(workbook)?.name ?? (book.register.present ? book.register.name : null);
  const form: PrepareResult["form"] = ss.getFormUrl() ? "linked" : register ? "unlinked" : "created";
  let formUrl = ss.getFormUrl();
  let triggerCreated = false;

  const steps: Step[] = SPEC_SHEETS.map((def) => ({
    label: `Лист «${def.title}»`,
    run: () => void (createSpecSheet(ss, def) && created.push(def.title)),
  }));
  steps.push({
    label: "Лист «Настройки»",
    run: () => void (createSettingsSheet(ss, book.settings) && created.push("Настройки")),
  });
  steps.push({
    label: "Форма реестра",
    run: () => {
      if (form === "created" && !ss.getFormUrl()) {
        const orgs = validRows(book.orgs).map((org) => org.name);
        const made = createRegisterForm(ss, book.settings.municipalityName ?? "", orgs);
        register = made.sheetName;
        formUrl = made.publishedUrl;
        if (register) created.push(register);
      }
      if (form !== "unlinked") triggerCreated = ensureFormSubmitTrigger(ss);
    },
  });
  steps.push({
    label: "Столбец «Проверка»",
    run: () => {
      const sheet = register ? ss.getSheetByName(register) : null;
      if (sheet && sheet.getLastColumn() > 0)
        ensureCheckColumn(sheet, sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!);
    },
  });

  return {
    steps,
    finish: () => {
      const result: PrepareResult = { register, created, form, formUrl, triggerCreated };
      return { summary: prepareSummary(result), result };
    },
  };
}

export function prepareSummary(result: PrepareResult): string {
  const parts = [
    result.created.length > 0
      ? `Созданы листы: ${result.created.map((t) => `«${t}»`).join(", ")}.`
      : "Все листы на месте.",
    result.register ? `Реестр — лист «${result.register}».` : "Лист реестра не найден.",
    result.form === "created"
      ? "Создана форма реестра; ответы педагогов попадают в реестр и проверяются сразу."
      : result.form === "linked"
        ? "Форма реестра уже связана с таблицей; ответы проверяются сразу."
        : "Реестр заполняется без формы: новую форму не создали, чтобы ответы не разделились на два листа. Свяжите форму с этим листом или укажите лист реестра в настройках.",
  ];
  return parts.join(" ");
}
