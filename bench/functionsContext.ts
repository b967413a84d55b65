// One emulator per bench process: the functions' Firestore client is created once, when their module is first
// imported, so a second emulator (on another port) would leave it talking to the first one's closed port.
import { startFunctionsContext, type FunctionsContext } from "../test/functions/setup.ts";

let context: Promise<FunctionsContext> | undefined;

/** The process's functions context, started on first use; stopped by `stopBenchFunctions` (or at exit). */
export function benchFunctionsContext(): Promise<FunctionsContext> {
  context ??= startFunctionsContext();
  return context;
}

export async function stopBenchFunctions(): Promise<void> {
  if (!context) return;
  (await context).emulator.stop();
  context = undefined;
}
