// Kept work (paused runs, reports waiting for the region) resumes only in runs bound to the spreadsheet — its open
// trigger, its form-submit trigger, the sidebar — never from a clock, which has no document (docs/platform.md).
import { describe, expect, test } from "vitest";
import type { Cell } from "../../shared/cells.ts";
import { builtAddon, loadAddon, type AddonEnv } from "./addon.ts";
import { largeBook } from "./books.ts";
import { SETTINGS_FORM } from "./settings.ts";

interface Progress {
  action: string;
  status: string;
  runs: number;
}

const accepted = {
  code: 201,
  body: JSON.stringify({ message: "Отчёт за 2026-10 принят, редакция 1.", revision: 1 }),
};

/** A 3 000-row book whose check needs several runs, and a report the region could not take. */
async function withKeptWork(): Promise<AddonEnv> {
  const env = loadAddon(await builtAddon(), largeBook(3000));
  env.call("saveSettings", SETTINGS_FORM);
  env.fetch = () => ({ code: 503, body: "" });
  env.call("runAction", "sync", { month: "2026-10" });
  env.log.latency = { perCall: 5, perCell: 1 };
  expect(env.call<Progress>("runAction", "check").status).toBe("waiting");
  env.fetch = () => accepted;
  return env;
}

const checkDone = (env: AddonEnv) =>
  env.call<Progress[]>("getProgress").find((p) => p.action === "check")?.status === "done";

describe("kept work", () => {
  test("the next opening of the spreadsheet, by anyone, resumes a paused run and resends a waiting report; no clock", async () => {
    const env = await withKeptWork();
    expect(env.triggers.map((t) => [t.kind, t.handler, t.owner])).toEqual([
      ["ON_OPEN", "onOpenResume", env.user],
    ]);
    const colleague = env.as(env.ss, "zavuch@odin.ru");
    let openings = 0;
    while (env.triggers.length > 0 && openings < 10) {
      colleague.open();
      openings++;
    }
    expect(checkDone(env)).toBe(true);
    expect(env.requests.filter((r) => r.method === "post")).toHaveLength(2);
    expect(env.call<{ waitingReports: number; keptWork: boolean }>("getStatus")).toMatchObject({
      waitingReports: 0,
      keptWork: false,
    });
    expect(env.triggers).toEqual([]);
    env.tick(); // there is no clock to run
    expect(env.requests.filter((r) => r.method === "post")).toHaveLength(2);
  });

  test("a form submission checks its row, then resumes kept work", async () => {
    const env = await withKeptWork();
    env.google.addTrigger(env.ss, env.user, "onFormSubmitHandler", "ON_FORM_SUBMIT");
    const register = env.ss.sheet("Реестр ИОМ");
    const row: Cell[] = [...register.dump()[1]!.slice(0, 13)];
    env.submit(register, row);
    expect(env.requests.filter((r) => r.method === "post")).toHaveLength(2);
    for (let i = 0; i < 10 && !checkDone(env); i++) env.submit(register, row);
    expect(checkDone(env)).toBe(true);
    expect(env.triggers.filter((t) => t.kind === "ON_OPEN")).toEqual([]);
  });

  test("the sidebar resumes kept work when it opens", async () => {
    const env = await withKeptWork();
    const status = env.call<{ keptWork: boolean; waitingReports: number }>("resumeWork");
    expect(env.requests.filter((r) => r.method === "post")).toHaveLength(2);
    expect(status.waitingReports).toBe(0);
  });

  test("the sidebar's status and its resumption ask Google about authorization once per call", async () => {
    const env = await withKeptWork();
    for (const name of ["resumeWork", "getStatus"]) {
      env.log.reset();
      expect(env.call<{ reauthorization: boolean }>(name).reauthorization, name).toBe(false);
      expect(env.log.of("script", "ScriptApp.getAuthorizationInfo"), name).toBe(1);
      expect(env.log.of("script", "AuthorizationInfo.getAuthorizationStatus"), name).toBe(1);
    }
  });

  test("nothing runs twice: a run alive in another execution is left alone by an opening", async () => {
    const env = await withKeptWork();
    const record = JSON.parse(env.props.data.get("marshrut.job.check#0")!) as { runs: number };
    env.props.data.set(
      "marshrut.job.check#0",
      JSON.stringify({ ...record, status: "running", claimedAt: env.log.now }),
    );
    env.as(env.ss, "zavuch@odin.ru").open();
    const check = env.call<Progress[]>("getProgress").find((p) => p.action === "check")!;
    expect(check).toMatchObject({ status: "running", runs: record.runs });
    expect(env.requests.filter((r) => r.method === "post")).toHaveLength(2);
  });
});
