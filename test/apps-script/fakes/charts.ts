// Fake embedded charts: a builder that records type, ranges, position and options, and the chart it builds.
import type { CallLog } from "./callLog.ts";
import type { FakeRange } from "./range.ts";

let nextChartId = 1;

export interface ChartSpec {
  type: string;
  ranges: FakeRange[];
  position: [number, number, number, number] | null;
  options: Record<string, unknown>;
}

export class FakeChart {
  constructor(
    private readonly log: CallLog,
    readonly spec: ChartSpec,
    readonly id = nextChartId++,
  ) {}
  getId() {
    this.log.record("charts", "Chart.getId");
    return String(this.id);
  }
  getRanges() {
    this.log.record("charts", "Chart.getRanges");
    return [...this.spec.ranges];
  }
  modify(): FakeChartBuilder {
    this.log.record("charts", "Chart.modify");
    return new FakeChartBuilder(
      this.log,
      structuredClone({ ...this.spec, ranges: [] }),
      this.spec.ranges,
      this.id,
    );
  }
}

export class FakeChartBuilder {
  constructor(
    private readonly log: CallLog,
    private readonly spec: ChartSpec = { type: "", ranges: [], position: null, options: {} },
    ranges: FakeRange[] = [],
    private readonly id?: number,
  ) {
    this.spec.ranges = [...ranges];
  }
  private call(method: string) {
    this.log.record("charts", `EmbeddedChartBuilder.${method}`);
    return this;
  }
  setChartType(type: string) {
    this.spec.type = type;
    return this.call("setChartType");
  }
  addRange(range: FakeRange) {
    this.spec.ranges.push(range);
    return this.call("addRange");
  }
  clearRanges() {
    this.spec.ranges = [];
    return this.call("clearRanges");
  }
  setPosition(row: number, column: number, offsetX: number, offsetY: number) {
    this.spec.position = [row, column, offsetX, offsetY];
    return this.call("setPosition");
  }
  setOption(key: string, value: unknown) {
    this.spec.options[key] = value;
    return this.call("setOption");
  }
  setNumHeaders(n: number) {
    this.spec.options.numHeaders = n;
    return this.call("setNumHeaders");
  }
  build(): FakeChart {
    this.call("build");
    return new FakeChart(this.log, this.spec, this.id);
  }
}

export const ChartType = { BAR: "BAR", COLUMN: "COLUMN", LINE: "LINE", PIE: "PIE", TABLE: "TABLE" } as const;
