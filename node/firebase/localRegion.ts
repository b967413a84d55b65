// The regional server run locally: the real functions on the embedded Firestore emulator, served on 127.0.0.1.
import { access, mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { startEmulator, type Emulator } from "./emulator.ts";
import { serve, type Served } from "./serveHandler.ts";

export const LOCAL_PROJECT_ID = "demo-marshrut";

export interface LocalRegionOptions {
  /** Where workbooks «saved to Cloud Storage» go. */
  readonly storageDir: string;
  /** The functions' clock. */
  readonly now: () => Date;
  readonly regionId?: string;
  readonly regionName?: string;
  readonly recipients?: string;
}

export interface LocalRegion {
  readonly emulator: Emulator;
  readonly submitReportUrl: string;
  readonly getConsolidatedUrl: string;
  readonly regionalKey: string;
  /** Registers a municipality and returns its key (only the hash is stored). */
  register(code: string, name: string): Promise<string>;
  /** Runs the monthly schedule as Cloud Scheduler would at `scheduleTime`. */
  runMonthlySnapshot(scheduleTime: string): Promise<void>;
  stop(): Promise<void>;
}

/** Points firebase-admin and the functions' params at the emulator; must run before the functions are imported. */
async function configure(emulator: Emulator, options: LocalRegionOptions, regionalKeyHash: string) {
  process.env.FIRESTORE_EMULATOR_HOST = emulator.host;
  // Google's auth libraries otherwise probe the GCE metadata server (a non-loopback address) for credentials.
  process.env.METADATA_SERVER_DETECTION = "none";
  process.env.GCLOUD_PROJECT = LOCAL_PROJECT_ID;
  process.env.REGION_ID = options.regionId ?? "demo";
  process.env.REGION_NAME = options.regionName ?? "Демонстрационный регион";
  process.env.REPORT_RECIPIENTS = options.recipients ?? "svod@cnppm.example.ru";
  process.env.REGIONAL_KEY_SHA256 = regionalKeyHash;
}

export async function startLocalRegion(options: LocalRegionOptions): Promise<LocalRegion> {
  const emulator = await startEmulator();
  const served: Served[] = [];
  try {
    const { hashKey, issueRegionalKey } = await import("../../functions/src/keys.ts");
    const regionalKey = issueRegionalKey();
    await configure(emulator, options, hashKey(regionalKey));
    const { useServices, services } = await import("../../functions/src/services.ts");
    useServices({
      now: options.now,
      storage: {
        async save(path, bytes) {
          const file = join(options.storageDir, path);
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, bytes);
        },
        exists: (path) =>
          access(join(options.storageDir, path)).then(
            () => true,
            () => false,
          ),
      },
    });
    const functions = await import("../../functions/src/index.ts");
    const { registerMunicipality } = await import("../../functions/src/registry.ts");
    const submit = await serve(functions.submitReport as never);
    served.push(submit);
    const consolidated = await serve(functions.getConsolidated as never);
    served.push(consolidated);
    return {
      emulator,
      submitReportUrl: submit.url,
      getConsolidatedUrl: consolidated.url,
      regionalKey,
      register: async (code, name) =>
        (await registerMunicipality(services().store, { code, name, now: options.now() })).key,
      runMonthlySnapshot: async (scheduleTime) => {
        await functions.monthlySnapshot.run({ scheduleTime } as never);
      },
      stop: async () => {
        await Promise.all(served.map((s) => s.close()));
        emulator.stop();
      },
    };
  } catch (error) {
    await Promise.all(served.map((s) => s.close()));
    emulator.stop();
    throw error;
  }
}
