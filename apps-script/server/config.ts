// The add-on's one config module: settings in document properties, validated with the shared Settings schema.
import * as z from "zod/mini";
import type { Cell } from "../../shared/cells.ts";
import { ISO_DATE } from "../../shared/dates.ts";
import { DEFAULT_SETTINGS, Settings, TEACHER_LETTERS, Thresholds } from "../../shared/settings.ts";
import { EMAIL } from "../../shared/validation/parseCell.ts";
import { allowedUrl, URL_PREFIXES } from "./allowlist.ts";
import { AddonError } from "./errors.ts";
import { getJson, getText, putJson, putText, removeText } from "./store.ts";

const SETTINGS_KEY = "settings";
const API_KEY = "apiKey";
/** The «Регион» mode: where getConsolidated answers and the regional key (its own property, never shown back). */
const REGION_URL = "regionUrl";
const REGION_KEY = "regionKey";

/** An https address the manifest's urlFetchWhitelist allows (the platform refuses to fetch any other). */
const httpsUrl = z.union([
  z.literal(""),
  z.string().check(
    z.trim(),
    z.regex(/^https:\/\/\S+$/u, "адрес начинается с https://"),
    z.refine((url) => !url.startsWith("https://") || allowedUrl(url), {
      message: `адрес должен начинаться с ${URL_PREFIXES.join(" или ")}: дополнение собрано для функций вашего региона`,
    }),
  ),
]);
const optionalDate = z.union([z.literal(""), z.string().check(z.regex(ISO_DATE, "дата в виде ГГГГ-ММ-ДД"))]);
const trimmed = (max: number, message?: string) => z.string().check(z.trim(), z.maxLength(max, message));

/** What the sidebar's settings form sends. */
export const SettingsForm = z.object({
  municipalityCode: trimmed(40, "код длиннее 40 знаков"),
  municipalityName: trimmed(200, "название длиннее 200 знаков"),
  reportDate: optionalDate,
  periodFrom: optionalDate,
  periodTo: optionalDate,
  weeklyHours: z
    .number("часов в неделю — число")
    .check(z.gt(0, "часов в неделю больше 0"), z.lte(60, "не больше 60")),
  thresholds: Thresholds.check(
    z.refine((t) => t.high > t.elevated && t.elevated > t.base, {
      message: "пороги должны убывать: высокий > повышенный > базовый",
    }),
  ),
  endpoint: httpsUrl,
  /** undefined keeps the stored key, "" removes it. */
  apiKey: z.optional(trimmed(500)),
  registerSheet: trimmed(100),
  /** «Письма педагогам»: ошибки · все · нет. */
  teacherLetters: z.optional(z.enum(TEACHER_LETTERS, "письма педагогам: «ошибки», «все» или «нет»")),
  /** «Почта методиста»: the reply-to of letters; "" = the add-on's user. */
  methodistEmail: z.optional(
    z.union([
      z.literal(""),
      z.string().check(z.trim(), z.regex(EMAIL, "почта методиста — адрес вида name@school.ru")),
    ]),
  ),
  /** «Гриф «Утверждаю» в ИОМ»: undefined keeps the saved choice. */
  approvalBlock: z.optional(z.boolean("гриф «Утверждаю» — да или нет")),
});
export type SettingsForm = z.infer<typeof SettingsForm>;

/** Settings saved from the sidebar, or undefined when none were saved yet. */
export function savedSettings(): Settings | undefined {
  const parsed = Settings.safeParse(getJson(SETTINGS_KEY));
  return parsed.success ? parsed.data : undefined;
}

export const apiKey = (): string => getText(API_KEY) ?? "";

/** Saved settings as «Настройки» rows to put after the sheet's own (later rows win); none before the first save. */
export function savedSettingsRows(): Cell[][] {
  const saved = savedSettings();
  return saved ? settingsRows(saved).filter(([, value]) => value !== "") : [];
}

const blankToUndefined = (value: string) => (value === "" ? undefined : value);

export function saveSettings(input: unknown): Settings {
  const form = SettingsForm.safeParse(input);
  if (!form.success) {
    const issues = form.error.issues.map((issue) => issue.message).join("; ");
    throw new AddonError("INVALID_SETTINGS", `${issues}.`);
  }
  const f = form.data;
  if (f.periodFrom && f.periodTo && f.periodTo < f.periodFrom)
    throw new AddonError("INVALID_SETTINGS", "окончание периода раньше начала.");
  const saved = savedSettings();
  const settings = Settings.parse({
    ...DEFAULT_SETTINGS,
    targets: saved?.targets ?? {},
    municipalityCode: blankToUndefined(f.municipalityCode),
    municipalityName: blankToUndefined(f.municipalityName),
    reportDate: blankToUndefined(f.reportDate),
    periodFrom: blankToUndefined(f.periodFrom),
    periodTo: blankToUndefined(f.periodTo),
    weeklyHours: f.weeklyHours,
    thresholds: f.thresholds,
    endpoint: blankToUndefined(f.endpoint),
    registerSheet: blankToUndefined(f.registerSheet),
    teacherLetters: f.teacherLetters ?? saved?.teacherLetters,
    methodistEmail:
      f.methodistEmail === undefined
        ? saved?.methodistEmail
        : blankToUndefined(f.methodistEmail.toLowerCase()),
    approvalBlock: f.approvalBlock ?? saved?.approvalBlock,
  });
  putJson(SETTINGS_KEY, settings);
  if (f.apiKey === "") removeText(API_KEY);
  else if (f.apiKey !== undefined) putText(API_KEY, f.apiKey);
  return settings;
}

/**
 * Settings as «Настройки» key/value rows, in the parameter names the shared parser reads, so the add-on, the
 * sheet and the CLI on an exported .xlsx agree.
 */
export function settingsRows(settings: Settings): Cell[][] {
  const rows: [string, Cell][] = [
    ["Код муниципалитета", settings.municipalityCode ?? ""],
    ["Муниципалитет", settings.municipalityName ?? ""],
    ["Дата отчёта", settings.reportDate ?? ""],
    ["Период ИОМ с", settings.periodFrom ?? ""],
    ["Период ИОМ по", settings.periodTo ?? ""],
    ["Часов в неделю", settings.weeklyHours],
    ["Порог высокого уровня", settings.thresholds.high],
    ["Порог повышенного уровня", settings.thresholds.elevated],
    ["Порог базового уровня", settings.thresholds.base],
    ["Адрес региона", settings.endpoint ?? ""],
    ["Лист реестра", settings.registerSheet ?? ""],
    ["Письма педагогам", settings.teacherLetters ?? ""],
    ["Почта методиста", settings.methodistEmail ?? ""],
    [
      "Гриф «Утверждаю» в ИОМ",
      settings.approvalBlock === undefined ? "" : settings.approvalBlock ? "да" : "нет",
    ],
  ];
  for (const [id, target] of Object.entries(settings.targets)) rows.push([`Цель ${id}`, target]);
  return rows;
}

/** What the sidebar's «Регион» tab sends: the getConsolidated address and the regional key. */
export const RegionForm = z.object({
  url: httpsUrl,
  /** undefined keeps the stored key, "" removes it. */
  key: z.optional(trimmed(500)),
});
export type RegionForm = z.infer<typeof RegionForm>;

/** The regional settings as the sidebar sees them: the key only as «saved or not». */
export interface RegionSettings {
  readonly url: string;
  readonly hasKey: boolean;
}

export const regionKey = (): string => getText(REGION_KEY) ?? "";
export const regionSettings = (): RegionSettings => ({
  url: getText(REGION_URL) ?? "",
  hasKey: regionKey() !== "",
});

export function saveRegionSettings(input: unknown): RegionSettings {
  const form = RegionForm.safeParse(input);
  if (!form.success) {
    const issues = form.error.issues.map((issue) => issue.message).join("; ");
    throw new AddonError("INVALID_SETTINGS", `${issues}.`);
  }
  if (form.data.url === "") removeText(REGION_URL);
  else putText(REGION_URL, form.data.url);
  if (form.data.key === "") removeText(REGION_KEY);
  else if (form.data.key !== undefined) putText(REGION_KEY, form.data.key);
  return regionSettings();
}
