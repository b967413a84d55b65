// The deployed functions: triggers only, each handler in its own module; and, before the Functions Framework builds
// its server from this module, the guard that refuses compressed bodies before they are inflated (requestGuard.ts).
import { installRequestGuard } from "./requestGuard.ts";

installRequestGuard();

export { getConsolidated } from "./getConsolidated.ts";
export { monthlySnapshot } from "./monthlySnapshot.ts";
export { refreshSnapshot } from "./refreshSnapshot.ts";
export { submitReport } from "./submitReport.ts";
