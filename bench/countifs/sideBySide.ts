// Side by side: LibreOffice loading and recalculating the COUNTIFS helper columns of N staff, and `marshrut kpi` on the
// same workbook (the realistic register of bench/register.ts); the figures must agree.
// Usage: npx tsx bench/countifs/sideBySide.ts [N…] (default 2000 5000)
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCli } from "../../node/cli/build.ts";
import { runNode, summary } from "../processRuns.ts";
import { ensureLibreOffice, timeInLibreOffice } from "./libreoffice.ts";
import { CHECKED_KPIS, TOTALS_SHEET, writeCountifsWorkbook } from "./workbook.ts";

const LAUNCHER = fileURLToPath(new URL("../../node/cli/marshrut.js", import.meta.url));
/** marshrut runs per size: the median counts (the best is shown too; LibreOffice's runs are long, one each). */
const RUNS = 5;

/** The goals of the issue: ≥ 10× from 5 000 staff, ≥ 4× at 2 000, faster at 1 000. */
export const goalFor = (staff: number) => (staff >= 5_000 ? 10 : staff >= 2_000 ? 4 : 1);

interface Figures {
  [kpi: string]: [number, number];
}

async function timeMarshrut(file: string) {
  const times: number[] = [];
  let stdout = "";
  let peakMb = 0;
  for (let run = 0; run < RUNS; run++) {
    const measured = await runNode([LAUNCHER, "kpi", file, "--json"]);
    times.push(measured.ms);
    peakMb = Math.max(peakMb, measured.peakMb);
    stdout = measured.stdout;
  }
  const { best, median } = summary(times);
  const report = JSON.parse(stdout) as { kpis: { id: string; numerator: number; denominator: number }[] };
  const figures = Object.fromEntries(
    report.kpis
      .filter((kpi) => (CHECKED_KPIS as readonly string[]).includes(kpi.id))
      .map((kpi) => [kpi.id, [kpi.numerator, kpi.denominator]]),
  ) as Figures;
  return { bestMs: best, medianMs: median, peakMb: Math.round(peakMb), figures };
}

const describe = (figures: Figures) =>
  CHECKED_KPIS.map((kpi) => `${kpi} ${figures[kpi]?.[0] ?? "?"}/${figures[kpi]?.[1] ?? "?"}`).join(", ");

export interface SideBySideRow {
  readonly staff: number;
  readonly rows: number;
  readonly calcMs: number;
  readonly calcLoadMs: number;
  readonly marshrutMs: number;
  readonly marshrutMedianMs: number;
  readonly marshrutPeakMb: number;
  readonly ratio: number;
  readonly goal: number;
  readonly agree: boolean;
  readonly figures: string;
}

export async function benchSideBySide(sizes = [2_000, 5_000]) {
  const version = ensureLibreOffice();
  await buildCli();
  const dir = await mkdtemp(join(tmpdir(), "marshrut-countifs-"));
  try {
    const books = [];
    for (const staff of sizes) {
      const file = join(dir, `countifs-${staff}.xlsx`);
      books.push({ staff, file, ...(await writeCountifsWorkbook(file, staff)) });
    }
    const marshrut: Awaited<ReturnType<typeof timeMarshrut>>[] = [];
    for (const book of books) marshrut.push(await timeMarshrut(book.file));
    const calc = await timeInLibreOffice(
      TOTALS_SHEET,
      books.map((book) => book.file),
    );
    const rows: SideBySideRow[] = books.map((book, i) => {
      const ours = marshrut[i]!;
      const theirs = calc[i]!;
      const agree = CHECKED_KPIS.every(
        (kpi) => ours.figures[kpi]?.join() === theirs.figures[kpi]?.map(Math.round).join(),
      );
      return {
        staff: book.staff,
        rows: book.rows,
        calcMs: theirs.ms,
        calcLoadMs: theirs.loadMs,
        marshrutMs: ours.bestMs,
        marshrutMedianMs: ours.medianMs,
        marshrutPeakMb: ours.peakMb,
        ratio: Math.round((theirs.ms / ours.medianMs) * 10) / 10,
        goal: goalFor(book.staff),
        agree,
        figures: agree
          ? describe(ours.figures)
          : `marshrut ${describe(ours.figures)}; Calc ${describe(theirs.figures)}`,
      };
    });
    return { version, rows };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function printSideBySide({ version, rows }: Awaited<ReturnType<typeof benchSideBySide>>): boolean {
  console.log(`\nmarshrut kpi против ${version}: загрузка и пересчёт COUNTIFS (K1, K2, K4, K6, K12)`);
  console.table(
    rows.map((row) => ({
      сотрудников: row.staff,
      строк: row.rows,
      "Calc, мс": row.calcMs,
      "из них загрузка, мс": row.calcLoadMs,
      "marshrut, медиана, мс": row.marshrutMedianMs,
      "marshrut, лучший": row.marshrutMs,
      "пик памяти marshrut, МБ": row.marshrutPeakMb,
      "во сколько быстрее": `${row.ratio}×`,
      цель: `≥ ${row.goal}×`,
      "цифры совпадают": row.agree ? "да" : "НЕТ",
    })),
  );
  for (const row of rows) console.log(`  ${row.staff}: ${row.figures}`);
  console.log(
    `  marshrut: медиана ${RUNS} запусков процесса (node node/cli/marshrut.js kpi книга.xlsx --json), «во сколько быстрее» — по ней; Calc: loadComponentFromURL + calculateAll, без запуска soffice.`,
  );
  return rows.every((row) => row.agree && row.ratio >= row.goal);
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number);
  const ok = printSideBySide(await benchSideBySide(sizes.length > 0 ? sizes : undefined));
  process.exit(ok ? 0 : 1);
}
