// Test bootstrap for the functions tier: emulator, env (demo- project, params), in-memory storage, a settable clock.
import { startEmulator, type Emulator } from "../../node/firebase/emulator.ts";

export const PROJECT_ID = "demo-marshrut";
export const REGIONAL_KEY = "region.test-regional-key";

export interface MemoryStorage {
  readonly files: Map<string, { bytes: Uint8Array; contentType: string }>;
  save(path: string, bytes: Uint8Array, contentType: string): Promise<void>;
  exists(path: string): Promise<boolean>;
}

export function memoryStorage(): MemoryStorage {
  const files = new Map<string, { bytes: Uint8Array; contentType: string }>();
  return {
    files,
    async save(path, bytes, contentType) {
      files.set(path, { bytes: Uint8Array.from(bytes), contentType });
    },
    async exists(path) {
      return files.has(path);
    },
  };
}

export interface FunctionsContext {
  readonly emulator: Emulator;
  readonly storage: MemoryStorage;
  readonly clock: { now: Date };
}

/** Starts the emulator and points firebase-admin and the functions' params at it; call before importing functions. */
export async function startFunctionsContext(): Promise<FunctionsContext> {
  const emulator = await startEmulator();
  process.env.FIRESTORE_EMULATOR_HOST = emulator.host;
  // Google's auth libraries otherwise probe the GCE metadata server (a non-loopback address) for credentials.
  process.env.METADATA_SERVER_DETECTION = "none";
  process.env.GCLOUD_PROJECT = PROJECT_ID;
  process.env.REGION_ID = "test-region";
  process.env.REGION_NAME = "Тестовая область";
  process.env.REPORT_RECIPIENTS = "svod@cnppm.example.ru, minobr@region.example.ru";
  const { createHash } = await import("node:crypto");
  process.env.REGIONAL_KEY_SHA256 = createHash("sha256").update(REGIONAL_KEY).digest("hex");
  const storage = memoryStorage();
  const clock = { now: new Date("2026-11-30T09:00:00Z") };
  const { useServices } = await import("../../functions/src/services.ts");
  useServices({ storage, now: () => clock.now });
  return { emulator, storage, clock };
}
