// Benchmark: how soon `marshrut --help` answers (goal < 150 ms), next to a bare `node -e 0` on the same machine.
// Usage: npx tsx bench/startup.ts [runs=20]
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { buildCli } from "../node/cli/build.ts";

const LAUNCHER = fileURLToPath(new URL("../node/cli/marshrut.js", import.meta.url));

const COMMANDS: Record<string, string[]> = {
  "node -e 0 (сам Node.js)": ["-e", "0"],
  "marshrut --help": [LAUNCHER, "--help"],
  "marshrut (неизвестная команда)": [LAUNCHER, "помощь"],
};

export async function benchStartup(runs = 20) {
  await buildCli();
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(COMMANDS).map((name) => [name, []]));
  // Interleaved, so a busy moment of a shared machine slows every command alike.
  for (let run = 0; run < runs; run++)
    for (const [name, args] of Object.entries(COMMANDS)) {
      const start = performance.now();
      try {
        execFileSync(process.execPath, args, { stdio: "ignore" });
      } catch {
        // the unknown command exits 2 by design
      }
      times[name]!.push(performance.now() - start);
    }
  return Object.entries(times).map(([command, list]) => {
    list.sort((a, b) => a - b);
    return { command, bestMs: Math.round(list[0]!), medianMs: Math.round(list[runs >> 1]!), runs };
  });
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`)
  console.table(await benchStartup(Number(process.argv[2] ?? 20)));
