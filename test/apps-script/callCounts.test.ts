// The number of Sheets calls of every action does not grow with the register: the same for 100 and 10 000 rows.
import { describe, expect, test } from "vitest";
import { builtAddon, loadAddon } from "./addon.ts";
import { largeBook } from "./books.ts";
import { SETTINGS_FORM } from "./settings.ts";

const ACTIONS = ["prepare", "check", "routes", "kpis", "sync"] as const;

async function callsPerAction(rows: number) {
  const env = loadAddon(await builtAddon(), largeBook(rows));
  env.call("saveSettings", SETTINGS_FORM);
  env.fetch = () => ({ code: 201, body: JSON.stringify({ message: "Принят.", revision: 1 }) });
  const counts: Record<string, Record<string, number>> = {};
  for (const action of ACTIONS) {
    env.log.reset();
    const progress = env.call<{ status: string }>("runAction", action, { month: "2026-10" });
    expect(progress.status, action).toBe("done");
    counts[action] = env.log.table("sheets");
  }
  return { counts, env };
}

describe("Sheets calls per action", () => {
  test("are the same for 100 and 10 000 rows (one getValues per sheet, one write per range)", async () => {
    const small = await callsPerAction(100);
    const large = await callsPerAction(10_000);
    for (const action of ACTIONS) {
      const { "Sheet.insertRowsAfter": grownSmall = 0, ...restSmall } = small.counts[action]!;
      const { "Sheet.insertRowsAfter": grownLarge = 0, ...restLarge } = large.counts[action]!;
      expect(restLarge, action).toEqual(restSmall);
      // Writing a table longer than the sheet first adds rows: one call per written sheet, whatever the size.
      expect(grownLarge - grownSmall, action).toBeLessThanOrEqual(action === "routes" ? 2 : 0);
    }
    const check = large.counts.check!;
    const sheets = large.env.ss.sheets.length;
    // Every sheet but the four the product only writes: «Журнал», «Показатели», «Показатели по ОО», «Сводка ИОМ».
    expect(check["Range.getValues"]).toBe(sheets - 4);
    expect(check["Range.setValues"]).toBe(1);
    expect(check["Range.setBackgrounds"]).toBeLessThanOrEqual(6);
    expect(large.env.ss.sheet("Реестр ИОМ").grid.lastRow()).toBe(10_001);
  }, 60_000);
});
