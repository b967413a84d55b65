// «Настройки»: key/value rows (Параметр | Значение) — municipality, report date, route period, budget, thresholds, targets.
import * as z from "zod/mini";
import { isBlank, type Cell, type Grid } from "./cells.ts";
import { dayOf, ISO_DATE } from "./dates.ts";
import { normalizeKey } from "./text/normalize.ts";
import { ru } from "./text/ru.ts";
import { email, oneOf, yesNo } from "./schema/fields.ts";
import { parseCell } from "./validation/parseCell.ts";
import { parseDateTime, parseNumber } from "./values.ts";
import type { FindingCode } from "./validation/finding.ts";
import type { FindingSink } from "./validation/parseSheet.ts";

/** «Письма педагогам»: which form entries get a letter — only those with errors (default), every one, none. */
export const TEACHER_LETTERS = ["ошибки", "все", "нет"] as const;
export type TeacherLetters = (typeof TEACHER_LETTERS)[number];

export const Thresholds = z.object({
  high: z.number().check(z.gte(0), z.lte(100)),
  elevated: z.number().check(z.gte(0), z.lte(100)),
  base: z.number().check(z.gte(0), z.lte(100)),
});
export type Thresholds = z.infer<typeof Thresholds>;

export const Settings = z.object({
  municipalityName: z.optional(z.string()),
  municipalityCode: z.optional(z.string()),
  reportDate: z.optional(z.string().check(z.regex(ISO_DATE))),
  periodFrom: z.optional(z.string().check(z.regex(ISO_DATE))),
  periodTo: z.optional(z.string().check(z.regex(ISO_DATE))),
  weeklyHours: z.number().check(z.gt(0), z.lte(60)),
  thresholds: Thresholds,
  /** KPI id (K1, K2.1, …) → target: a fraction for shares, a count for K6. */
  targets: z.record(z.string(), z.number().check(z.gte(0))),
  endpoint: z.optional(z.string()),
  registerSheet: z.optional(z.string()),
  /** Absent = «ошибки» (see teacherLettersOf). */
  teacherLetters: z.optional(z.enum(TEACHER_LETTERS)),
  /** The methodist teachers write back to (reply-to of their letters); the add-on's default is its user. */
  methodistEmail: z.optional(z.string()),
  /** «Гриф «Утверждаю» в ИОМ»: the УТВЕРЖДАЮ / СОГЛАСОВАНО block atop the printed ИОМ; absent = on (approvalBlockOf). */
  approvalBlock: z.optional(z.boolean()),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  weeklyHours: 10,
  thresholds: { high: 85, elevated: 70, base: 50 },
  targets: {},
};

export const teacherLettersOf = (settings: Pick<Settings, "teacherLetters">): TeacherLetters =>
  settings.teacherLetters ?? "ошибки";

/** Whether the printed ИОМ carries the УТВЕРЖДАЮ / СОГЛАСОВАНО block: on unless «Настройки» say «нет». */
export const approvalBlockOf = (settings: Pick<Settings, "approvalBlock">): boolean =>
  settings.approvalBlock ?? true;

type Kind = "text" | "date" | "number" | "email" | "letters" | "yesNo";
/** Values checked as the sheets' cells are, with the same Russian messages. */
const CHECKED = {
  email: email(["Почта методиста"]),
  letters: oneOf(["Письма педагогам"], TEACHER_LETTERS),
  yesNo: yesNo(["Гриф «Утверждаю» в ИОМ"]),
} as const;
/** Parameter names as a methodist writes them in column A; matched like headers (equal or starts with). */
const KEYS: readonly { key: string; kind: Kind; names: readonly string[] }[] = [
  { key: "municipalityCode", kind: "text", names: ["Код муниципалитета", "Код МО", "Код"] },
  {
    key: "municipalityName",
    kind: "text",
    names: ["Муниципалитет", "Наименование муниципалитета", "Муниципальное образование"],
  },
  { key: "reportDate", kind: "date", names: ["Дата отчёта", "Отчётная дата", "Дата отчета"] },
  { key: "periodFrom", kind: "date", names: ["Период ИОМ с", "Период с", "Начало периода"] },
  { key: "periodTo", kind: "date", names: ["Период ИОМ по", "Период по", "Окончание периода"] },
  {
    key: "weeklyHours",
    kind: "number",
    names: ["Часов в неделю", "Нагрузка, часов в неделю", "Недельная нагрузка"],
  },
  { key: "high", kind: "number", names: ["Порог высокого уровня", "Порог: высокий"] },
  { key: "elevated", kind: "number", names: ["Порог повышенного уровня", "Порог: повышенный"] },
  { key: "base", kind: "number", names: ["Порог базового уровня", "Порог: базовый"] },
  { key: "endpoint", kind: "text", names: ["Адрес региона", "Адрес сервера региона", "Региональный адрес"] },
  { key: "registerSheet", kind: "text", names: ["Лист реестра"] },
  { key: "teacherLetters", kind: "letters", names: ["Письма педагогам"] },
  {
    key: "methodistEmail",
    kind: "email",
    names: ["Почта методиста", "Электронная почта методиста", "Эл. почта методиста", "Email методиста"],
  },
  {
    key: "approvalBlock",
    kind: "yesNo",
    names: ["Гриф «Утверждаю» в ИОМ", "Гриф «Утверждаю»", "Гриф утверждаю", "Гриф утверждения"],
  },
].map((entry) => ({ ...entry, kind: entry.kind as Kind, names: entry.names.map(normalizeKey) }));

const TARGET = /^(?:цель|целевое значение|целевой показатель)\s*[kк]\s*(\d+(?:\.\d+)?)/u;

function findKey(key: string) {
  let best: { entry: (typeof KEYS)[number]; length: number; exact: boolean } | undefined;
  for (const entry of KEYS)
    for (const name of entry.names) {
      const exact = key === name;
      if (!exact && !key.startsWith(name)) continue;
      if (!best || (exact && !best.exact) || (exact === best.exact && name.length > best.length))
        best = { entry, length: name.length, exact };
    }
  return best?.entry;
}

/** A target as written: «60», «60%» or «0,6» mean 60%; K6 is a count. */
function targetValue(id: string, cell: Cell): number | undefined {
  const value = parseNumber(cell);
  if (value === undefined || value < 0) return undefined;
  if (id === "K6") return value;
  const percent = (typeof cell === "string" && cell.trim().endsWith("%")) || value > 1;
  return percent ? value / 100 : value;
}

const cellString = (cell: Cell) => (typeof cell === "string" ? cell.trim() : String(cell ?? ""));

/** «Настройки» as the core reads it; date cells are read in `timeZone` (the spreadsheet's) when given. */
export function parseSettings(
  found: { name: string; values: Grid } | undefined,
  sink: FindingSink,
  timeZone?: string,
): Settings {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    thresholds: { ...DEFAULT_SETTINGS.thresholds },
    targets: { ...DEFAULT_SETTINGS.targets },
  };
  if (!found) return settings;
  const record = settings as unknown as Record<string, unknown>;
  found.values.forEach((cells, index) => {
    const [keyCell, valueCell] = cells;
    if (typeof keyCell !== "string" || isBlank(valueCell)) return;
    const key = normalizeKey(keyCell);
    const warn = (field: string, code: FindingCode, message: string) =>
      sink.add(found.name, index + 1, keyCell.trim(), field, code, message, "warning");
    const complain = () => warn("value", "number", ru.settingValue(keyCell.trim(), valueCell));
    const target = TARGET.exec(key);
    if (target) {
      const id = `K${target[1]}`;
      const value = targetValue(id, valueCell);
      if (value === undefined) complain();
      else settings.targets[id] = value;
      return;
    }
    const entry = findKey(key);
    if (!entry) return;
    if (entry.kind === "text") record[entry.key] = cellString(valueCell);
    else if (entry.kind === "email" || entry.kind === "letters" || entry.kind === "yesNo") {
      const result = parseCell(CHECKED[entry.kind], valueCell, { reportDate: "" });
      if (result.ok) record[entry.key] = result.value;
      else warn(entry.key, result.code, `Параметр «${keyCell.trim()}»: ${result.message}`);
    } else if (entry.kind === "date") {
      const parsed = parseDateTime(valueCell, timeZone);
      if (parsed) record[entry.key] = dayOf(parsed);
      else warn(entry.key, "date", ru.settingValue(keyCell.trim(), valueCell));
    } else {
      const value = parseNumber(valueCell);
      if (value === undefined || value <= 0 || value > 100) complain();
      else if (entry.key === "weeklyHours") settings.weeklyHours = Math.min(value, 60);
      else settings.thresholds[entry.key as keyof Thresholds] = value;
    }
  });
  return settings;
}
