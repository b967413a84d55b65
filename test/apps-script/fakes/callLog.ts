// Counts calls on the fake Google services, by service and method, and charges simulated time for each.

export type Service =
  | "sheets"
  | "properties"
  | "lock"
  | "script"
  | "fetch"
  | "forms"
  | "html"
  | "ui"
  | "session"
  | "charts"
  | "mail"
  | "utilities";

export class CallLog {
  readonly counts = new Map<string, number>();
  /** Simulated milliseconds each Sheets call costs: a base per call plus per cell it reads or writes. */
  latency = { perCall: 0, perCell: 0 };
  /** Extra simulated milliseconds for the next calls of a method («Range.setBackgrounds»), used up once each. */
  readonly stalls = new Map<string, number>();
  now = Date.UTC(2026, 10, 30, 9, 0, 0);

  record(service: Service, method: string, cells = 0): void {
    const key = `${service}:${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (service === "sheets") this.now += this.latency.perCall + this.latency.perCell * cells;
    const stall = this.stalls.get(method);
    if (stall !== undefined) {
      this.now += stall;
      this.stalls.delete(method);
    }
  }

  total(service: Service): number {
    let sum = 0;
    for (const [key, count] of this.counts) if (key.startsWith(`${service}:`)) sum += count;
    return sum;
  }

  of(service: Service, method: string): number {
    return this.counts.get(`${service}:${method}`) ?? 0;
  }

  /** Per-method counts of one service, for readable test failures. */
  table(service: Service): Record<string, number> {
    const table: Record<string, number> = {};
    for (const [key, count] of [...this.counts].sort())
      if (key.startsWith(`${service}:`)) table[key.slice(service.length + 1)] = count;
    return table;
  }

  reset(): void {
    this.counts.clear();
  }
}
