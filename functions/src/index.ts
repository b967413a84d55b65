// The deployed functions: triggers only; each handler lives in its own module.
export { getConsolidated } from "./getConsolidated.ts";
export { monthlySnapshot } from "./monthlySnapshot.ts";
export { refreshSnapshot } from "./refreshSnapshot.ts";
export { submitReport } from "./submitReport.ts";
