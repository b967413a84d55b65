// Benchmark: routes for 1 000 and 10 000 people from diagnostics (goal: 10 000 people < 2 s), and regenerating them.
import { readBook, type RawSheet } from "../shared/book.ts";
import { buildRoutes } from "../shared/iom/buildRoutes.ts";
import { defaultCatalogTable } from "../shared/iom/defaultCatalog.ts";
import { routesTable } from "../shared/tables/routesTable.ts";
import { syntheticStaff } from "./synthetic.ts";

const REPORT_DATE = "2026-11-30";

function time<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

export function benchIom(sizes = [1_000, 10_000]) {
  const catalog: RawSheet = { name: "Каталог", values: defaultCatalogTable() };
  buildRoutes(readBook([...syntheticStaff(500), catalog], { reportDate: REPORT_DATE })); // warm-up
  return sizes.flatMap((people) => {
    const sheets = [...syntheticStaff(people), catalog];
    const read = time(() => readBook(sheets, { reportDate: REPORT_DATE }));
    const first = time(() => buildRoutes(read.value));
    const table = routesTable(first.value.rows);
    const again = readBook([...sheets, { name: "ИОМ", values: table }], { reportDate: REPORT_DATE });
    const second = time(() => buildRoutes(again, { regenerate: true }));
    const row = (step: string, ms: number, routes: number) => ({
      bench: step,
      people,
      routes,
      rows: table.length - 1,
      ms: Math.round(ms),
      peoplePerSecond: Math.round(people / (ms / 1000)),
    });
    return [
      row("iom: readBook (staff, diagnostics)", read.ms, 0),
      row("iom: buildRoutes", first.ms, first.value.routes.length),
      row("iom: regenerate", second.ms, second.value.routes.length),
    ];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(benchIom());
