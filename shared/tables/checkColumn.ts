// The «Проверка» service column of the register: empty when a row is valid, else one line per finding.
import type { Finding } from "../validation/finding.ts";

export const CHECK_HEADER = "Проверка";
/** The width of the column (column units): its text wraps inside it. */
export const CHECK_WIDTH = 60;

export function checkText(findings: readonly Finding[]): string {
  return findings
    .map(
      (f) =>
        `${f.severity === "error" ? "Ошибка" : "Предупреждение"}${f.column ? ` («${f.column}»)` : ""}: ${f.message}`,
    )
    .join("\n");
}

/** Sheet row number → its «Проверка» text, for the rows of `sheet` that have findings. */
export function checkTexts(findings: readonly Finding[], sheet: string): Map<number, string> {
  const byRow = new Map<number, Finding[]>();
  for (const finding of findings) {
    if (finding.sheet !== sheet || finding.row < 2) continue;
    const list = byRow.get(finding.row);
    if (list) list.push(finding);
    else byRow.set(finding.row, [finding]);
  }
  return new Map([...byRow].map(([row, list]) => [row, checkText(list)]));
}
