// Shared steps of the functions tests: register municipalities, send reports over HTTP, snapshot of all documents.
import { registerMunicipality } from "../../functions/src/registry.ts";
import { services } from "../../functions/src/services.ts";
import type { Emulator } from "../../node/firebase/emulator.ts";

export async function register(municipalities: readonly (readonly [code: string, name: string])[]) {
  const keys: Record<string, string> = {};
  for (const [code, name] of municipalities)
    keys[code] = (await registerMunicipality(services().store, { code, name, now: services().now() })).key;
  return keys;
}

export async function postJson(url: string, body: unknown, key?: string, init: RequestInit = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      ...(key ? { Authorization: `Bearer ${key}` } : {}),
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
    ...init,
  });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Record<string, unknown>,
  };
}

/** All documents as one string, to compare the database before and after a request. */
export const databaseDump = (emulator: Emulator) => JSON.stringify(emulator.documents());

export const idsOf = (emulator: Emulator, collection: string) =>
  emulator
    .documents()
    .filter((d) => d.path.startsWith(`${collection}/`))
    .map((d) => d.path.slice(collection.length + 1));
