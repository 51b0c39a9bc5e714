/**
 * The graph's URL state: which agency or measure is selected and which filters are on. Values
 * that the page does not know (typos, old links, injected text) are dropped, never shown.
 */
export type GraphRole = 'lead' | 'responsible' | 'cooperate';
export const ROLE_LABEL: Record<GraphRole, string> = { lead: '牵头', responsible: '负责', cooperate: '配合' };

export interface GraphState {
  agency?: string;
  measure?: string;
  part?: string;
  sector?: string;
  tf?: string;
  role?: GraphRole;
}
export interface KnownValues {
  agencies: Set<string>;
  measures: Set<string>;
  part: Set<string>;
  sector: Set<string>;
  tf: Set<string>;
  role: Set<string>;
}

/** Reads ?agency=…&measure=…&part=…&sector=…&tf=…&role=… keeping only known values; an agency wins over a measure. */
export function parseGraphState(search: string, known: KnownValues): GraphState {
  const q = new URLSearchParams(search);
  const pick = (name: string, set: Set<string>) => {
    const v = q.get(name)?.trim();
    return v && set.has(v) ? v : undefined;
  };
  const agency = pick('agency', known.agencies);
  return {
    agency,
    measure: agency ? undefined : pick('measure', known.measures),
    part: pick('part', known.part),
    sector: pick('sector', known.sector),
    tf: pick('tf', known.tf),
    role: pick('role', known.role) as GraphRole | undefined,
  };
}

/** The query string for a state ('' when nothing is set), in a fixed order. */
export function graphQuery(state: GraphState): string {
  const q = new URLSearchParams();
  for (const k of ['agency', 'measure', 'part', 'sector', 'tf', 'role'] as const) {
    const v = state[k];
    if (v) q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
