// `marshrut send` to the Cloud Functions (served on the emulator): the report from the workbook, counts only, the
// server's answer in Russian; exit 0 accepted, 1 refused, 2 unusable input or no answer.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { writeWorkbook } from "../../../xlsx/writeWorkbook.ts";
import { runCli, tempDir } from "../../helpers/cli.ts";
import { freePort } from "../../helpers/ports.ts";
import { sampleSheets, sheetOf } from "../../helpers/sampleBook.ts";
import { register } from "../../functions/fixtures.ts";
import { useServedFunctions } from "../../functions/served.ts";

const ctx = useServedFunctions();
let book: string;
let key: string;
let url: string;

beforeAll(async () => {
  const dir = await tempDir();
  book = join(dir, "одинцово.xlsx");
  await writeWorkbook(book, sampleSheets());
});
beforeEach(async () => {
  ctx.reset("2026-12-05T09:00:00Z");
  // The command's own clock (the moment it makes a report) reads the server's: only Date is faked, timers run.
  vi.useFakeTimers({ toFake: ["Date"], now: ctx.clock.now });
  key = (await register([["odin", "Одинцовский городской округ"]])).odin!;
  url = ctx.urls.submitReport;
});

afterEach(() => vi.useRealTimers());

const send = (...extra: string[]) =>
  runCli(["send", book, "--url", url, "--key", key, "--date", "2026-11-30", ...extra]);

describe("marshrut send", () => {
  it("sends the month's figures, as `kpi` computes them, and nothing personal; again is «already received»", async () => {
    const sent = await send();
    expect(sent).toMatchObject({ code: 0, stderr: "" });
    expect(sent.stdout).toContain("Отчёт «odin» за ноябрь 2026 на 30.11.2026");
    expect(sent.stdout).toContain("Отчёт за ноябрь 2026 принят.");
    const stored = ctx.emulator.documents().find((d) => d.path === "reports/odin_2026-11")!.data as {
      report: { kpis: { id: string; numerator: number; denominator: number }[] };
    };
    const kpi = JSON.parse((await runCli(["kpi", book, "--date", "2026-11-30", "--json"])).stdout) as {
      kpis: { id: string; numerator: number; denominator: number }[];
    };
    const figures = (kpis: { id: string; numerator: number; denominator: number }[]) =>
      kpis.map(({ id, numerator, denominator }) => [id, numerator, denominator]);
    expect(figures(stored.report.kpis)).toEqual(figures(kpi.kpis));
    const everything = JSON.stringify(ctx.emulator.documents());
    for (const personal of ["ivanova@school1.ru", "Иванова", "petrov@school1.ru", "Петров"])
      expect(everything).not.toContain(personal);
    expect(await send()).toMatchObject({ code: 0, stdout: expect.stringContaining("уже получен") });
  });

  it("prints the server's answer as JSON with --json", async () => {
    const sent = await send("--json");
    expect(JSON.parse(sent.stdout)).toMatchObject({
      httpStatus: 201,
      status: "accepted",
      code: "odin",
      month: "2026-11",
      revision: 1,
    });
  });

  it("exit 1 with the server's reason when refused: a wrong key, another municipality's key", async () => {
    const refused = await runCli(["send", book, "--url", url, "--key", "odin.wrong", "--date", "2026-11-30"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("HTTP 401");
    expect(refused.stderr).toContain("Ключ не подошёл");
    const other = (await register([["kras", "Красногорск"]])).kras!;
    const foreign = await runCli(["send", book, "--url", url, "--key", other, "--date", "2026-11-30"]);
    expect(foreign).toMatchObject({ code: 1, stderr: expect.stringContaining("HTTP 403") });
    expect(foreign.stderr).toContain("«kras»");
  });

  it("a later run's figures replace an earlier run's for the same month (the moment of making decides)", async () => {
    expect((await send()).code).toBe(0);
    ctx.clock.now = new Date("2026-12-05T09:05:00Z");
    vi.setSystemTime(ctx.clock.now);
    const earlierDate = await runCli(["send", book, "--url", url, "--key", key, "--date", "2026-11-20"]);
    expect(earlierDate).toMatchObject({ code: 0, stdout: expect.stringContaining("редакция 2") });
  });

  it("exit 2 for unusable input: no file, no address, no key, no municipality code, no register sheets", async () => {
    expect((await runCli(["send", join(book, "../нет.xlsx"), "--url", url, "--key", key])).code).toBe(2);
    expect(await runCli(["send", book, "--key", key])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--url"),
    });
    const withoutKey = await runCli(["send", book, "--url", url]);
    expect(withoutKey).toMatchObject({ code: 2, stderr: expect.stringContaining("MUNICIPALITY_KEY") });
    const sheets = sampleSheets();
    sheetOf(sheets, "Настройки").rows = [["Параметр", "Значение"]];
    const bare = join(await tempDir(), "без-кода.xlsx");
    await writeWorkbook(bare, sheets);
    const noCode = await runCli(["send", bare, "--url", url, "--key", key]);
    expect(noCode).toMatchObject({ code: 2, stderr: expect.stringContaining("Код муниципалитета") });
    const settingsOnly = join(await tempDir(), "только-настройки.xlsx");
    await writeWorkbook(settingsOnly, [sheetOf(sampleSheets(), "Настройки")]);
    const noSheets = await runCli(["send", settingsOnly, "--url", url, "--key", key]);
    expect(noSheets).toMatchObject({ code: 2, stderr: expect.stringContaining("нет обязательных листов") });
    expect(ctx.emulator.documents().filter((d) => d.path.startsWith("reports/"))).toEqual([]);
  });

  it("exit 2 when no server answers, or one answers without a reason (a proxy's 502 page)", async () => {
    const closed = await runCli([
      "send",
      book,
      "--url",
      `http://127.0.0.1:${await freePort()}/submitReport`,
      "--key",
      key,
    ]);
    expect(closed).toMatchObject({ code: 2, stderr: expect.stringContaining("не ответил") });
    const proxy: Server = createServer((_req, res) =>
      res.writeHead(502, { "Content-Type": "text/html" }).end("<h1>502</h1>"),
    );
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = proxy.address() as AddressInfo;
      const bad = await runCli([
        "send",
        book,
        "--url",
        `http://127.0.0.1:${port}/submitReport`,
        "--key",
        key,
      ]);
      expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining("HTTP 502") });
    } finally {
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });
});
