// What `firebase deploy` sends: a runtime Google still accepts, the dependencies the tests ran, rules that deny clients.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const text = (path: string) => readFile(join(root, path), "utf8");
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const json = async (path: string) => JSON.parse(await text(path)) as Json;

/**
 * Node.js runtimes of Cloud Run functions with their deprecation and decommission dates, from
 * https://docs.cloud.google.com/run/docs/runtimes/nodejs (after decommission no function can be created or
 * updated on the runtime). Add the next runtime here when moving to it.
 */
const NODE_RUNTIMES: Record<string, { deprecation: string; decommission: string }> = {
  nodejs20: { deprecation: "2026-04-30", decommission: "2026-10-30" },
  nodejs22: { deprecation: "2027-04-30", decommission: "2027-10-31" },
  nodejs24: { deprecation: "2028-04-30", decommission: "2028-10-31" },
};

const today = new Date().toISOString().slice(0, 10);

describe("the functions' runtime", () => {
  it("is one Google still accepts today, and the same Node.js everywhere it is named", async () => {
    const firebase = await json("firebase.json");
    const runtime = firebase.functions[0].runtime as string;
    const dates = NODE_RUNTIMES[runtime];
    expect(dates, `${runtime} is not in the table of runtimes`).toBeDefined();
    expect(today < dates!.decommission, `${runtime} is decommissioned since ${dates!.decommission}`).toBe(
      true,
    );
    const major = runtime.replace("nodejs", "");
    const functions = await json("functions/package.json");
    expect(functions.engines.node).toBe(major);
    expect(functions.scripts.bundle).toContain(`--target=node${major}`);
    expect(await text(".ci/run")).toMatch(new RegExp(`NODE_RUNTIME_VERSION=${major}\\.\\d+\\.\\d+`, "u"));
    expect(await text("docs/firebase.md")).toContain(`\`${runtime}\``);
  });

  it.runIf(process.env.MARSHRUT_RUNTIME_NODE)("runs here on that Node.js (.ci/run's second pass)", () => {
    expect(process.versions.node.split(".")[0]).toBe(process.env.MARSHRUT_RUNTIME_NODE);
  });
});

describe("the functions' dependencies", () => {
  /** name@version of every package a lock file installs; type declarations are never loaded at run time. */
  const installed = (lock: Json) =>
    Object.entries(lock.packages as Record<string, { version?: string }>)
      .filter(([path]) => path.startsWith("node_modules/"))
      .map(([path, entry]) => `${path.replace(/^.*node_modules\//u, "")}@${entry.version}`)
      .filter((id) => !id.startsWith("@types/") && !id.startsWith("undici-types@"));

  it("are locked (functions/package-lock.json), at the versions the tests ran with", async () => {
    const functionsLock = await json("functions/package-lock.json");
    const functions = await json("functions/package.json");
    expect(functionsLock.packages[""].dependencies).toEqual(functions.dependencies);
    const tested = new Set(installed(await json("package-lock.json")));
    const deployed = installed(functionsLock);
    expect(deployed.length).toBeGreaterThan(100);
    expect(deployed.filter((id) => !tested.has(id))).toEqual([]);
  });

  it("name the Functions Framework that serves them, the one the test server runs", async () => {
    const functions = await json("functions/package.json");
    const rootPackage = await json("package.json");
    const framework = "@google-cloud/functions-framework";
    expect(functions.dependencies[framework]).toBeDefined();
    expect(functions.dependencies[framework]).toBe(rootPackage.devDependencies[framework]);
  });
});

describe("security rules", () => {
  const deniesEverything = (rules: string) => {
    const allows = rules.match(/^\s*allow\b.*$/gmu) ?? [];
    expect(allows.map((line) => line.trim())).toEqual(["allow read, write: if false;"]);
    expect(rules).toMatch(/match \/\{\w+=\*\*\}/u);
  };

  it("deny every client request to Firestore and to Cloud Storage, and both are deployed", async () => {
    const firebase = await json("firebase.json");
    expect(firebase.firestore.rules).toBe("firestore.rules");
    expect(firebase.storage.rules).toBe("storage.rules");
    deniesEverything(await text("firestore.rules"));
    const storage = await text("storage.rules");
    expect(storage).toContain("service firebase.storage");
    deniesEverything(storage);
  });
});
