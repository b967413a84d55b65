// Turns zod issues of an incoming report into Russian sentences that name the field and say what to fix.
import type * as z from "zod/mini";

export interface ReportIssue {
  /** Where in the report: «kpis[3].numerator», empty for the report as a whole. */
  readonly path: string;
  readonly message: string;
}

type PathKey = PropertyKey;

/** ["kpis", 3, "numerator"] → «kpis[3].numerator». */
export function formatPath(path: readonly PathKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === "number") return `${text}[${key}]`;
    const name = String(key);
    return text ? `${text}.${name}` : name;
  }, "");
}

const TYPE_NAMES: Record<string, string> = {
  number: "число",
  int: "целое число",
  string: "текст",
  array: "список",
  object: "объект с полями",
  boolean: "true или false",
  null: "null",
};

const hasCyrillic = (text: string) => /[а-яё]/iu.test(text);

function valueAt(input: unknown, path: readonly PathKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** «a», «b» … and the count of the rest when there are many (a body may carry thousands of keys). */
function listed(keys: readonly string[], shown = 10): string {
  const names = keys.slice(0, shown).map((key) => `«${key.length > 40 ? `${key.slice(0, 40)}…` : key}»`);
  return keys.length > shown ? `${names.join(", ")} и ещё ${keys.length - shown}` : names.join(", ");
}

function describe(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      if (valueAt(input, issue.path) === undefined) return "обязательное поле не заполнено";
      return `ожидается ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case "too_small":
      if (issue.origin === "array") return `в списке должно быть не меньше ${issue.minimum} элементов`;
      if (issue.origin === "string") return "значение не заполнено";
      return `значение меньше допустимого: должно быть не меньше ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "array") return `в списке должно быть не больше ${issue.maximum} элементов`;
      if (issue.origin === "string") return `текст длиннее ${issue.maximum} символов`;
      return `значение больше допустимого: должно быть не больше ${issue.maximum}`;
    case "invalid_value":
      return `недопустимое значение; допустимы: ${issue.values.map((v) => `«${String(v)}»`).join(", ")}`;
    case "unrecognized_keys":
      return `лишние поля ${listed(issue.keys)}: в отчёте таких полей нет, удалите их`;
    default:
      return hasCyrillic(issue.message) ? issue.message : "неверное значение";
  }
}

/** An issue at `path` (empty: the report as a whole) whose sentence is «Поле «…»: <text>.». */
export function fieldIssue(path: readonly PathKey[], text: string): ReportIssue {
  const where = formatPath(path);
  return { path: where, message: where ? `Поле «${where}»: ${text}.` : `Отчёт: ${text}.` };
}

/** One Russian sentence per issue; `input` is the value that was parsed (to tell a missing field from a wrong one). */
export function russianIssues(issues: readonly z.core.$ZodIssue[], input: unknown): ReportIssue[] {
  return issues.map((issue) => fieldIssue(issue.path, describe(issue, input)));
}
