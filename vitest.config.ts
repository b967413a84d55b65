// Test tiers: fast pure tests (unit) and slower ones that start servers or browsers (integration).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup/blockNetwork.ts"],
    testTimeout: 30_000,
    // Nothing in the tests may reach Google: no probing of the GCE metadata server for credentials.
    env: { METADATA_SERVER_DETECTION: "none" },
    hookTimeout: 60_000,
    // The functions' structured logs (one JSON line per event) are for Cloud Logging, not for the test report.
    onConsoleLog: (log) => !log.includes('"severity":'),
  },
});
