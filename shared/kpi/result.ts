// One indicator's result from its numerator and denominator: value, target from «Настройки», met or not.
import type { Settings } from "../settings.ts";
import { KPI_DEFINITIONS, type KpiDefinition, type KpiId, type KpiResult } from "./definitions.ts";

/** Float noise (e.g. a target typed as 7% → 0.07) must not turn a met target into a missed one. */
const EPSILON = 1e-9;

/** The target of an indicator: «Настройки» (Цель K…) when given, else the default of spec §5. */
export function targetOf(definition: KpiDefinition, settings: Pick<Settings, "targets">): number {
  const custom = settings.targets[definition.id];
  return typeof custom === "number" && Number.isFinite(custom) && custom >= 0 ? custom : definition.target;
}

export const definitionOf = (id: KpiId): KpiDefinition => KPI_DEFINITIONS.find((d) => d.id === id)!;

/**
 * A denominator of 0 means no data: value and met are null. A share's value is numerator / denominator;
 * a count's (K6) is the numerator, the denominator only gives context.
 */
export function kpiResult(
  id: KpiId,
  numerator: number,
  denominator: number,
  settings: Pick<Settings, "targets">,
): KpiResult {
  const definition = definitionOf(id);
  const target = targetOf(definition, settings);
  const value = denominator === 0 ? null : definition.kind === "count" ? numerator : numerator / denominator;
  return {
    id,
    title: definition.title,
    numerator,
    denominator,
    value,
    target,
    met: value === null ? null : value >= target - EPSILON,
  };
}
