// The first month a snapshot can cover: the Moscow month of the earliest registration.
import { describe, expect, it } from "vitest";
import type { RegionState } from "../../functions/src/documents.ts";
import { registeredSince } from "../../functions/src/snapshot.ts";

const registered = (...instants: string[]): RegionState => ({
  municipalities: Object.fromEntries(
    instants.map((registeredAt, i) => [`m${i}`, { code: `m${i}`, name: `Округ ${i}`, registeredAt }]),
  ),
  snapshots: {},
});

describe("registeredSince", () => {
  it("is nothing before anyone is registered", () => {
    expect(registeredSince(undefined)).toBeUndefined();
    expect(registeredSince(registered())).toBeUndefined();
  });

  it("is the Moscow month of the earliest registration", () => {
    expect(registeredSince(registered("2026-12-05T10:00:00Z", "2026-10-31T21:30:00Z"))).toBe("2026-11");
    expect(registeredSince(registered("2026-10-31T20:59:59Z"))).toBe("2026-10");
  });
});
