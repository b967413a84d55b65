// End to end, as a region runs it: `marshrut region key` and `region register` against a real PostgreSQL, `region serve`
// as its own process, a municipality's workbook sent with `marshrut send`, `region snapshot` (with its letter over
// SMTP), the server restarted, and the same svod read back as JSON and as .xlsx.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { previousMonth } from "../../../functions/src/calendar.ts";
import { lastDayOfMonth } from "../../../shared/dates.ts";
import { buildCli } from "../../../node/cli/build.ts";
import { writeWorkbook } from "../../../xlsx/writeWorkbook.ts";
import { tempDir } from "../../helpers/cli.ts";
import { startPostgres, type Postgres } from "../../helpers/postgres.ts";
import { sampleSheets } from "../../helpers/sampleBook.ts";
import { freePort } from "../../helpers/ports.ts";
import { startSmtp, type LocalSmtp } from "../../helpers/smtp.ts";
import { SVOD_SHEETS } from "../../helpers/svodSheets.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const launcher = join(root, "node/cli/marshrut.js");

let postgres: Postgres;
let smtp: LocalSmtp;
let env: NodeJS.ProcessEnv;
let server: ChildProcess | undefined;
let baseUrl: string;
/** The month just ended (Moscow): the one a region takes on the 1st. */
const month = previousMonth(new Date());

async function marshrut(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [launcher, ...args], {
      cwd: root,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** `region serve` as its own process; resolves when it says it is working. */
function serve(): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [launcher, "region", "serve"], { cwd: root, env });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("работает:")) resolve(child);
    });
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`region serve exited with ${code}: ${output}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.once("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });
}

beforeAll(async () => {
  await buildCli();
  [postgres, smtp] = await Promise.all([startPostgres(), startSmtp()]);
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  env = {
    ...process.env,
    DATABASE_URL: await postgres.createDatabase("marshrut"),
    PORT: String(port),
    HOST: "127.0.0.1",
    REGION_ID: "demo-region",
    REGION_NAME: "Демонстрационная область",
    MARSHRUT_DATA_DIR: await tempDir(),
    REPORT_RECIPIENTS: "svod@cnppm.example.ru",
    SMTP_URL: smtp.url,
    MAIL_FROM: "marshrut@cnppm.example.ru",
    SNAPSHOT_TIME: "off",
  };
}, 120_000);
afterAll(async () => {
  if (server) await stop(server);
  await smtp?.stop();
  await postgres?.stop();
});

describe("a region on its own machine", () => {
  it("receives a workbook sent with marshrut send, takes the month, and keeps it over a restart", async () => {
    const key = await marshrut("region", "key");
    expect(key.code).toBe(0);
    const regional = /^REGIONAL_KEY=(\S+)$/mu.exec(key.stdout)![1]!;
    env.REGIONAL_KEY_SHA256 = /^REGIONAL_KEY_SHA256=([0-9a-f]{64})$/mu.exec(key.stdout)![1]!;

    const registered = await marshrut(
      "region",
      "register",
      "--code",
      "odin",
      "--name",
      "Одинцовский городской округ",
    );
    expect(registered.code).toBe(0);
    const lastLine = registered.stdout.trim().split("\n").at(-1)!;
    expect(lastLine).toMatch(/^MUNICIPALITY_KEY=odin\.\S+$/u);
    const municipalityKey = lastLine.slice("MUNICIPALITY_KEY=".length);
    const again = await marshrut("region", "register", "--code", "odin", "--name", "Одинцово");
    expect(again).toMatchObject({ code: 1, stderr: expect.stringContaining("--rotate") });
    // The municipality has been registered since the start of the month it reports for.
    const db = new pg.Client({ connectionString: env.DATABASE_URL });
    await db.connect();
    await db.query(
      `UPDATE municipalities SET document = jsonb_set(document, '{registeredAt}', to_jsonb($1::text))`,
      [`${month}-01T09:00:00.000Z`],
    );
    await db.end();

    server = await serve();
    const book = join(await tempDir(), "одинцово.xlsx");
    await writeWorkbook(book, sampleSheets());
    const sendArgs = ["send", book, "--url", `${baseUrl}/submitReport`, "--key", municipalityKey];
    const sent = await marshrut(...sendArgs, "--date", lastDayOfMonth(month));
    expect(sent).toMatchObject({ code: 0, stdout: expect.stringContaining("принят") });
    const resent = await marshrut(...sendArgs, "--date", lastDayOfMonth(month));
    expect(resent).toMatchObject({ code: 0, stdout: expect.stringContaining("уже получен") });

    const snapshot = await marshrut("region", "snapshot", "--month", month);
    expect(snapshot.code).toBe(0);
    expect(snapshot.stdout).toContain("редакция 1");
    expect(snapshot.stdout).toContain("Отчитались 1 из 1");
    expect(snapshot.stdout).toContain("Письмо со сводом отправлено (1)");
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toMatchObject({
      from: "marshrut@cnppm.example.ru",
      to: ["svod@cnppm.example.ru"],
    });
    expect(smtp.received[0]!.raw).toContain(`svod-${month}.xlsx`);

    const get = (query: string) =>
      fetch(`${baseUrl}/getConsolidated?month=${month}${query}`, {
        headers: { Authorization: `Bearer ${regional}` },
      });
    const before = await (await get("")).json();
    expect(await stop(server)).toBe(0);
    server = await serve();
    const after = await get("");
    expect(after.status).toBe(200);
    const json = (await after.json()) as { consolidated: { municipalities: { code: string }[] } };
    expect(json).toEqual(before);
    expect(json.consolidated.municipalities.map((m) => m.code)).toEqual(["odin"]);
    const xlsx = await get("&format=xlsx");
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(SVOD_SHEETS);
    const onDisk = await readFile(
      join(env.MARSHRUT_DATA_DIR!, "reports/demo-region", month, `svod-${month}.xlsx`),
    );
    expect(onDisk.subarray(0, 2).toString()).toBe("PK");
  }, 180_000);
});
