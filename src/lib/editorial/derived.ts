/**
 * Derived (editorial) data: relief classifications and quantified targets. Pure: takes the plan
 * and the entries of content/relief.yaml, targets.yaml and non-targets.yaml, checks every anchor
 * and quote against the text, and returns resolved records — or throws a ContentError naming the
 * file and field of every problem, so a wrong entry fails the build.
 */
import type { z } from 'astro/zod';
import { ContentError, type ContentProblem, type Entry, type MeasureAgency, type Plan } from '../model/model';
import type { reliefSchema } from '../../schemas/relief';
import type { targetSchema, Comparator } from '../../schemas/target';
import type { nonTargetSchema, NonTargetReason } from '../../schemas/non-target';
import type { reliefReviewSchema } from '../../schemas/relief-review';
import {
  FIRM_NAMES,
  FIRM_TYPES,
  INDUSTRY_NAMES,
  type Directness,
  type FirmType,
  type Industry,
  type SupportType,
} from '../../schemas/relief-vocab';
import { sentencesAt, type Location } from '../model/sentences';
import { chineseNumeralValue } from './numbers';

export type ReliefData = z.output<typeof reliefSchema>;
export type TargetData = z.output<typeof targetSchema>;
export type NonTargetData = z.output<typeof nonTargetSchema>;
export type ReliefReviewData = z.output<typeof reliefReviewSchema>;

export const DERIVED_FILES = {
  relief: 'content/relief.yaml',
  targets: 'content/targets.yaml',
  nonTargets: 'content/non-targets.yaml',
  reliefReview: 'content/relief-review.yaml',
} as const;

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

/** The bodies to contact for a measure: its lead and responsible agencies, each once, in source order. */
export function contactsOf(plan: Plan, measure: number): MeasureAgency[] {
  const m = plan.measureByNumber.get(measure);
  if (!m) return [];
  const seen = new Set<string>();
  return m.agencies.filter((a) => a.role !== 'cooperate' && !seen.has(a.id) && (seen.add(a.id), true));
}

/** Text as it names firm types: without the titles of other documents (《…》). */
const ownWords = (text: string) => text.replace(/《[^》]*》/gu, '');

/**
 * Whether a text names a firm type: one of its names occurs outside 《…》 and not as part of a
 * longer name of another type (小微 inside 中小微企业).
 */
export function namesFirm(text: string, firm: FirmType): boolean {
  let t = ownWords(text);
  for (const other of FIRM_TYPES) {
    if (other === firm) continue;
    for (const longer of FIRM_NAMES[other])
      if (FIRM_NAMES[firm].some((w) => longer.includes(w) && longer !== w)) t = t.split(longer).join('');
  }
  return FIRM_NAMES[firm].some((w) => t.includes(w));
}

const loc = (d: { measure?: number; part?: number }): Location =>
  d.measure !== undefined ? { measure: d.measure } : { part: d.part! };

export function buildDerived(plan: Plan, input: DerivedInput): Derived {
  const problems: ContentProblem[] = [];
  const problem = (file: string, field: string, message: string) => problems.push({ file, field, message });

  /** Checks the location, sentence and quote of an entry; returns the sentence text when all exist. */
  const anchor = (
    file: string,
    id: string,
    d: { measure?: number; part?: number; sentence: number },
    quote: string,
    field = 'quote',
  ): string | undefined => {
    const l = loc(d);
    const sentences = sentencesAt(plan, l);
    if (!sentences) {
      problem(
        file,
        `${id}.${l.measure !== undefined ? 'measure' : 'part'}`,
        `there is no ${l.measure !== undefined ? `measure ${l.measure}` : `part ${l.part}`}`,
      );
      return undefined;
    }
    const text = sentences[d.sentence - 1];
    if (text === undefined) {
      problem(
        file,
        `${id}.sentence`,
        `sentence ${d.sentence} does not exist (the text has ${sentences.length} sentences, s1…s${sentences.length})`,
      );
      return undefined;
    }
    if (!text.includes(quote)) {
      const elsewhere = sentences.findIndex((s) => s.includes(quote));
      problem(
        file,
        `${id}.${field}`,
        `"${quote}" does not occur in sentence ${d.sentence} ("${text}")${elsewhere >= 0 ? `; it occurs in sentence ${elsewhere + 1}` : ''}`,
      );
      return undefined;
    }
    return text;
  };

  const unique = (file: string, entries: { id: string }[]) => {
    const seen = new Set<string>();
    for (const e of entries) {
      if (seen.has(e.id)) problem(file, `${e.id}`, 'this id is used twice');
      seen.add(e.id);
    }
  };

  // relief
  const F = DERIVED_FILES.relief;
  unique(F, input.relief);
  const relief: Relief[] = [];
  for (const e of input.relief) {
    const d = e.data;
    const text = anchor(F, e.id, d, d.quote);
    if (text === undefined) continue;
    const measureText = plan.measureByNumber.get(d.measure)!.text;
    if (d.amount !== undefined && !text.includes(d.amount))
      problem(F, `${e.id}.amount`, `"${d.amount}" does not occur in sentence ${d.sentence}`);
    d.industries.forEach((ind, i) => {
      if (!INDUSTRY_NAMES[ind].some((w) => measureText.includes(w))) {
        problem(
          F,
          `${e.id}.industries[${i}]`,
          `measure ${d.measure} does not name "${ind}" (none of ${INDUSTRY_NAMES[ind].join('、')} occurs in its text)`,
        );
      }
    });
    const title = plan.measureByNumber.get(d.measure)!.sentences[0]!;
    d.firms.forEach((f, i) => {
      if (!namesFirm(text, f) && !namesFirm(title, f)) {
        problem(
          F,
          `${e.id}.firms[${i}]`,
          `neither sentence ${d.sentence} nor the title of measure ${d.measure} names "${f}" (none of ${FIRM_NAMES[f].join('、')} occurs there outside 《…》 titles and longer firm names)`,
        );
      }
    });
    if (d.recipient !== undefined && !text.includes(d.recipient))
      problem(F, `${e.id}.recipient`, `"${d.recipient}" does not occur in sentence ${d.sentence}`);
    relief.push({
      id: e.id,
      measure: d.measure,
      support: d.support,
      sentence: d.sentence,
      sentenceText: text,
      quote: d.quote,
      ...(d.amount !== undefined ? { amount: d.amount } : {}),
      industries: d.industries,
      firms: d.firms,
      directness: d.directness,
      ...(d.recipient !== undefined ? { recipient: d.recipient } : {}),
      note: d.note,
      contacts: contactsOf(plan, d.measure),
    });
  }
  // the same words classified twice under the same kind of help (one quote contains the other)
  const seenItems: Relief[] = [];
  for (const r of relief) {
    const other = seenItems.find(
      (o) =>
        o.measure === r.measure &&
        o.sentence === r.sentence &&
        o.support === r.support &&
        (o.quote.includes(r.quote) || r.quote.includes(o.quote)),
    );
    if (other)
      problem(
        F,
        `${r.id}.support`,
        `"${other.id}" already classifies these words of sentence ${r.sentence} of measure ${r.measure} as ${r.support}`,
      );
    seenItems.push(r);
  }

  // the review of every measure
  const reliefReview = checkReview(plan, input.reliefReview, relief, problem);

  // targets
  const T = DERIVED_FILES.targets;
  unique(T, input.targets);
  const targets: Target[] = [];
  for (const e of input.targets) {
    const d = e.data;
    const text = anchor(T, e.id, d, d.quote);
    if (text === undefined) continue;
    if (d.figure !== undefined) {
      const printed = `${d.figure}${d.unit ?? ''}`;
      if (!d.quote.includes(printed))
        problem(T, `${e.id}.figure`, `the quote does not contain "${printed}" (figure followed by unit)`);
    }
    if (d.goal !== undefined && !d.quote.includes(d.goal))
      problem(T, `${e.id}.goal`, `the quote does not contain "${d.goal}"`);
    d.comparators.forEach((c, i) => {
      if (!d.quote.includes(c)) problem(T, `${e.id}.comparators[${i}]`, `the quote does not contain "${c}"`);
    });
    if (d.deadline !== undefined && !d.quote.includes(d.deadline))
      problem(T, `${e.id}.deadline`, `the quote does not contain "${d.deadline}"`);
    const [lo, hi] = figureValues(d.figure);
    targets.push({
      id: e.id,
      location: loc(d),
      sentence: d.sentence,
      sentenceText: text,
      quote: d.quote,
      indicator: d.indicator,
      figure: d.figure ?? '',
      value: lo,
      valueMax: hi,
      unit: d.unit ?? '',
      ...(d.goal !== undefined ? { goal: d.goal } : {}),
      comparators: d.comparators,
      ...(d.deadline !== undefined ? { deadline: d.deadline } : {}),
      note: d.note,
      agencies: d.measure !== undefined ? contactsOf(plan, d.measure) : [],
    });
  }

  // non-targets
  const N = DERIVED_FILES.nonTargets;
  unique(N, input.nonTargets);
  const nonTargets: NonTarget[] = [];
  for (const e of input.nonTargets) {
    const d = e.data;
    if (anchor(N, e.id, d, d.number, 'number') === undefined) continue;
    nonTargets.push({
      id: e.id,
      location: loc(d),
      sentence: d.sentence,
      number: d.number,
      reason: d.reason,
      note: d.note,
    });
  }

  if (problems.length) throw new ContentError(problems);
  const order = (a: { location: Location; sentence: number }, b: { location: Location; sentence: number }) =>
    locKey(a.location) - locKey(b.location) || a.sentence - b.sentence;
  relief.sort((a, b) => a.measure - b.measure || a.sentence - b.sentence);
  targets.sort(order);
  nonTargets.sort(order);
  return { relief, reliefReview, targets, nonTargets };
}

/** Every measure reviewed exactly once; `in` exactly for the measures relief.yaml classifies. */
function checkReview(
  plan: Plan,
  entries: Entry<ReliefReviewData>[] | undefined,
  relief: Relief[],
  problem: (file: string, field: string, message: string) => void,
): ReliefReview[] {
  if (!entries) return [];
  const R = DERIVED_FILES.reliefReview;
  const classified = new Set(relief.map((r) => r.measure));
  const byMeasure = new Map<number, ReliefReview>();
  for (const e of entries) {
    const { measure, decision, reason } = e.data;
    if (!plan.measureByNumber.has(measure)) problem(R, `${e.id}.measure`, `there is no measure ${measure}`);
    else if (byMeasure.has(measure)) problem(R, `${e.id}.measure`, `measure ${measure} is reviewed twice`);
    else if (decision === 'in' && !classified.has(measure))
      problem(R, `${e.id}.decision`, `measure ${measure} is "in" but content/relief.yaml has no entry for it`);
    else if (decision === 'out' && classified.has(measure))
      problem(R, `${e.id}.decision`, `measure ${measure} is "out" but content/relief.yaml classifies it`);
    byMeasure.set(measure, { measure, decision, reason });
  }
  for (const m of plan.measures) {
    if (!byMeasure.has(m.number))
      problem(R, `measure ${m.number}`, 'this measure has no review entry (in or out, with the reason)');
  }
  return [...byMeasure.values()].sort((a, b) => a.measure - b.measure);
}

/** A figure's bounds: 3-5 → [3, 5], 7.5 → [7.5, 7.5], 第四 → [4, 4], none → [null, null]. */
function figureValues(figure: string | undefined): [number | null, number | null] {
  if (figure === undefined) return [null, null];
  if (/^\d/u.test(figure)) {
    const [lo, hi] = figure.split('-').map(Number) as [number, number | undefined];
    return [lo, hi ?? lo];
  }
  const v = chineseNumeralValue(figure);
  return [v, v];
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

export const NON_TARGET_LABELS: Record<NonTargetReason, string> = {
  'document-number': '文号',
  date: '年份或日期',
  count: '所列事项的数目',
  'reward-rule': '奖励标准',
  ratio: '比例',
  name: '名称的一部分',
  rule: '规则，不是目标',
  baseline: '目标的起点',
  ordinal: '序号',
  phrase: '固定说法，不表示数量',
};
