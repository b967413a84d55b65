// Long runs: steps with a checkpoint in document properties, a stop before the time limit, resumption by runs bound
// to the spreadsheet (the sidebar, its open trigger), and a run Google stops at 6 minutes.
import { describe, expect, test } from "vitest";
import { failureText } from "../../apps-script/sidebar/client.ts";
import { builtAddon, loadAddon, type AddonEnv } from "./addon.ts";
import { largeBook } from "./books.ts";
import { TIMEOUT_MESSAGE } from "./fakes/platform.ts";

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
    expect(env.triggers.map((t) => [t.kind, t.handler])).toEqual([["ON_OPEN", "onOpenResume"]]);
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

  test("opening the spreadsheet resumes a paused run (its open trigger), which goes once nothing waits", async () => {
    const env = await slowBook();
    expect(env.call<Progress>("runAction", "check").status).toBe("waiting");
    const colleague = env.as(env.ss, "zavuch@odin.ru");
    for (let opened = 0; opened < 10 && env.triggers.length > 0; opened++) colleague.open();
    expect(env.call<Progress[]>("getProgress")[0]).toMatchObject({ status: "done" });
    expect(env.triggers).toHaveLength(0);
    expect(env.ss.ui.toasts).toHaveLength(0);
    const journal = env.ss.sheet("Журнал").dump().slice(1);
    expect(journal.at(-1)!.slice(1, 4)).toEqual([
      `${env.user} (автоматически)`,
      "Проверить реестр",
      "выполнено",
    ]);
  });

  test("a run Google stops at 6 minutes is told in Russian and is resumed at once from its step, not «busy»", async () => {
    const env = loadAddon(await builtAddon(), largeBook(3000));
    // One step (colouring a sheet's bad cells) takes longer than an execution may.
    env.log.stalls.set("Range.setBackgrounds", 7 * 60_000);
    let stopped: unknown;
    try {
      env.call("runAction", "check");
    } catch (error) {
      stopped = error;
    }
    expect(stopped).toEqual(new Error(TIMEOUT_MESSAGE));
    expect(failureText(stopped)).toBe(
      "Google прервал выполнение: одно выполнение длится не больше 6 минут. Запустите действие ещё раз — оно продолжится с места остановки.",
    );
    const [shown] = env.call<Progress[]>("getProgress");
    expect(shown).toMatchObject({ action: "check", status: "waiting", runs: 1 });
    expect(shown!.step).toBeGreaterThan(0);

    const resumed = env.call<Progress>("runAction", "check");
    expect(resumed).toMatchObject({ status: "done", runs: 2 });
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
    env.props.data.set("marshrut.job.routes", "1");
    env.props.data.set("marshrut.job.routes#0", JSON.stringify(alive));
    expect(() => env.call("runAction", "check")).toThrow(/^Маршрут уже выполняет другое действие/u);

    // Google stops every execution at 6 minutes: after that the run is dead, whatever its record says.
    env.log.now += 6 * 60_000;
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
