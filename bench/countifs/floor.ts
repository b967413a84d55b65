// The floor of `marshrut kpi` beside it: what reading the file costs at the least — every part of the .xlsx inflated
// and its XML scanned once — and `kpi --json` on the same workbook, at 2 000, 10 000 and 50 000 staff.
// Usage: npx tsx bench/countifs/floor.ts [N…] (default 2000 10000 50000; the workbooks are written first, ≈ 1 min
// at 50 000). Each figure is the median of RUNS whole processes, run in turn (floor, node -e 0, kpi, floor, …).
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateRawSync } from "node:zlib";
import yauzl from "yauzl";
import { buildCli } from "../../node/cli/build.ts";
import { readPhaseTimings } from "../../node/cli/phaseTimings.ts";
import { runNode, summary } from "../processRuns.ts";
import { writeCountifsWorkbook } from "./workbook.ts";

const RUNS = 5;
const SELF = fileURLToPath(import.meta.url);
const LAUNCHER = fileURLToPath(new URL("../../node/cli/marshrut.js", import.meta.url));
/** The goal of issue 22: `kpi --json` within 2.5× the floor plus Node's start. */
const GOAL = 2.5;

/**
 * The floor, timed inside its own process (Node's start is measured apart): every part inflated whole into one
 * buffer, read as one-byte text (the cheapest text to search) and scanned once for its start tags.
 */
async function floor(path: string): Promise<void> {
  const start = performance.now();
  const zip = await yauzl.openPromise(path, { autoClose: false });
  let bytes = 0;
  let tags = 0;
  for await (const entry of zip.eachEntry()) {
    const stored = await zip.openReadStreamPromise(entry, { decodeFileData: false });
    const pieces: Buffer[] = [];
    for await (const piece of stored) pieces.push(piece as Buffer);
    const compressed = Buffer.concat(pieces);
    const size = Math.max(64, entry.uncompressedSize);
    const part = entry.compressionMethod === 8 ? inflateRawSync(compressed, { chunkSize: size }) : compressed;
    const text = part.toString("latin1");
    for (let at = text.indexOf("<"); at >= 0; at = text.indexOf("<", at + 1)) tags++;
    bytes += part.length;
  }
  zip.close();
  process.stdout.write(JSON.stringify({ ms: performance.now() - start, bytes, tags }));
}

export async function benchFloor(sizes = [2_000, 10_000, 50_000]) {
  await buildCli();
  const dir = await mkdtemp(join(tmpdir(), "marshrut-floor-"));
  const rows = [];
  const phases: Record<string, number>[] = [];
  try {
    for (const staff of sizes) {
      const file = join(dir, `book-${staff}.xlsx`);
      const { rows: dataRows } = await writeCountifsWorkbook(file, staff);
      const floors: number[] = [];
      const starts: number[] = [];
      const kpis: number[] = [];
      let peakMb = 0;
      let xmlBytes = 0;
      for (let run = 0; run < RUNS; run++) {
        const measured = JSON.parse((await runNode(["--import", "tsx", SELF, "--floor", file])).stdout) as {
          ms: number;
          bytes: number;
        };
        floors.push(measured.ms);
        xmlBytes = measured.bytes;
        starts.push((await runNode(["-e", "0"])).ms);
        const kpi = await runNode([LAUNCHER, "kpi", file, "--json"]);
        kpis.push(kpi.ms);
        peakMb = Math.max(peakMb, kpi.peakMb);
      }
      // Where kpi's time goes: the same command with MARSHRUT_TIMINGS=1, each phase's median of RUNS runs.
      const phaseRuns: Record<string, number>[] = [];
      for (let run = 0; run < RUNS; run++) {
        const timed = await runNode([LAUNCHER, "kpi", file, "--json"], {
          ...process.env,
          MARSHRUT_TIMINGS: "1",
        });
        phaseRuns.push(readPhaseTimings(timed.stderr) ?? {});
      }
      phases.push({
        сотрудников: staff,
        ...Object.fromEntries(
          Object.keys(phaseRuns[0]!).map((phase) => [
            phase,
            summary(phaseRuns.map((run) => run[phase]!)).median,
          ]),
        ),
      });
      const [f, s, k] = [summary(floors), summary(starts), summary(kpis)];
      const limit = GOAL * f.median + s.median;
      rows.push({
        сотрудников: staff,
        строк: dataRows,
        "файл, МБ": Math.round((await stat(file)).size / 2 ** 20),
        "XML, МБ": Math.round(xmlBytes / 2 ** 20),
        "пол, мс": f.median,
        "старт Node, мс": s.median,
        "kpi --json, мс": k.median,
        "kpi, лучший": k.best,
        "предел 2,5×пол+старт": Math.round(limit),
        "kpi / (пол+старт)": `${(k.median / (f.median + s.median)).toFixed(2)}×`,
        "в пределе": k.median <= limit ? "да" : "НЕТ",
        "пик памяти kpi, МБ": Math.round(peakMb),
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { rows, phases };
}

if (process.argv[2] === "--floor") await floor(process.argv[3]!);
else if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number);
  const { rows, phases } = await benchFloor(sizes.length > 0 ? sizes : undefined);
  console.log(
    "\nmarshrut kpi и пол: распаковать каждую часть .xlsx и один раз просмотреть её XML (медиана 5 процессов)",
  );
  console.table(rows);
  console.log(
    "\nгде время kpi --json, мс (медианы; первый этап — запуск Node.js и загрузка модулей команды)",
  );
  console.table(phases);
  process.exit(rows.every((row) => row["в пределе"] === "да") ? 0 : 1);
}
