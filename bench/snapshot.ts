// Benchmark: 60 municipalities report over HTTP, then the month is frozen (goal: snapshot reads ≤ 61 documents;
// one report = a constant number of writes). Runs the real functions against the in-process Firestore emulator.
import { reportFixture } from "../test/shared/report/fixtures.ts";
import { postJson, register } from "../test/functions/fixtures.ts";
import { serve } from "../node/firebase/serveHandler.ts";
import { captureStructuredLogs } from "../node/firebase/structuredLogs.ts";
import { benchFunctionsContext } from "./functionsContext.ts";

const MUNICIPALITIES = 60;
const MONTH = "2026-11";

interface Row {
  bench: string;
  count: number;
  ms: number;
  perSecond: number;
  docsRead: number;
  docsWritten: number;
}

export async function benchSnapshot(municipalities = MUNICIPALITIES): Promise<Row[]> {
  const ctx = await benchFunctionsContext();
  const functions = await import("../functions/src/index.ts");
  const submit = await serve(functions.submitReport);
  const { counters } = ctx.emulator;
  const rows: Row[] = [];
  const measure = async (bench: string, count: number, run: () => unknown) => {
    const [reads, writes, start] = [counters.reads, counters.writes, performance.now()];
    await run();
    const ms = performance.now() - start;
    const row = {
      bench,
      count,
      ms: Math.round(ms),
      perSecond: Math.round(count / (ms / 1000)),
      docsRead: counters.reads - reads,
      docsWritten: counters.writes - writes,
    };
    rows.push(row);
    return row;
  };
  try {
    const codes = Array.from({ length: municipalities }, (_, i) => `mo${String(i + 1).padStart(2, "0")}`);
    const keys = await register(codes.map((code) => [code, `Муниципалитет ${code}`] as const));
    const reports = codes.map((code, i) => reportFixture(code, MONTH, { K1: [i, 2 * i + 1] }, (i % 7) + 1));

    const perReport: number[] = [];
    await measure("submitReport: new report", municipalities, async () => {
      for (const [i, report] of reports.entries()) {
        const before = counters.writes;
        const answer = await postJson(submit.url, report, keys[codes[i]!]);
        if (answer.status !== 201) throw new Error(`submitReport answered ${answer.status}`);
        perReport.push(counters.writes - before);
      }
    });
    await measure("submitReport: same report again", municipalities, async () => {
      for (const [i, report] of reports.entries()) await postJson(submit.url, report, keys[codes[i]!]);
    });
    ctx.clock.now = new Date("2026-12-01T03:00:00Z");
    const event = { scheduleTime: "2026-12-01T03:00:00Z" } as never;
    const first = await measure("monthlySnapshot: freeze the month", 1, () =>
      functions.monthlySnapshot.run(event),
    );
    await measure("monthlySnapshot: re-run, nothing new", 1, () => functions.monthlySnapshot.run(event));
    await measure("submitReport: corrected report", 1, () =>
      postJson(submit.url, reportFixture(codes[0]!, MONTH, { K1: [1, 1] }), keys[codes[0]!]),
    );
    await measure("monthlySnapshot: revision 2", 1, () => functions.monthlySnapshot.run(event));

    const writes = new Set(perReport);
    if (first.docsRead > municipalities + 1)
      throw new Error(`snapshot read ${first.docsRead} documents, more than ${municipalities + 1}`);
    if (writes.size !== 1) throw new Error(`writes per report vary: ${[...writes].join(", ")}`);
    return rows;
  } finally {
    await submit.close();
  }
}

/** The functions' structured logs (one JSON line per request) would bury the table. */
if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await captureStructuredLogs(() => benchSnapshot()));
  process.exit(0);
}
