// Fake embedded charts: a builder that records type, ranges, position and options, and the chart it builds.
// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
import type { Platform } from "./platform.ts";
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
    private readonly platform: Platform,
    readonly spec: ChartSpec,
    readonly id = nextChartId++,
  ) {}
  getId() {
    this.platform.guard("charts", "Chart.getId");
    return String(this.id);
  }
  getRanges() {
    this.platform.guard("charts", "Chart.getRanges");
    return [...this.spec.ranges];
  }
  modify(): FakeChartBuilder {
    this.platform.guard("charts", "Chart.modify");
    return new FakeChartBuilder(
      this.platform,
      structuredClone({ ...this.spec, ranges: [] }),
      this.spec.ranges,
      this.id,
    );
  }
}

export class FakeChartBuilder {
  constructor(
    private readonly platform: Platform,
    private readonly spec: ChartSpec = { type: "", ranges: [], position: null, options: {} },
    ranges: FakeRange[] = [],
    private readonly id?: number,
  ) {
    this.spec.ranges = [...ranges];
  }
  private call(method: string) {
    this.platform.guard("charts", `EmbeddedChartBuilder.${method}`);
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
    return new FakeChart(this.platform, this.spec, this.id);
  }
}

export const ChartType = { BAR: "BAR", COLUMN: "COLUMN", LINE: "LINE", PIE: "PIE", TABLE: "TABLE" } as const;
