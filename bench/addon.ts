// Benchmark: the add-on's actions on a 20 000-row register in the vm with the fake Google services — Sheets calls
// per action, wall time, and the pure core time. Usage: npx tsx bench/addon.ts [rows=20000]
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import { readBook, type RawSheet } from "../shared/book.ts";
import { buildRoutes } from "../shared/iom/buildRoutes.ts";
import { computeKpis } from "../shared/kpi/compute.ts";
import { builtAddon, loadAddon } from "../test/apps-script/addon.ts";
import { SETTINGS_FORM } from "../test/apps-script/settings.ts";
import { syntheticOrgs, syntheticRegister, syntheticStaff } from "./synthetic.ts";

const ACTIONS = ["prepare", "check", "routes", "kpis", "sync"] as const;
/** A rough model of Apps Script's Sheets service, to see whether a run fits one 6-minute execution. */
const MODEL = { perCall: 100, perCell: 0.01 };

function book(rows: number): RawSheet[] {
  return [
    syntheticRegister(rows),
    ...syntheticStaff(rows),
    syntheticOrgs(),
    {
      name: "Настройки",
      values: [
        ["Параметр", "Значение"],
        ["Дата отчёта", "30.11.2026"],
      ],
    },
  ];
}

const time = <T>(fn: () => T): [T, number] => {
  const start = performance.now();
  const value = fn();
  return [value, Math.round(performance.now() - start)];
};

/** Apps Script compiles and runs every script file at the start of each execution: what the bundle's size costs. */
function loadMs(code: string): number {
  const times = Array.from({ length: 9 }, () => time(() => vm.runInContext(code, vm.createContext({})))[1]);
  return times.sort((a, b) => a - b)[4]!;
}

export interface CoreRow {
  readonly step: string;
  readonly ms: number;
  /** Register rows a second, for the steps that go through them. */
  readonly rowsPerSecond?: number;
}

export interface AddonBenchRow {
  readonly action: string;
  readonly rows: number;
  readonly sheetsCalls: number;
  readonly getValues: number;
  readonly writes: number;
  readonly ms: number;
  readonly modelSeconds: number;
  readonly runs: number;
}

export async function benchAddon(rows = 20_000): Promise<{ actions: AddonBenchRow[]; core: CoreRow[] }> {
  const raw = book(rows);
  const addon = await builtAddon();
  const env = loadAddon(
    addon,
    raw.map((sheet) => ({ name: sheet.name, rows: sheet.values })),
  );
  env.call("saveSettings", { ...SETTINGS_FORM, reportDate: "2026-11-30" });
  env.fetch = () => ({ code: 201, body: JSON.stringify({ message: "Принят.", revision: 1 }) });
  env.log.latency = MODEL;
  const actions: AddonBenchRow[] = [];
  for (const action of ACTIONS) {
    env.log.reset();
    const clock = env.log.now;
    let runs = 0;
    const [, ms] = time(() => {
      let status = "waiting";
      while (status === "waiting" && runs < 20) {
        runs++;
        status = env.call<{ status: string }>("runAction", action, { month: "2026-11" }).status;
      }
    });
    const sheets = env.log.table("sheets");
    const writes = Object.entries(sheets)
      .filter(([method]) =>
        /^Range\.set(Values|Backgrounds|Notes|FontColors|FontWeights|NumberFormats|Value)$/u.test(method),
      )
      .reduce((sum, [, count]) => sum + count, 0);
    actions.push({
      action,
      rows,
      sheetsCalls: env.log.total("sheets"),
      getValues: sheets["Range.getValues"] ?? 0,
      writes,
      ms,
      modelSeconds: Math.round((env.log.now - clock) / 100) / 10,
      runs,
    });
  }
  const [parsed, readMs] = time(() => readBook(raw));
  const perSecond = (ms: number) => Math.round((rows / Math.max(ms, 1)) * 1000);
  const step = (name: string, ms: number) => ({ step: name, ms, rowsPerSecond: perSecond(ms) });
  const core: CoreRow[] = [
    step("readBook (проверка)", readMs),
    step("buildRoutes", time(() => buildRoutes(parsed))[1]),
    step("computeKpis", time(() => computeKpis(parsed))[1]),
    {
      step: `загрузка Code.js (${Math.round(Buffer.byteLength(addon.code) / 1024)} КБ), медиана 9 раз`,
      ms: loadMs(addon.code),
    },
  ];
  return { actions, core };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = Number(process.argv[2] ?? 20_000);
  const { actions, core } = await benchAddon(rows);
  console.log(`Дополнение: реестр ${rows} строк, ${rows} педагогов, ${rows * 2} строк диагностики`);
  console.table(
    actions.map((a) => ({
      действие: a.action,
      "вызовов Sheets": a.sheetsCalls,
      getValues: a.getValues,
      записей: a.writes,
      "мс (vm + подделки)": a.ms,
      "модель Apps Script, с": a.modelSeconds,
      запусков: a.runs,
    })),
  );
  console.log(
    `Модель: ${MODEL.perCall} мс на вызов + ${MODEL.perCell * 1000} мкс на ячейку; бюджет запуска — 270 с.`,
  );
  console.table(core.map((c) => ({ ядро: c.step, мс: c.ms, "строк/с": c.rowsPerSecond ?? "" })));
  process.exit(0);
}
