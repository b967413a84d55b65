// Whole-process timings for the CLI benches: wall time and peak memory of each run, from GNU time (Debian: `time`).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";

const GNU_TIME = "/usr/bin/time";

export interface ProcessRun {
  readonly ms: number;
  /** The process's largest resident set, as the kernel counts it. */
  readonly peakMb: number;
  readonly stdout: string;
  /** What it wrote on stderr, GNU time's last line included. */
  readonly stderr: string;
}

/** One run of `node args…`, timed from outside: start-up, reading and output included. */
export async function runNode(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<ProcessRun> {
  if (!existsSync(GNU_TIME)) throw new Error("Нет /usr/bin/time: установите его (apt-get install -y time).");
  const start = performance.now();
  const result = await promisify(execFile)(GNU_TIME, ["-f", "%M", process.execPath, ...args], {
    maxBuffer: 1 << 26,
    encoding: "utf8",
    env,
  });
  const ms = performance.now() - start;
  return {
    ms,
    peakMb: Number(result.stderr.trim().split("\n").at(-1)) / 1024,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** The median (the figure to quote: one slow or lucky run does not move it) and the best of some runs. */
export function summary(values: readonly number[]): { median: number; best: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: Math.round(sorted[sorted.length >> 1]!), best: Math.round(sorted[0]!) };
}
