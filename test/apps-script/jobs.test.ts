// Long runs: steps with a checkpoint in document properties, a stop before the time limit, resumption, and leases.
import { describe, expect, test } from "vitest";
import { builtAddon, loadAddon, type AddonEnv } from "./addon.ts";
import { largeBook } from "./books.ts";

interface Progress {
  action: string;
  status: string;
  step: number;
  steps: number;
  label: string;
  runs: number;
  summary: string;
}

/** Sheets that answer slowly: 1 ms per cell read or written, so a check of 3 000 rows outlasts one execution. */
async function slowBook(): Promise<AddonEnv> {
  const env = loadAddon(await builtAddon(), largeBook(3000));
  env.log.latency = { perCall: 5, perCell: 1 };
  return env;
}

const sheetsState = (env: AddonEnv) =>
  env.ss.sheets
    .filter((s) => s.name !== "Журнал")
    .map((s) => [s.name, s.dump(), JSON.stringify(s.grid.backgrounds), JSON.stringify(s.grid.notes)]);

describe("long runs", () => {
  test("a check that outlasts the time budget stops between steps, says how far it got and finishes when resumed", async () => {
    const env = await slowBook();
    const first = env.call<Progress>("runAction", "check");
    expect(first.status).toBe("waiting");
    expect(first.step).toBeGreaterThan(0);
    expect(first.step).toBeLessThan(first.steps);
    expect(first.label).toMatch(/^Отметки на листе «.+», строки 2–\d+$/u);
    const journal = env.ss.sheet("Журнал").dump().at(-1)!;
    expect(journal.slice(2, 4)).toEqual(["Проверить реестр", "продолжится"]);
    expect(journal[4]).toBe(
      `Выполнено шагов: ${first.step} из ${first.steps}. Продолжение — с шага «${first.label}».`,
    );
    expect(env.triggers.map((t) => [t.kind, t.getHandlerFunction()])).toEqual([["CLOCK", "onClock"]]);
    expect(env.call<{ jobs: Progress[] }>("getStatus").jobs).toEqual([first]);

    let progress = first;
    while (progress.status === "waiting") {
      const next = env.call<Progress>("runAction", "check");
      expect(next.runs).toBe(progress.runs + 1);
      progress = next;
    }
    expect(progress).toMatchObject({ status: "done", step: first.steps, steps: first.steps });
    expect(env.triggers).toHaveLength(0);

    const straight = loadAddon(await builtAddon(), largeBook(3000));
    expect(straight.call<Progress>("runAction", "check")).toMatchObject({ status: "done", runs: 1 });
    expect(sheetsState(env)).toEqual(sheetsState(straight));
    expect(progress.summary).toBe(straight.call<Progress[]>("getProgress")[0]!.summary);
  });

  test("the hourly clock resumes a stopped run and removes itself once nothing waits", async () => {
    const env = await slowBook();
    expect(env.call<Progress>("runAction", "check").status).toBe("waiting");
    for (let hour = 0; hour < 10 && env.triggers.length > 0; hour++) env.tick();
    expect(env.call<Progress[]>("getProgress")[0]).toMatchObject({ status: "done" });
    expect(env.triggers).toHaveLength(0);
    expect(env.ss.ui.toasts).toHaveLength(0);
  });

  test("a run is refused while another one is alive; one whose execution died is resumed from its step", async () => {
    const env = loadAddon(await builtAddon(), largeBook(50));
    const alive = {
      action: "routes",
      status: "running",
      options: {},
      step: 1,
      steps: 2,
      label: "Лист «ИОМ»",
      runs: 1,
      startedAt: env.log.now,
      updatedAt: env.log.now,
      summary: "",
    };
    env.props.setProperties({ "marshrut.job.routes": "1", "marshrut.job.routes#0": JSON.stringify(alive) });
    expect(() => env.call("runAction", "check")).toThrow(/^Маршрут уже выполняет другое действие/u);

    env.log.now += 8 * 60_000;
    expect(env.call<Progress>("runAction", "check").status).toBe("done");
    const resumed = env.call<Progress>("runAction", "routes");
    expect(resumed).toMatchObject({ status: "done", runs: 2, step: 2 });
  });

  test("a document lock held elsewhere gives a Russian «try again» sentence", async () => {
    const env = loadAddon(await builtAddon(), largeBook(10));
    env.lock.heldElsewhere = true;
    expect(() => env.call("runAction", "kpis")).toThrow(
      "Таблица занята другим пользователем или действием. Повторите через минуту.",
    );
  });

  test("an unknown action is refused", async () => {
    const env = loadAddon(await builtAddon(), largeBook(10));
    expect(() => env.call("runAction", "deleteEverything")).toThrow(/^Неизвестное действие/u);
  });
});
