/**
 * The steps of buildDerived (derived.ts): each editorial file's entries checked against the plan's text
 * (anchor, quote, figures, names), reporting every problem with file and field.
 */
import type { Entry, MeasureAgency, Plan } from '../model/model';
import type { Report } from '../model/problems';
import { sentencesAt, type Location } from '../model/sentences';
import { FIRM_NAMES, FIRM_TYPES, INDUSTRY_NAMES, type FirmType } from '../../schemas/relief-vocab';
import type {
  NonTarget,
  NonTargetData,
  Relief,
  ReliefData,
  ReliefReview,
  ReliefReviewData,
  Target,
  TargetData,
} from './derived';
import { chineseNumeralValue } from './numbers';

export const DERIVED_FILES = {
  relief: 'content/relief.yaml',
  targets: 'content/targets.yaml',
  nonTargets: 'content/non-targets.yaml',
  reliefReview: 'content/relief-review.yaml',
} as const;

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

export const loc = (d: { measure?: number; part?: number }): Location =>
  d.measure !== undefined ? { measure: d.measure } : { part: d.part! };

/** Checks the location, sentence and quote of an entry; returns the sentence text when all exist. */
type Anchor = (
  file: string,
  id: string,
  d: { measure?: number; part?: number; sentence: number },
  quote: string,
  field?: string,
) => string | undefined;

export function anchorCheck(plan: Plan, report: Report): Anchor {
  return (file, id, d, quote, field = 'quote') => {
    const l = loc(d);
    const sentences = sentencesAt(plan, l);
    if (!sentences) {
      report(
        file,
        `${id}.${l.measure !== undefined ? 'measure' : 'part'}`,
        `there is no ${l.measure !== undefined ? `measure ${l.measure}` : `part ${l.part}`}`,
      );
      return undefined;
    }
    const text = sentences[d.sentence - 1];
    if (text === undefined) {
      report(
        file,
        `${id}.sentence`,
        `sentence ${d.sentence} does not exist (the text has ${sentences.length} sentences, s1…s${sentences.length})`,
      );
      return undefined;
    }
    if (!text.includes(quote)) {
      const elsewhere = sentences.findIndex((s) => s.includes(quote));
      report(
        file,
        `${id}.${field}`,
        `"${quote}" does not occur in sentence ${d.sentence} ("${text}")${elsewhere >= 0 ? `; it occurs in sentence ${elsewhere + 1}` : ''}`,
      );
      return undefined;
    }
    return text;
  };
}

function unique(report: Report, file: string, entries: { id: string }[]) {
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) report(file, `${e.id}`, 'this id is used twice');
    seen.add(e.id);
  }
}

/** The relief entries whose anchor holds; amount, industries, firm types and recipient checked against the text. */
export function resolveRelief(plan: Plan, entries: Entry<ReliefData>[], anchor: Anchor, report: Report): Relief[] {
  const F = DERIVED_FILES.relief;
  unique(report, F, entries);
  const relief: Relief[] = [];
  for (const e of entries) {
    const d = e.data;
    const text = anchor(F, e.id, d, d.quote);
    if (text === undefined) continue;
    const measureText = plan.measureByNumber.get(d.measure)!.text;
    if (d.amount !== undefined && !text.includes(d.amount))
      report(F, `${e.id}.amount`, `"${d.amount}" does not occur in sentence ${d.sentence}`);
    d.industries.forEach((ind, i) => {
      if (!INDUSTRY_NAMES[ind].some((w) => measureText.includes(w))) {
        report(
          F,
          `${e.id}.industries[${i}]`,
          `measure ${d.measure} does not name "${ind}" (none of ${INDUSTRY_NAMES[ind].join('、')} occurs in its text)`,
        );
      }
    });
    const title = plan.measureByNumber.get(d.measure)!.sentences[0]!;
    d.firms.forEach((f, i) => {
      if (!namesFirm(text, f) && !namesFirm(title, f)) {
        report(
          F,
          `${e.id}.firms[${i}]`,
          `neither sentence ${d.sentence} nor the title of measure ${d.measure} names "${f}" (none of ${FIRM_NAMES[f].join('、')} occurs there outside 《…》 titles and longer firm names)`,
        );
      }
    });
    if (d.recipient !== undefined && !text.includes(d.recipient))
      report(F, `${e.id}.recipient`, `"${d.recipient}" does not occur in sentence ${d.sentence}`);
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
  return relief;
}

/** The same words classified twice under the same kind of help (one quote contains the other). */
export function checkOverlaps(relief: Relief[], report: Report): void {
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
      report(
        DERIVED_FILES.relief,
        `${r.id}.support`,
        `"${other.id}" already classifies these words of sentence ${r.sentence} of measure ${r.measure} as ${r.support}`,
      );
    seenItems.push(r);
  }
}

/** The targets whose anchor holds; figure, goal, comparators and deadline must be in the quote. */
export function resolveTargets(plan: Plan, entries: Entry<TargetData>[], anchor: Anchor, report: Report): Target[] {
  const T = DERIVED_FILES.targets;
  unique(report, T, entries);
  const targets: Target[] = [];
  for (const e of entries) {
    const d = e.data;
    const text = anchor(T, e.id, d, d.quote);
    if (text === undefined) continue;
    if (d.figure !== undefined) {
      const printed = `${d.figure}${d.unit ?? ''}`;
      if (!d.quote.includes(printed))
        report(T, `${e.id}.figure`, `the quote does not contain "${printed}" (figure followed by unit)`);
    }
    if (d.goal !== undefined && !d.quote.includes(d.goal))
      report(T, `${e.id}.goal`, `the quote does not contain "${d.goal}"`);
    d.comparators.forEach((c, i) => {
      if (!d.quote.includes(c)) report(T, `${e.id}.comparators[${i}]`, `the quote does not contain "${c}"`);
    });
    if (d.deadline !== undefined && !d.quote.includes(d.deadline))
      report(T, `${e.id}.deadline`, `the quote does not contain "${d.deadline}"`);
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
  return targets;
}

/** The non-targets whose number occurs in their sentence. */
export function resolveNonTargets(entries: Entry<NonTargetData>[], anchor: Anchor, report: Report): NonTarget[] {
  const N = DERIVED_FILES.nonTargets;
  unique(report, N, entries);
  const nonTargets: NonTarget[] = [];
  for (const e of entries) {
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
  return nonTargets;
}

/** Every measure reviewed exactly once; `in` exactly for the measures relief.yaml classifies. */
export function checkReview(
  plan: Plan,
  entries: Entry<ReliefReviewData>[] | undefined,
  relief: Relief[],
  problem: Report,
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
