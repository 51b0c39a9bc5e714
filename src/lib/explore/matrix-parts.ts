/**
 * A phone shows the matrix one part of the plan at a time (src/islands/explorer/MatrixParts.tsx, explorer.css): what
 * belongs to which part, and which part to bring into view for what the reader filters or selects. Pure and
 * browser-safe.
 */
import type { ExplorerData } from './data';
import type { ExploreState } from './state';

/**
 * The classes of what belongs to part `n` (二 is 2): a phone shows one part at a time, and explorer.css hides every
 * `.mp` but the chosen part's `.mp-n`.
 */
export const partClass = (...n: number[]) => ['mp', ...n.map((x) => `mp-${x}`)].join(' ');

/** The parts an element of the matrix belongs to, read back from its classes. */
export const partsOf = (el: Element) => [...el.className.matchAll(/\bmp-(\d+)\b/gu)].map((m) => m[1]!);

/** Per matrix column: the number of its part (二 is 2), from the parts' spans in column order. */
export function columnParts(data: ExplorerData): number[] {
  return data.matrix.parts.flatMap((p) => Array<number>(p.span).fill(p.partNumber));
}

/**
 * The part to bring into view (its number as the select's value), or null to keep the part shown (`shown`, or 'all'):
 * the part filtered to (or the filtered sector's part), else the selected measure's part, else the selected agency's
 * first part when the part shown does not name it.
 */
export function partToShow(
  data: ExplorerData,
  { filters, selection: sel }: Pick<ExploreState, 'filters' | 'selection'>,
  shown: string,
): string | null {
  if (shown === 'all') return null;
  const { parts, sectors } = data.matrix;
  const filtered =
    parts.find((p) => p.id === filters.part)?.partNumber ?? sectors.find((s) => s.id === filters.sector)?.partNumber;
  if (filtered !== undefined) return String(filtered) === shown ? null : String(filtered);
  const partOf = (n: number) => data.measures.find((m) => m.number === n)?.partNumber;
  const measures =
    sel?.kind === 'measure'
      ? [sel.number]
      : sel?.kind === 'agency'
        ? data.edges.filter((e) => e.agency === sel.id).map((e) => e.measure)
        : [];
  const own = [...new Set(measures.map(partOf))]
    .filter((n) => n !== undefined)
    .sort((a, b) => a - b)
    .map(String);
  return own.length && !own.includes(shown) ? own[0]! : null;
}
