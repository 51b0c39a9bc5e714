/**
 * Derived (editorial) data: relief classifications and quantified targets. Pure: takes the plan
 * and the entries of content/relief.yaml, targets.yaml and non-targets.yaml, checks every anchor
 * and quote against the text, and returns resolved records — or throws a ContentError naming the
 * file and field of every problem, so a wrong entry fails the build.
 */
import type { z } from 'astro/zod';
import type { Entry, MeasureAgency, Plan } from '../model/model';
import { Problems } from '../model/problems';
import type { reliefSchema } from '../../schemas/relief';
import type { targetSchema, Comparator } from '../../schemas/target';
import type { nonTargetSchema, NonTargetReason } from '../../schemas/non-target';
import type { reliefReviewSchema } from '../../schemas/relief-review';
import type { Directness, FirmType, Industry, SupportType } from '../../schemas/relief-vocab';
import type { Location } from '../model/sentences';
import {
  anchorCheck,
  checkOverlaps,
  checkReview,
  resolveNonTargets,
  resolveRelief,
  resolveTargets,
} from './derived-checks';

export type ReliefData = z.output<typeof reliefSchema>;
export type TargetData = z.output<typeof targetSchema>;
export type NonTargetData = z.output<typeof nonTargetSchema>;
export type ReliefReviewData = z.output<typeof reliefReviewSchema>;

export interface DerivedInput {
  relief: Entry<ReliefData>[];
  targets: Entry<TargetData>[];
  nonTargets: Entry<NonTargetData>[];
  /** The review of every measure for business support; optional so that fixtures of the other files stay small. */
  reliefReview?: Entry<ReliefReviewData>[];
}

export interface Relief {
  id: string;
  measure: number;
  support: SupportType;
  /** 1-based sentence number (anchor #sN). */
  sentence: number;
  /** The whole sentence as published. */
  sentenceText: string;
  quote: string;
  amount?: string;
  industries: Industry[];
  firms: FirmType[];
  directness: Directness;
  /** Who receives the help when it is not the firm itself (words of the sentence). */
  recipient?: string;
  note: string;
  /** Whom to ask: the measure's 牵头 and 负责 bodies, in source order (derived, never typed). */
  contacts: MeasureAgency[];
}

export interface Target {
  id: string;
  location: Location;
  sentence: number;
  sentenceText: string;
  quote: string;
  indicator: string;
  /** The figure as printed (7.5, 3-5, 第四); empty for a commitment without a number. */
  figure: string;
  /** The figure as a number (the lower bound of a range; 第四 → 4); null without a figure. */
  value: number | null;
  /** The upper bound of a range (3-5 → 5); equals value otherwise. */
  valueMax: number | null;
  /** The unit as printed; empty without a figure. */
  unit: string;
  /** For a commitment without a figure: what is to be achieved (全覆盖), as printed. */
  goal?: string;
  comparators: Comparator[];
  deadline?: string;
  note: string;
  /** The measure's 牵头 and 负责 bodies (none for part 一). */
  agencies: MeasureAgency[];
}

export interface NonTarget {
  id: string;
  location: Location;
  sentence: number;
  number: string;
  reason: NonTargetReason;
  note: string;
}

export interface ReliefReview {
  measure: number;
  decision: 'in' | 'out';
  reason: string;
}

export interface Derived {
  relief: Relief[];
  /** One decision per measure, in number order (empty when no review was given). */
  reliefReview: ReliefReview[];
  targets: Target[];
  nonTargets: NonTarget[];
}

export function buildDerived(plan: Plan, input: DerivedInput): Derived {
  const problems = new Problems();
  const report = problems.add;
  const anchor = anchorCheck(plan, report);
  const relief = resolveRelief(plan, input.relief, anchor, report);
  checkOverlaps(relief, report);
  const reliefReview = checkReview(plan, input.reliefReview, relief, report);
  const targets = resolveTargets(plan, input.targets, anchor, report);
  const nonTargets = resolveNonTargets(input.nonTargets, anchor, report);
  problems.throwIfAny();

  const order = (a: { location: Location; sentence: number }, b: { location: Location; sentence: number }) =>
    locKey(a.location) - locKey(b.location) || a.sentence - b.sentence;
  relief.sort((a, b) => a.measure - b.measure || a.sentence - b.sentence);
  targets.sort(order);
  nonTargets.sort(order);
  return { relief, reliefReview, targets, nonTargets };
}

/** Sort key: parts' own text first (by part), then measures by number. */
export function locKey(l: Location): number {
  return l.measure !== undefined ? 1000 + l.measure : l.part;
}

const BEFORE_FIGURE: readonly Comparator[] = ['力争', '达到', '降至', '压减至'];

/** A target's figure as a reader expects it: comparators that precede the figure (力争达到), the figure, those that follow (以上). */
export function targetPhrase(t: Pick<Target, 'comparators' | 'figure' | 'unit' | 'goal'>): {
  before: string;
  figure: string;
  after: string;
} {
  return {
    before: t.comparators.filter((c) => BEFORE_FIGURE.includes(c)).join(''),
    figure: t.figure ? `${t.figure.replace('-', '–')}${t.unit}` : (t.goal ?? ''),
    after: t.comparators.filter((c) => !BEFORE_FIGURE.includes(c)).join(''),
  };
}
