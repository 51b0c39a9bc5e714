/** Retrieval metrics for a judged query set: mean reciprocal rank, success@1, recall@5, per kind. */
export interface JudgedQuery {
  kind: string;
  q: string;
  relevant: number[];
  traps?: number[];
}
export interface QueryOutcome extends JudgedQuery {
  ranked: number[];
  /** Rank (1-based) of the first relevant measure, or 0 if none came back. */
  firstRank: number;
  rr: number;
  recall5: number;
  /** Traps ranked above the first relevant measure. */
  trapsAbove: number[];
}
export interface Metrics {
  count: number;
  mrr: number;
  success1: number;
  recall5: number;
}
export interface Evaluation {
  overall: Metrics;
  byKind: Record<string, Metrics>;
  queries: QueryOutcome[];
}

export function judge(q: JudgedQuery, ranked: number[]): QueryOutcome {
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

export function evaluate(set: JudgedQuery[], rank: (q: string) => number[]): Evaluation {
  const queries = set.map((q) => judge(q, rank(q.q)));
  const kinds = [...new Set(set.map((q) => q.kind))];
  return {
    overall: metrics(queries),
    byKind: Object.fromEntries(kinds.map((k) => [k, metrics(queries.filter((q) => q.kind === k))])),
    queries,
  };
}

/** A Markdown table of the figures. */
export function formatEvaluation(e: Evaluation): string {
  const row = (name: string, m: Metrics) => `| ${name} | ${m.count} | ${m.mrr.toFixed(3)} | ${m.success1.toFixed(3)} | ${m.recall5.toFixed(3)} |`;
  return [
    '| kind | queries | MRR | success@1 | recall@5 |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...Object.entries(e.byKind).map(([k, m]) => row(k, m)),
    row('**all**', e.overall),
  ].join('\n');
}
