// `marshrut iom <book.xlsx> [--date D] [--json] [--out routes.xlsx]`: the routes of spec §4; JSON per spec §7.
import * as z from "zod";
import { readBook } from "../../shared/book.ts";
import { russianDate, type IsoDate } from "../../shared/dates.ts";
import { buildRoutes } from "../../shared/iom/buildRoutes.ts";
import { iomJson, type PlannedActivity, type RoutesResult } from "../../shared/iom/schema.ts";
import { generatedRouteDocuments } from "../../shared/letters/generatedRoutes.ts";
import { senderOf } from "../../shared/letters/letter.ts";
import { countText, hoursText } from "../../shared/text/ru.ts";
import { printRoutes } from "../print/printRoutes.ts";
import { writeRoutesWorkbook } from "../../xlsx/routesWorkbook.ts";
import { readWorkbook } from "../xlsx/readWorkbook.ts";
import { oneFile, printJson, type CommonArgs } from "./args.ts";

const span = (start: IsoDate | null, end: IsoDate | null) =>
  start && end ? `${russianDate(start)}–${russianDate(end)}` : "без дат";

function activityLine(a: PlannedActivity): string {
  const code = a.code ? `${a.code}  ` : "";
  const mentor = a.mentor ? `, наставник ${a.mentor}` : "";
  return `  ${span(a.start, a.end)}  ${code}${a.title}  ${hoursText(a.hours)} — ${a.controlPoint || "без контрольной точки"}${mentor}`;
}

const emails = (list: readonly string[]) => (list.length > 0 ? `: ${list.join(", ")}` : "");

/** The readable Russian form: each route with its activities and warnings, then the lists of spec §4.5. */
export function formatRoutes(result: RoutesResult, file: string): string {
  const lines = [
    `ИОМ по книге «${file}» на ${russianDate(result.reportDate)}; период новых маршрутов ${span(result.period.from, result.period.to)}`,
    ...result.warnings.map((w) => `! ${w}`),
  ];
  for (const route of result.routes) {
    lines.push(
      "",
      `${route.fio} (${route.email}), ${route.org} — ${span(route.period.from, route.period.to)}, ${hoursText(route.totalHours)}${route.regenerated ? " (обновлён)" : ""}`,
      `  Цели: ${route.goals.join("; ") || "—"}`,
      ...route.activities.map(activityLine),
      ...(route.mentor ? [`  Наставник: ${route.mentor}`] : []),
      ...route.warnings.map((w) => `  ! ${w}`),
    );
  }
  const activ = result.activCandidates.map((c) => `${c.email} (${c.group})`);
  lines.push(
    "",
    `Уже есть ИОМ на период — ${result.alreadyHaveRoute.length}${emails(result.alreadyHaveRoute.map((a) => a.email))}`,
    `Нет результатов диагностики — ${result.withoutDiagnostics.length}${emails(result.withoutDiagnostics)}`,
    `Кандидаты в методический актив — ${activ.length}${emails(activ)}`,
    `Итого: ${countText(result.routes.length, "маршрут", "маршрута", "маршрутов")}, ${countText(result.mentorPairs.length, "наставническая пара", "наставнические пары", "наставнических пар")}.`,
  );
  return lines.join("\n");
}

export async function iomCommand(args: CommonArgs): Promise<number> {
  const file = oneFile(args, "iom");
  const sheets = await readWorkbook(file);
  const book = readBook(sheets, { reportDate: args.date });
  const result = buildRoutes(book, { regenerate: args.regenerate });
  const json = iomJson(result);
  if (!json.success) throw new Error(`маршруты не соответствуют схеме: ${z.prettifyError(json.error)}`);
  if (args.out) await writeRoutesWorkbook(args.out, result);
  const printed = args.print
    ? await printRoutes(
        args.print,
        generatedRouteDocuments(sheets, result, { reportDate: book.reportDate }),
        senderOf(book.settings),
      )
    : undefined;
  if (args.json) printJson(json.data);
  else process.stdout.write(`${formatRoutes(result, file)}\n`);
  if (printed && !args.json)
    process.stdout.write(
      `Печатные ИОМ: ${countText(printed.length, "файл", "файла", "файлов")} в папке «${args.print}».\n`,
    );
  return 0;
}
