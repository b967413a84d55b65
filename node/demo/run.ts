// `npm run demo`: the whole pipeline on local sample data — three municipalities, the regional server, the svod.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { russianDate } from "../../shared/dates.ts";
import { buildMunicipalReport } from "../../shared/report/municipalReport.ts";
import { monthName } from "../../shared/tables/kpiTable.ts";
import { NBSP, ruNumber } from "../../shared/text/ru.ts";
import { captureStructuredLogs } from "../firebase/structuredLogs.ts";
import { writeWorkbook } from "../../xlsx/writeWorkbook.ts";
import { lettersLine, writeDemoLetters, type DemoLetters } from "./letters.ts";
import { processMunicipality, type MunicipalityResult } from "./municipality.ts";
import { runRegion } from "./region.ts";
import { DEMO_MUNICIPALITIES, municipalityWorkbook } from "./sampleData.ts";
import { municipalityLines, regionLines } from "./summary.ts";

/** The demo's month: reproducible whatever the calendar says. */
const MONTH = "2026-11";
const REPORT_DATE = "2026-11-30";
/** 06:00 in Moscow on the 1st of the next month, when the schedule freezes the month. */
const SCHEDULE_TIME = "2026-12-01T03:00:00Z";
const METHODIST = "metodist@demo.example.ru";

export async function runDemo(out = "out"): Promise<void> {
  const started = performance.now();
  const print = (line = "") => process.stdout.write(`${line}\n`);
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, "input"), { recursive: true });
  print(
    `Маршрут — демонстрация на примерах: ${DEMO_MUNICIPALITIES.length} муниципалитета, отчётный месяц — ${monthName(MONTH)}.`,
  );
  print(
    `Сотрудники, диагностика и ответы формы сгенерированы (с типичными ошибками заполнения); Google-аккаунт не нужен.`,
  );
  print();

  const results: { code: string; name: string; result: MunicipalityResult }[] = [];
  const letters: DemoLetters[] = [];
  for (const municipality of DEMO_MUNICIPALITIES) {
    const input = join(out, "input", `${municipality.code}.xlsx`);
    await writeWorkbook(input, municipalityWorkbook(municipality, new Date(2026, 10, 30)));
    const output = join(out, `${municipality.code}.xlsx`);
    const at = new Date(2026, 10, 30, 17, 0);
    const result = await processMunicipality(input, output, REPORT_DATE, METHODIST, at);
    results.push({ code: municipality.code, name: municipality.name, result });
    letters.push(
      await writeDemoLetters({ out, code: municipality.code, input, result, methodist: METHODIST, at }),
    );
    for (const line of municipalityLines(municipality.name, municipality.code, result, relative(".", output)))
      print(line);
    print();
  }

  print(lettersLine(letters, relative(".", out)));
  print();

  const svodPath = join(out, `svod-${MONTH}.xlsx`);
  const logs: string[] = [];
  const region = await captureStructuredLogs(
    () =>
      runRegion(
        results.map(({ code, name, result }) =>
          buildMunicipalReport(code, name, MONTH, result.figures.kpis, result.figures.demand),
        ),
        {
          storageDir: join(out, "storage"),
          svodPath,
          scheduleTime: SCHEDULE_TIME,
          silent: [{ code: "podolsk", name: "Городской округ Подольск" }],
        },
      ),
    logs,
  );
  await writeFile(join(out, "functions.log"), `${logs.join("\n")}\n`);
  for (const submission of region.submissions)
    print(
      `Отчёт «${submission.report.name}» за ${monthName(MONTH)}: сервер ответил ${submission.status} — ${submission.message}`,
    );
  print(
    `Снимок месяца снят по расписанию ${russianDate("2026-12-01")} в 06:00 (Москва); в базе ${region.documents} документов, персональных данных нет.`,
  );
  print();
  for (const line of regionLines(region.report, region.revision, relative(".", svodPath))) print(line);
  print();
  print(
    `Готово за ${ruNumber((performance.now() - started) / 1000, 1)}${NBSP}с. Файлы — в папке «${out}»; журнал функций — ${relative(".", join(out, "functions.log"))}.`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runDemo().then(
    () => undefined,
    (error: unknown) => {
      process.stderr.write(
        `Демонстрация не удалась: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
