// Benchmark: validating synthetic registers of 1 000, 10 000 and 100 000 rows in memory (goal: 100 000 < 1 s, linear).
import { readBook } from "../shared/book.ts";
import { syntheticOrgs, syntheticRegister } from "./synthetic.ts";

export function benchValidate(sizes = [1_000, 10_000, 100_000]) {
  const orgs = syntheticOrgs();
  readBook([orgs, syntheticRegister(2_000)], { reportDate: "2026-11-30" }); // warm-up
  return sizes.map((rows) => {
    const register = syntheticRegister(rows);
    const start = performance.now();
    const book = readBook([orgs, register], { reportDate: "2026-11-30" });
    const ms = performance.now() - start;
    return {
      bench: "validate",
      rows,
      ms: Math.round(ms),
      rowsPerSecond: Math.round(rows / (ms / 1000)),
      findings: book.findings.length,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(benchValidate());
