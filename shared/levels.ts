// Competence levels from diagnostic scores (spec §2.4): default thresholds 85 / 70 / 50, configurable.
import type { Level } from "./schema/enums.ts";
import type { Thresholds } from "./settings.ts";

export function levelOf(score: number, thresholds: Thresholds): Level {
  if (score >= thresholds.high) return "высокий";
  if (score >= thresholds.elevated) return "повышенный";
  if (score >= thresholds.base) return "базовый";
  return "низкий";
}

const RANK: Record<Level, number> = { низкий: 0, базовый: 1, повышенный: 2, высокий: 3 };
/** Orders levels from низкий (0) to высокий (3). */
export const levelRank = (level: Level): number => RANK[level];
