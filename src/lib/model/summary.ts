/** Headline facts about the plan, derived from the content (never typed by hand). */
import type { Plan } from './model';
import { splitSentences } from './text';

/** The sentence of part 一 that states a percentage target (2022年，…增速力争达到7.5%左右。). */
export function headlineTarget(plan: Plan): { sentence: string; value: string } | null {
  for (const p of plan.parts) {
    for (const paragraph of p.text) {
      for (const sentence of splitSentences(paragraph)) {
        const m = /(\d+(?:\.\d+)?%)/u.exec(sentence);
        if (m) return { sentence, value: m[1]! };
      }
    }
  }
  return null;
}

export interface Counts {
  measures: number;
  parts: number;
  sectors: number;
  taskForces: number;
  agencies: number;
}

export function counts(plan: Plan): Counts {
  return {
    measures: plan.measures.length,
    parts: plan.parts.length,
    sectors: plan.sectors.length,
    taskForces: plan.taskForces.length,
    agencies: plan.agencies.length,
  };
}
