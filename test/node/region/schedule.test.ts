// The monthly clock of the self-hosted server: the 1st at the set time in Moscow, a missed run taken at start,
// retries after a failure — on vitest's fake timers, so a month passes in milliseconds.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { nextSnapshotAt, scheduledThisMonth, startSnapshotSchedule } from "../../../node/region/schedule.ts";

const SIX = { hour: 6, minute: 0 };

describe("the snapshot moment", () => {
  it("is the 1st at 06:00 Moscow (03:00 UTC), the next one after now", () => {
    expect(nextSnapshotAt(new Date("2026-11-15T12:00:00Z"), SIX).toISOString()).toBe(
      "2026-12-01T03:00:00.000Z",
    );
    expect(nextSnapshotAt(new Date("2026-12-01T02:59:59Z"), SIX).toISOString()).toBe(
      "2026-12-01T03:00:00.000Z",
    );
    expect(nextSnapshotAt(new Date("2026-12-01T03:00:00Z"), SIX).toISOString()).toBe(
      "2027-01-01T03:00:00.000Z",
    );
    expect(nextSnapshotAt(new Date("2026-12-20T00:00:00Z"), { hour: 0, minute: 30 }).toISOString()).toBe(
      "2026-12-31T21:30:00.000Z",
    );
  });

  it("is counted on the Moscow calendar: 23:30 UTC on the 30th is already the 1st in Moscow", () => {
    expect(scheduledThisMonth(new Date("2026-11-30T23:30:00Z"), SIX).toISOString()).toBe(
      "2026-12-01T03:00:00.000Z",
    );
  });
});

describe("the clock", () => {
  const runs: string[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    runs.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  const start = (missed: boolean, run = async (at: Date) => void runs.push(at.toISOString())) =>
    startSnapshotSchedule({
      time: SIX,
      now: () => new Date(Date.now()),
      run,
      missed: async () => missed,
      onError: () => undefined,
    });

  it("runs on the 1st, then a month later, and not before", async () => {
    vi.setSystemTime(new Date("2026-11-20T10:00:00Z"));
    const stop = start(false);
    await vi.advanceTimersByTimeAsync(10 * 24 * 3600 * 1000);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(2 * 24 * 3600 * 1000);
    expect(runs).toEqual(["2026-12-01T03:00:00.000Z"]);
    await vi.advanceTimersByTimeAsync(31 * 24 * 3600 * 1000);
    expect(runs).toEqual(["2026-12-01T03:00:00.000Z", "2027-01-01T03:00:00.000Z"]);
    stop();
  });

  it("takes a missed month at start (the server was down on the 1st), once", async () => {
    vi.setSystemTime(new Date("2026-12-03T08:00:00Z"));
    const stop = start(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toEqual(["2026-12-01T03:00:00.000Z"]);
    await vi.advanceTimersByTimeAsync(20 * 24 * 3600 * 1000);
    expect(runs).toHaveLength(1);
    stop();
  });

  it("tries a failed run again three times, 15 minutes apart", async () => {
    vi.setSystemTime(new Date("2026-12-01T02:59:00Z"));
    let attempts = 0;
    const stop = start(false, async () => {
      attempts++;
      throw new Error("database is down");
    });
    await vi.advanceTimersByTimeAsync(2 * 3600 * 1000);
    expect(attempts).toBe(4);
    stop();
  });
});
