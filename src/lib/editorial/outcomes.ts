/**
 * What became of each promise: one record per quantified target and per measure (content/outcomes.yaml),
 * checked against the plan and the targets, with the status of every target computed here from the two figures
 * (never typed). Pure: takes the plan, the resolved targets and the entries; returns records in plan order or
 * throws a ContentError naming the file, the record and the field of every problem.
 */
import {
  PLAN_SIGNED,
  type MeasureStatus,
  type OutcomeData,
  type OutcomeKind,
  type OutcomeSource,
  type OutcomeStatus,
  type TargetStatus,
} from '../../schemas/outcome';
import { ContentError, type ContentProblem, type Entry, type Plan } from '../model/model';
import type { Target } from './derived';

export const OUTCOMES_FILE = 'content/outcomes.yaml';

export interface Outcome {
  kind: OutcomeKind;
  /** The target's id or the measure's number, as text (t: growth, m: 12). */
  ref: string;
  /** The measure the record is about (for a target: the measure it stands in; none for part 一's targets). */
  measure?: number;
  status: OutcomeStatus;
  figure: string;
  unit: string;
  period: string;
  comparable: boolean | null;
  comparability: string;
  action: string;
  source?: OutcomeSource;
  quote: string;
  queries: string[];
  checked: string;
  note: string;
}

/** Statuses in the order readers see them counted. */
export const STATUS_ORDER: OutcomeStatus[] = [
  'met',
  'partly-met',
  'not-met',
  'no-comparable-figure',
  'evidence-of-action',
  'no-evidence-found',
];

/** Unit prefixes the sources and the plan write before a base unit: 万个 = 10 000 个. */
const MULTIPLIERS: [string, number][] = [
  ['亿', 1e8],
  ['万', 1e4],
];

/** A figure with its unit as a number in the base unit: ('3', '万个') → 30000 个. Units with no base (%, 亿元) stay. */
export function inBaseUnit(value: number, rawUnit: string): { value: number; unit: string } {
  // sources printed in traditional characters (億元, 萬個) count in the same units
  const unit = rawUnit.replace(/億/gu, '亿').replace(/萬/gu, '万').replace(/個/gu, '个');
  for (const [prefix, factor] of MULTIPLIERS) {
    if (unit.startsWith(prefix) && unit.length > 1 && unit !== '亿元')
      return { value: value * factor, unit: unit.slice(1) };
  }
  if (unit === '亿元') return { value: value * 1e4, unit: '万元' };
  return { value, unit };
}

/** Comparators that make a target a ceiling (the figure is to fall to it or below). */
const CEILING = new Set(['以下', '降至', '压减至']);

/**
 * The status of a target from its figure and the outcome's, by the plan's own words:
 * a ceiling (降至, 以下, 压减至) is met at or below the figure; every other target is a floor (达到, 以上, 力争,
 * or a bare figure), met at or above it; 左右 (around) is met at 95% of the figure or more; a range (3-5) is met
 * from its lower bound. A floor or range reached only in part (half the figure or more) is partly met.
 * A commitment without a figure (全覆盖) is met when the quote states its goal words.
 */
export function targetStatus(
  target: Pick<Target, 'value' | 'valueMax' | 'unit' | 'comparators' | 'goal'>,
  outcome: { figure: number; unit: string; quote: string },
): TargetStatus {
  if (target.goal !== undefined) return outcome.quote.includes(target.goal) ? 'met' : 'no-comparable-figure';
  if (target.value === null) return 'no-comparable-figure';
  const goal = inBaseUnit(target.value, target.unit);
  const got = inBaseUnit(outcome.figure, outcome.unit);
  if (goal.unit !== got.unit) return 'no-comparable-figure';
  if (target.comparators.some((c) => CEILING.has(c))) return got.value <= goal.value ? 'met' : 'not-met';
  const floor = target.comparators.includes('左右') ? goal.value * 0.95 : goal.value;
  if (got.value >= floor) return 'met';
  return got.value >= goal.value / 2 ? 'partly-met' : 'not-met';
}

type Problem = (record: string, field: string, message: string) => undefined;

/** Checks what every record with evidence must carry: source fields, a dated quote. */
function checkEvidence(d: OutcomeData, at: string, problem: Problem): void {
  if (!d.source) return problem(at, 'source', 'a record with evidence needs source (url, publisher, published, title)');
  if (d.source.published < PLAN_SIGNED)
    problem(at, 'source.published', `${d.source.published} precedes the plan (${PLAN_SIGNED}): it cannot be evidence`);
  if (!d.quote) problem(at, 'quote', 'a record with evidence needs the exact quote that holds the figure or the fact');
  if (d.queries.length) problem(at, 'queries', 'queries belong to no-evidence-found records only');
}

/** A no-evidence-found record: the queries tried, no source. */
function checkNoEvidence(d: OutcomeData, at: string, problem: Problem): void {
  if (!d.queries.length) problem(at, 'queries', 'list the queries tried, so a reviewer can repeat the search');
  if (d.source || d.quote) problem(at, 'source', 'a no-evidence-found record has no source or quote');
  if (d.figure) problem(at, 'figure', 'a no-evidence-found record has no figure');
}

function targetRecord(d: OutcomeData, t: Target, at: string, problem: Problem): Outcome | undefined {
  if (d.status && d.status !== 'no-evidence-found')
    return problem(at, 'status', `the status of a target is computed by the build; do not type "${d.status}"`);
  const base = baseRecord(d, t.id, t.location.measure);
  if (d.status === 'no-evidence-found') {
    checkNoEvidence(d, at, problem);
    return { ...base, status: 'no-evidence-found' };
  }
  checkEvidence(d, at, problem);
  if (!d.figure || !d.unit || !d.period || d.comparable === undefined)
    return problem(at, 'figure', 'a target record needs figure, unit, period and comparable');
  if (d.quote && !d.quote.includes(d.figure)) problem(at, 'quote', `the quote does not contain the figure ${d.figure}`);
  if (!d.comparable && !d.comparability)
    problem(at, 'comparability', 'say what the figure measures that the target does not');
  const status = d.comparable
    ? targetStatus(t, { figure: Number(d.figure), unit: d.unit, quote: d.quote ?? '' })
    : 'no-comparable-figure';
  return { ...base, status };
}

function measureRecord(d: OutcomeData, n: number, at: string, problem: Problem): Outcome | undefined {
  const status = d.status as MeasureStatus | undefined;
  if (status !== 'evidence-of-action' && status !== 'no-evidence-found')
    return problem(at, 'status', 'a measure record is evidence-of-action or no-evidence-found');
  if (status === 'no-evidence-found') checkNoEvidence(d, at, problem);
  else {
    checkEvidence(d, at, problem);
    if (!d.action) problem(at, 'action', 'say in one sentence what the source shows happened');
  }
  if (d.figure || d.comparable !== undefined)
    problem(at, 'figure', 'figures and comparability belong to target records');
  return { ...baseRecord(d, String(n), n), status };
}

function baseRecord(d: OutcomeData, ref: string, measure: number | undefined): Omit<Outcome, 'status'> {
  return {
    kind: d.kind,
    ref,
    ...(measure === undefined ? {} : { measure }),
    figure: d.figure ?? '',
    unit: d.unit ?? '',
    period: d.period ?? '',
    comparable: d.comparable ?? null,
    comparability: d.comparability,
    action: d.action ?? '',
    ...(d.source ? { source: d.source } : {}),
    quote: d.quote ?? '',
    queries: d.queries,
    checked: d.checked,
    note: d.note,
  };
}

/** Every target and every measure has exactly one record; records are returned targets first, each in plan order. */
export function buildOutcomes(
  plan: Pick<Plan, 'measures'>,
  targets: Target[],
  entries: Entry<OutcomeData>[],
): Outcome[] {
  const problems: ContentProblem[] = [];
  const problem: Problem = (record, field, message) => {
    problems.push({ file: OUTCOMES_FILE, field: `${record}.${field}`, message });
  };
  const targetById = new Map(targets.map((t) => [t.id, t]));
  const measureNumbers = new Set(plan.measures.map((m) => m.number));
  const seen = new Map<string, string>();
  const byKey = new Map<string, Outcome>();
  entries.forEach((e, i) => {
    const d = e.data;
    const key = `${d.kind}:${d.ref}`;
    const at = `[${i}] (${d.kind} ${d.ref})`;
    if (seen.has(key))
      return problem(at, 'ref', `a second record for ${d.kind} ${d.ref} (the first is ${seen.get(key)})`);
    seen.set(key, at);
    let record: Outcome | undefined;
    if (d.kind === 'target') {
      const t = targetById.get(String(d.ref));
      if (!t) return problem(at, 'ref', `no target "${d.ref}" in content/targets.yaml`);
      record = targetRecord(d, t, at, problem);
    } else {
      const n = Number(d.ref);
      if (!measureNumbers.has(n)) return problem(at, 'ref', `no measure ${d.ref}`);
      record = measureRecord(d, n, at, problem);
    }
    if (record) byKey.set(key, record);
  });
  for (const t of targets) if (!seen.has(`target:${t.id}`)) problem('(missing)', 'ref', `target ${t.id} has no record`);
  for (const n of measureNumbers)
    if (!seen.has(`measure:${n}`)) problem('(missing)', 'ref', `measure ${n} has no record`);
  if (problems.length) throw new ContentError(problems);
  return [
    ...targets.map((t) => byKey.get(`target:${t.id}`)!),
    ...[...measureNumbers].sort((a, b) => a - b).map((n) => byKey.get(`measure:${n}`)!),
  ];
}

/** How many records have each status (statuses with none left out), in STATUS_ORDER. */
export function countByStatus(outcomes: Outcome[]): { status: OutcomeStatus; count: number }[] {
  return STATUS_ORDER.map((status) => ({ status, count: outcomes.filter((o) => o.status === status).length })).filter(
    (c) => c.count > 0,
  );
}

/** A record with what the /outcomes/ page filters and labels it by. */
export interface OutcomeRow {
  outcome: Outcome;
  /** The part the target or measure stands in (1…7). */
  part: number;
  /** The measure's bodies (all roles), ids in source order; none for part 一's targets. */
  agencies: string[];
  /** The target's indicator (editorial), or the measure's title. */
  label: string;
}

/** Rows for the outcomes page: targets then measures, each with its part and bodies. */
export function outcomeRows(
  plan: Pick<Plan, 'measureByNumber' | 'partById'>,
  targets: Pick<Target, 'id' | 'indicator' | 'location'>[],
  outcomes: Outcome[],
): OutcomeRow[] {
  const targetById = new Map(targets.map((t) => [t.id, t]));
  return outcomes.map((o) => {
    const m = o.measure === undefined ? undefined : plan.measureByNumber.get(o.measure)!;
    const t = o.kind === 'target' ? targetById.get(o.ref)! : undefined;
    return {
      outcome: o,
      part: m ? plan.partById.get(m.partId)!.number : t!.location.part!,
      agencies: m ? [...new Set(m.agencies.map((a) => a.id))] : [],
      label: t ? t.indicator : m!.title,
    };
  });
}
