/**
 * The explorer's shared state — view, selection, filters, comparison — as one reducer, and its URL form.
 * Pure: the island holds it at its root (useReducer) and writes it to the address bar; tests drive it here.
 *
 * URL: /explore/graph/ · /explore/matrix/ · /explore/sectors/ pick the view; the query carries the rest:
 * `agency=ID` or `measure=N` or `select=sector:ID` / `select=tf:ID` (the selection), `part`, `sector`, `tf`,
 * `role` (filters, as the graph has always read them) and `compare=ID,ID[,ID]`. Unknown values are dropped.
 */
import type { Role } from '../model/model';
import { EXPLORE_PAGES } from './pages';

export const VIEWS = ['graph', 'matrix', 'sectors'] as const;
export type View = (typeof VIEWS)[number];
const page = (v: View) => EXPLORE_PAGES.find((p) => p.key === v)!;
export const VIEW_PATHS = Object.fromEntries(VIEWS.map((v) => [v, page(v).path])) as Record<View, string>;

export type Selection =
  | { kind: 'agency'; id: string }
  | { kind: 'measure'; number: number }
  | { kind: 'sector'; id: string }
  | { kind: 'tf'; id: string }
  | null;
export interface Filters {
  part?: string;
  sector?: string;
  tf?: string;
  role?: Role;
}
export type FilterKey = keyof Filters;
export const FILTER_KEYS: readonly FilterKey[] = ['part', 'sector', 'tf', 'role'];
export const MAX_COMPARE = 3;

export interface ExploreState {
  view: View;
  selection: Selection;
  filters: Filters;
  /** Agencies compared side by side (at most three), in the order added. */
  compare: string[];
}

export type Action =
  | { type: 'select'; selection: Selection }
  /** Selecting what is already selected clears it (a toggle button). */
  | { type: 'toggle'; selection: Exclude<Selection, null> }
  | { type: 'filter'; key: FilterKey; value: string | undefined }
  | { type: 'compare'; id: string }
  | { type: 'uncompare'; id: string }
  | { type: 'clear' }
  | { type: 'view'; view: View }
  | { type: 'replace'; state: ExploreState };

export const initialState = (view: View = 'graph'): ExploreState => ({
  view,
  selection: null,
  filters: {},
  compare: [],
});

export const sameSelection = (a: Selection, b: Selection): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.kind === b.kind &&
    (a.kind === 'measure' ? a.number === (b as { number: number }).number : a.id === (b as { id: string }).id));

export function reducer(state: ExploreState, action: Action): ExploreState {
  switch (action.type) {
    case 'select':
      return sameSelection(state.selection, action.selection) ? state : { ...state, selection: action.selection };
    case 'toggle':
      return { ...state, selection: sameSelection(state.selection, action.selection) ? null : action.selection };
    case 'filter': {
      const filters = { ...state.filters };
      if (action.value) (filters as Record<string, string>)[action.key] = action.value;
      else delete filters[action.key];
      return { ...state, filters };
    }
    case 'compare':
      if (state.compare.includes(action.id)) return state;
      // a fourth agency pushes out the first one added
      return { ...state, compare: [...state.compare, action.id].slice(-MAX_COMPARE) };
    case 'uncompare':
      return { ...state, compare: state.compare.filter((id) => id !== action.id) };
    case 'clear':
      return { ...state, selection: null, filters: {}, compare: [] };
    case 'view':
      return { ...state, view: action.view };
    case 'replace':
      return action.state;
  }
}

/** The ids the URL may name; anything else is dropped. */
export interface Known {
  agencies: ReadonlySet<string>;
  measures: ReadonlySet<number>;
  parts: ReadonlySet<string>;
  sectors: ReadonlySet<string>;
  taskForces: ReadonlySet<string>;
}
const ROLES: readonly string[] = ['lead', 'responsible', 'cooperate'];

/** The view a path opens ('/sub/explore/matrix/' → matrix); the graph for /explore/ and anything else. */
export function viewOfPath(pathname: string): View {
  const m = /\/explore\/(graph|matrix|sectors)\/?$/u.exec(pathname);
  return (m?.[1] as View | undefined) ?? 'graph';
}

export function parseState(view: View, search: string, known: Known): ExploreState {
  const q = new URLSearchParams(search);
  const get = (k: string) => q.get(k)?.trim() || undefined;
  let selection: Selection = null;
  const agency = get('agency');
  const measure = Number(get('measure'));
  const select = get('select');
  if (agency && known.agencies.has(agency)) selection = { kind: 'agency', id: agency };
  else if (Number.isInteger(measure) && known.measures.has(measure)) selection = { kind: 'measure', number: measure };
  else if (select) {
    const [kind, id] = select.split(':');
    if (kind === 'sector' && id && known.sectors.has(id)) selection = { kind: 'sector', id };
    if (kind === 'tf' && id && known.taskForces.has(id)) selection = { kind: 'tf', id };
  }
  const filters: Filters = {};
  const part = get('part');
  const sector = get('sector');
  const tf = get('tf');
  const role = get('role');
  if (part && known.parts.has(part)) filters.part = part;
  if (sector && known.sectors.has(sector)) filters.sector = sector;
  if (tf && known.taskForces.has(tf)) filters.tf = tf;
  if (role && ROLES.includes(role)) filters.role = role as Role;
  const compare = [...new Set((get('compare') ?? '').split(',').filter((id) => known.agencies.has(id)))].slice(
    0,
    MAX_COMPARE,
  );
  return { view, selection, filters, compare };
}

/** The query string for a state ('' when nothing is set), keys in a fixed order. */
export function toQuery(state: Pick<ExploreState, 'selection' | 'filters' | 'compare'>): string {
  const q = new URLSearchParams();
  const s = state.selection;
  if (s?.kind === 'agency') q.set('agency', s.id);
  if (s?.kind === 'measure') q.set('measure', String(s.number));
  if (s?.kind === 'sector' || s?.kind === 'tf') q.set('select', `${s.kind}:${s.id}`);
  for (const k of FILTER_KEYS) {
    const v = state.filters[k];
    if (v) q.set(k, v);
  }
  if (state.compare.length) q.set('compare', state.compare.join(','));
  const out = q.toString().replaceAll('%3A', ':').replaceAll('%2C', ',');
  return out ? `?${out}` : '';
}
