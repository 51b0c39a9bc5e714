/**
 * Retrieval metrics for a judged query set: mean reciprocal rank, success@1, recall@5 per kind, traps
 * ranked above the first relevant measure, and for out-of-plan queries (no relevant measure) whether
 * search said so.
 */
/** A measure number, or a sentence of the document outside the measures (`part-1:s3`, `notice:s1`, `copy-to:s2`, `number`). */
export type Hit = number | string;
export interface JudgedQuery {
  kind: string;
  q: string;
  /** Measures (or document sentences) that answer the query; empty: the plan says nothing about it. */
  relevant: Hit[];
  traps?: number[];
}
/** What search answered: measures in the order shown (full matches, then partial), and whether it said "not in this plan". */
export interface Answer {
  ranked: Hit[];
  /** Measures (or document sentences) that matched every content word. */
  full: Hit[];
  notInPlan: boolean;
}
export interface QueryOutcome extends JudgedQuery {
  ranked: Hit[];
  /** Rank (1-based) of the first relevant measure, or 0 if none came back. */
  firstRank: number;
  rr: number;
  recall5: number;
  /** Traps ranked above the first relevant measure. */
  trapsAbove: number[];
  /** Out-of-plan query: answered "not in this plan" with no full match. */
  honest?: boolean;
}
export interface Metrics {
  count: number;
  mrr: number;
  success1: number;
  recall5: number;
}
export interface Evaluation {
  /** Over the queries that have relevant measures. */
  overall: Metrics;
  byKind: Record<string, Metrics>;
  /** Out-of-plan queries: how many, and how many were answered "not in this plan" with no full match. */
  negatives: { count: number; honest: number };
  queries: QueryOutcome[];
}

export function judge(q: JudgedQuery, a: Answer): QueryOutcome {
  const { ranked } = a;
  if (!q.relevant.length)
    return {
      ...q,
      ranked,
      firstRank: 0,
      rr: 0,
      recall5: 0,
      trapsAbove: [],
      honest: a.notInPlan && a.full.length === 0,
    };
  const idx = ranked.findIndex((n) => q.relevant.includes(n));
  const firstRank = idx + 1;
  const top5 = ranked.slice(0, 5);
  const recall5 = q.relevant.filter((n) => top5.includes(n)).length / Math.min(5, q.relevant.length);
  const limit = idx < 0 ? ranked.length : idx;
  const trapsAbove = (q.traps ?? []).filter((t) => {
    const r = ranked.indexOf(t);
    return r >= 0 && r < limit;
  });
  return { ...q, ranked, firstRank, rr: firstRank ? 1 / firstRank : 0, recall5, trapsAbove };
}

function metrics(list: QueryOutcome[]): Metrics {
  const n = list.length || 1;
  return {
    count: list.length,
    mrr: list.reduce((s, q) => s + q.rr, 0) / n,
    success1: list.filter((q) => q.firstRank === 1).length / n,
    recall5: list.reduce((s, q) => s + q.recall5, 0) / n,
  };
}

export function evaluate(set: JudgedQuery[], answer: (q: string) => Answer): Evaluation {
  const queries = set.map((q) => judge(q, answer(q.q)));
  const positive = queries.filter((q) => q.relevant.length);
  const negative = queries.filter((q) => !q.relevant.length);
  const kinds = [...new Set(positive.map((q) => q.kind))];
  return {
    overall: metrics(positive),
    byKind: Object.fromEntries(kinds.map((k) => [k, metrics(positive.filter((q) => q.kind === k))])),
    negatives: { count: negative.length, honest: negative.filter((q) => q.honest).length },
    queries,
  };
}

/** A Markdown table of the figures, and the out-of-plan queries answered honestly. */
export function formatEvaluation(e: Evaluation): string {
  const row = (name: string, m: Metrics) =>
    `| ${name} | ${m.count} | ${m.mrr.toFixed(3)} | ${m.success1.toFixed(3)} | ${m.recall5.toFixed(3)} |`;
  const traps = e.queries.filter((q) => q.traps?.length);
  const lines = [
    '| kind | queries | MRR | success@1 | recall@5 |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...Object.entries(e.byKind).map(([k, m]) => row(k, m)),
    row('**all**', e.overall),
    '',
    `Traps: ${traps.reduce((s, q) => s + q.trapsAbove.length, 0)} ranked above a relevant measure (${traps.length} queries with traps).`,
  ];
  if (e.negatives.count) {
    lines.push(
      `Out-of-plan queries answered “not in this plan” with no full match: ${e.negatives.honest} of ${e.negatives.count}.`,
    );
    const neg = e.queries.filter((q) => !q.relevant.length);
    const kinds = [...new Set(neg.map((q) => q.kind))];
    if (kinds.length > 1)
      for (const k of kinds) {
        const list = neg.filter((q) => q.kind === k);
        lines.push(`- ${k}: ${list.filter((q) => q.honest).length} of ${list.length}`);
      }
  }
  return lines.join('\n');
}
