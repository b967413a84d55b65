// Benchmark: `marshrut kpi --json` reading the workbook on a thread of its own (each sheet checked in the main thread
// as the next is read) against reading it in one thread (MARSHRUT_THREADS=1), by the size of the register. It shows
// where a thread starts to pay, which is what node/cli/sheetFeed.ts's MIN_THREAD_BYTES is set from.
// Usage: npx tsx bench/threads.ts [staff…] (default 100 250 500 1000 2000 5000); RUNS pairs each, run in turn.
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCli } from "../node/cli/build.ts";
import { MIN_THREAD_BYTES } from "../node/cli/sheetFeed.ts";
import { writeExported } from "./countifs/workbook.ts";
import { runNode, summary } from "./processRuns.ts";
import { realisticRegister } from "./register.ts";

const RUNS = 9;
const LAUNCHER = fileURLToPath(new URL("../node/cli/marshrut.js", import.meta.url));

export async function benchThreads(sizes = [100, 250, 500, 1_000, 2_000, 5_000]) {
  await buildCli();
  const dir = await mkdtemp(join(tmpdir(), "marshrut-threads-"));
  const rows = [];
  try {
    for (const staff of sizes) {
      const file = join(dir, `register-${staff}.xlsx`);
      await writeExported(file, realisticRegister(staff));
      const bytes = (await stat(file)).size;
      const args = [LAUNCHER, "kpi", file, "--json"];
      // The thread is used only above MIN_THREAD_BYTES: below it the figure says what it would cost there.
      const threaded = { ...process.env, MARSHRUT_THREAD_BYTES: "0" };
      const alone = { ...process.env, MARSHRUT_THREADS: "1" };
      const withThread: number[] = [];
      const oneThread: number[] = [];
      const ratios: number[] = [];
      let peaks = [0, 0];
      for (let run = 0; run < RUNS; run++) {
        const a = await runNode(args, threaded);
        const b = await runNode(args, alone);
        if (a.stdout !== b.stdout) throw new Error(`${staff}: the thread changed the JSON`);
        withThread.push(a.ms);
        oneThread.push(b.ms);
        ratios.push(a.ms / b.ms);
        peaks = [Math.max(peaks[0]!, a.peakMb), Math.max(peaks[1]!, b.peakMb)];
      }
      rows.push({
        сотрудников: staff,
        "файл, КБ": Math.round(bytes / 1024),
        "с потоком, мс": summary(withThread).median,
        "в одном потоке, мс": summary(oneThread).median,
        "отношение (медиана пар)": `${(summary(ratios.map((r) => r * 1000)).median / 1000).toFixed(2)}×`,
        "пик памяти, МБ": `${Math.round(peaks[0]!)} / ${Math.round(peaks[1]!)}`,
        "поток по умолчанию": bytes >= MIN_THREAD_BYTES ? "да" : "нет",
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number);
  const rows = await benchThreads(sizes.length > 0 ? sizes : undefined);
  console.log(
    `\nmarshrut kpi --json: чтение в отдельном потоке и в одном потоке (медианы ${RUNS} пар, порог ${MIN_THREAD_BYTES / 1024} КБ)`,
  );
  console.table(rows);
}
