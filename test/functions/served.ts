// A test file's whole regional server: the functions context and the three HTTP functions served, as vitest hooks.
import { afterAll, beforeAll } from "vitest";
import type { Served } from "../../node/firebase/serveHandler.ts";
import { startFunctionsContext, type FunctionsContext } from "./setup.ts";

export interface ServedFunctions extends FunctionsContext {
  /** The HTTP functions, each served on 127.0.0.1 inside the Functions Framework. */
  readonly urls: {
    readonly submitReport: string;
    readonly refreshSnapshot: string;
    readonly getConsolidated: string;
  };
  /** Empties the database and the storage and sets the clock back to `now` (before each test). */
  reset(now?: string): void;
  /** Closes the servers and stops the emulator. */
  stop(): Promise<void>;
}

/** A test file's whole server: the context above and the three HTTP functions served (call in beforeAll). */
export async function serveFunctions(): Promise<ServedFunctions> {
  const ctx = await startFunctionsContext();
  const { serve } = await import("../../node/firebase/serveHandler.ts");
  const { submitReport, refreshSnapshot, getConsolidated } = await import("../../functions/src/index.ts");
  const served = await Promise.all([submitReport, refreshSnapshot, getConsolidated].map((f) => serve(f)));
  const [submit, refresh, consolidated] = served as [Served, Served, Served];
  return {
    ...ctx,
    urls: { submitReport: submit.url, refreshSnapshot: refresh.url, getConsolidated: consolidated.url },
    reset: (now = "2026-11-30T09:00:00Z") => {
      ctx.emulator.clear();
      ctx.storage.files.clear();
      ctx.clock.now = new Date(now);
    },
    stop: async () => {
      await Promise.all(served.map((s) => s.close()));
      ctx.emulator.stop();
    },
  };
}

/** The server of a test file: started before its tests, stopped after them; its fields are filled in by then. */
export function useServedFunctions(): ServedFunctions {
  const served = {} as ServedFunctions;
  beforeAll(async () => {
    Object.assign(served, await serveFunctions());
  });
  afterAll(() => served.stop());
  return served;
}
