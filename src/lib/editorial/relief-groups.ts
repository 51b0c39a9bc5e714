/** Shapes relief classifications for the finder page: by kind of help, and by measure. Pure. */
import type { Relief } from './derived';
import {
  FIRM_TYPES,
  INDUSTRIES,
  SUPPORT_TYPES,
  type FirmType,
  type Industry,
  type SupportType,
} from '../../schemas/relief-vocab';

export interface MeasureItems {
  measure: number;
  items: Relief[];
}

function byMeasure(items: Relief[]): MeasureItems[] {
  const map = new Map<number, Relief[]>();
  for (const r of items) map.set(r.measure, [...(map.get(r.measure) ?? []), r]);
  return [...map.entries()].sort(([a], [b]) => a - b).map(([measure, list]) => ({ measure, items: list }));
}

/** For each kind of help that occurs, in vocabulary order: the measures classified under it, in number order. */
export function groupBySupport(relief: Relief[]): { support: SupportType; measures: MeasureItems[] }[] {
  return SUPPORT_TYPES.map((support) => ({
    support,
    measures: byMeasure(relief.filter((r) => r.support === support)),
  })).filter((g) => g.measures.length > 0);
}

/** Every classified measure with all its classified sentences. */
export function groupByMeasure(relief: Relief[]): MeasureItems[] {
  return byMeasure(relief);
}

/** The industries and firm types that occur in the classifications, in vocabulary order (the finder's choices). */
export function finderChoices(relief: Relief[]): {
  industries: Industry[];
  firms: FirmType[];
  supports: SupportType[];
} {
  const used = <T extends string>(all: readonly T[], get: (r: Relief) => readonly T[]) =>
    all.filter((x) => relief.some((r) => get(r).includes(x)));
  return {
    industries: used(INDUSTRIES, (r) => r.industries),
    firms: used(FIRM_TYPES, (r) => r.firms),
    supports: used(SUPPORT_TYPES, (r) => [r.support]),
  };
}
