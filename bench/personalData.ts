// Benchmark: the worst 64 KB report bodies through submitReport over HTTP (goal: each answered in < 50 ms).
// The personal-data scan used to backtrack quadratically on long values (60 000 letters: ≈ 8 s of CPU).
import { checkMunicipalReport } from "../shared/report/checkReport.ts";
import { reportFixture } from "../test/shared/report/fixtures.ts";
import { register } from "../test/functions/fixtures.ts";
import { serve } from "../node/firebase/serveHandler.ts";
import { captureStructuredLogs } from "../node/firebase/structuredLogs.ts";
import { benchFunctionsContext } from "./functionsContext.ts";

const LIMIT = 64 * 1024;
const ROUNDS = 7;

const median = (values: number[]) =>
  Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]! * 10) / 10;

/** `unit` repeated so that `wrap(unit × n)` is as long as possible within the limit. */
function fill(wrap: (inner: string) => string, unit: string): string {
  const room = LIMIT - Buffer.byteLength(wrap(""));
  return wrap(unit.repeat(Math.floor(room / Buffer.byteLength(unit))));
}

const base = JSON.stringify(reportFixture("odin"));
const asName = (inner: string) => base.replace('"name":"Муниципалитет odin"', `"name":"${inner}"`);

/** Bodies that cost the most per byte: long values for the e-mail pattern, many issues for the schema. */
const WORST_BODIES: Record<string, string> = {
  "имя из латинских букв": fill(asName, "a"),
  "имя из кириллицы": fill(asName, "я"),
  "«a@» подряд": fill(asName, "a@"),
  "«a@» и домен из «a.»": fill((inner) => asName(`a@${inner}`), "a."),
  "16 000 пустых показателей": fill(
    (inner) => base.replace(/"kpis":\[.*?\],"monthly"/u, `"kpis":[${inner}{}],"monthly"`),
    "{},",
  ),
  "5 000 полей «fioN»": `{${Array.from({ length: 5000 }, (_, i) => `"fio${i}":1`).join(",")}}`,
};

export interface PersonalDataRow {
  readonly body: string;
  readonly bytes: number;
  readonly status: number;
  /** Request to answer over HTTP (the framework's parsing, the key's lookup, the checks): median of the rounds. */
  readonly ms: number;
  /** Of which JSON.parse and checkMunicipalReport, in this process: median of the rounds. */
  readonly checkMs: number;
  readonly answerBytes: number;
}

export async function benchPersonalData(): Promise<PersonalDataRow[]> {
  await benchFunctionsContext();
  const { submitReport } = await import("../functions/src/index.ts");
  const submit = await serve(submitReport);
  try {
    const { odin: key } = await register([["odin", "Одинцово"]]);
    const post = (body: string) =>
      fetch(submit.url, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
        body,
      });
    await (await post(base)).text(); // warm-up: the first request compiles the handler's code
    const rows: PersonalDataRow[] = [];
    for (const [name, body] of Object.entries(WORST_BODIES)) {
      if (Buffer.byteLength(body) > LIMIT) throw new Error(`${name}: the body is over 64 KB`);
      const times: number[] = [];
      const checks: number[] = [];
      let answer = { status: 0, bytes: 0 };
      for (let round = 0; round < ROUNDS; round++) {
        const start = performance.now();
        const response = await post(body);
        const text = await response.text();
        times.push(performance.now() - start);
        answer = { status: response.status, bytes: Buffer.byteLength(text) };
        const checkStart = performance.now();
        checkMunicipalReport(JSON.parse(body), { now: new Date("2026-11-30T09:00:00Z") });
        checks.push(performance.now() - checkStart);
      }
      rows.push({
        body: name,
        bytes: Buffer.byteLength(body),
        status: answer.status,
        ms: median(times),
        checkMs: median(checks),
        answerBytes: answer.bytes,
      });
    }
    return rows;
  } finally {
    await submit.close();
  }
}

/** The rows of `npm run bench`'s table (замер, размер, мс, примечание), with the functions' logs kept off the terminal. */
export async function personalDataTable(): Promise<Record<string, unknown>[]> {
  const rows = await captureStructuredLogs(() => benchPersonalData());
  return rows.map((r) => ({
    замер: `functions: худшее тело 64 КБ, ${r.body}`,
    размер: `${r.bytes} байт`,
    мс: r.ms,
    примечание: `ответ ${r.status} (${r.answerBytes} байт), из них проверка ${r.checkMs} мс`,
  }));
}
