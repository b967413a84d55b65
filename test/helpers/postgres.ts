// A throwaway PostgreSQL cluster for tests: initdb and pg_ctl (as the postgres user when we are root: PostgreSQL refuses
// to run as root), data and sockets in a temporary folder, 127.0.0.1 on a free port, stopped and removed after.
import { execFile, spawnSync } from "node:child_process";
import { chmod, chown, mkdtemp, readdir, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { freePort } from "./ports.ts";

const run = promisify(execFile);
const ROOT = "/usr/lib/postgresql";

export interface Postgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  readonly url: string;
  /** A new empty database on the cluster, and its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** The newest installed server's bin folder (Debian: /usr/lib/postgresql/<version>/bin). */
async function binDir(): Promise<string> {
  const versions = (await readdir(ROOT).catch(() => []))
    .filter((name) => /^\d+$/u.test(name) && existsSync(join(ROOT, name, "bin/initdb")))
    .sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0)
    throw new Error(
      `PostgreSQL server not found in ${ROOT}: apt-get install -y postgresql (.ci/run does it)`,
    );
  return join(ROOT, versions[0]!, "bin");
}

const asRoot = userInfo().uid === 0;
/** The command as the postgres user when we are root. */
const command = (program: string, args: string[]): [string, string[]] =>
  asRoot ? ["runuser", ["-u", "postgres", "--", program, ...args]] : [program, args];

export async function startPostgres(): Promise<Postgres> {
  const bin = await binDir();
  const dir = await mkdtemp(join(tmpdir(), "marshrut-pg-"));
  if (asRoot) {
    const id = async (flag: string) => Number((await run("id", [flag, "postgres"])).stdout);
    await chown(dir, await id("-u"), await id("-g"));
  }
  await chmod(dir, 0o700);
  const data = join(dir, "data");
  const pgCtl = join(bin, "pg_ctl");
  await run(
    ...command(join(bin, "initdb"), [
      "-D",
      data,
      "-U",
      "postgres",
      "-A",
      "trust",
      "-E",
      "UTF8",
      "--locale=C",
      "--no-sync",
    ]),
  );
  let port = 0;
  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    try {
      await run(...command(pgCtl, ["start", "-w", "-D", data, "-l", join(dir, "server.log"), "-o", options]));
      break;
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
  const stopNow = () => spawnSync(...command(pgCtl, ["stop", "-m", "immediate", "-w", "-D", data]));
  // A test process that dies leaves no server behind.
  process.once("exit", stopNow);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${encodeURIComponent(name)}`;
    },
    async stop() {
      process.removeListener("exit", stopNow);
      await run(...command(pgCtl, ["stop", "-m", "immediate", "-w", "-D", data]));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
