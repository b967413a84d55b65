// Benchmark: `marshrut consolidate` of a folder of 60 municipal workbooks (the realistic register of bench/register.ts,
// 300 to 2 150 staff each), on worker threads (one per core) and in one thread: time and peak memory.
// Usage: npx tsx bench/consolidate.ts [municipalities=60] [runs=3]  (the workbooks are written first, ≈ 2 min)
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCli } from "../node/cli/build.ts";
import { writeExported } from "./countifs/workbook.ts";
import { runNode, summary } from "./processRuns.ts";
import { realisticRegister } from "./register.ts";

const LAUNCHER = fileURLToPath(new URL("../node/cli/marshrut.js", import.meta.url));

/** Staff of the i-th municipality: sizes spread like a region's (a few large towns, many small districts). */
const staffOf = (i: number) => 300 + ((i * 37) % 38) * 50;

async function writeMunicipality(path: string, i: number): Promise<number> {
  await writeExported(
    path,
    realisticRegister(staffOf(i), { seed: i + 1, code: `mo${i + 1}`, name: `Округ № ${i + 1}` }),
  );
  return staffOf(i);
}

export async function benchConsolidate(municipalities = 60, runs = 3) {
  await buildCli();
  const dir = await mkdtemp(join(tmpdir(), "marshrut-consolidate-"));
  try {
    let staff = 0;
    for (let i = 0; i < municipalities; i++)
      staff += await writeMunicipality(join(dir, `${String(i + 1).padStart(2, "0")}.xlsx`), i);
    const args = [LAUNCHER, "consolidate", dir, "--month", "2026-11", "--json"];
    const modes = { "потоки по ядрам": undefined, "один поток": "1" } as const;
    const times: Record<string, number[]> = { "потоки по ядрам": [], "один поток": [] };
    const peaks: Record<string, number> = { "потоки по ядрам": 0, "один поток": 0 };
    let outputs = new Set<string>();
    // In turn, so that a busy moment of a shared machine slows both alike.
    for (let run = 0; run < runs; run++)
      for (const [mode, threads] of Object.entries(modes)) {
        if (threads === undefined) delete process.env.MARSHRUT_THREADS;
        else process.env.MARSHRUT_THREADS = threads;
        const measured = await runNode(args);
        times[mode]!.push(measured.ms);
        peaks[mode] = Math.max(peaks[mode]!, measured.peakMb);
        outputs = outputs.add(measured.stdout);
      }
    delete process.env.MARSHRUT_THREADS;
    return {
      rows: Object.keys(modes).map((mode) => ({
        чтение: mode,
        книг: municipalities,
        сотрудников: staff,
        "медиана, мс": summary(times[mode]!).median,
        "лучший, мс": summary(times[mode]!).best,
        "пик памяти, МБ": Math.round(peaks[mode]!),
      })),
      sameResult: outputs.size === 1,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const { rows, sameResult } = await benchConsolidate(
    Number(process.argv[2] ?? 60),
    Number(process.argv[3] ?? 3),
  );
  console.log(
    `\nmarshrut consolidate папки книг (ядер: ${availableParallelism()}; медиана запусков процесса)`,
  );
  console.table(rows);
  console.log(`  Результат в обоих режимах ${sameResult ? "один и тот же" : "РАЗНЫЙ"}.`);
  process.exit(sameResult ? 0 : 1);
}
