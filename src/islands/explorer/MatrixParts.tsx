/**
 * On a phone the matrix shows one part's columns at a time (the first by default, or all of them): a native select
 * whose chosen option the stylesheet reads (explorer.css, `:has(option:checked)`), so it works before the island is
 * live and without script, and the page lays out a few dozen cells instead of a thousand. Wider screens show every
 * part and hide the select.
 *
 * Once live, a filter (part, sector) or a selection made elsewhere (a measure, an agency) brings its part into view
 * if the part shown lacks it.
 */
import { useEffect, useRef } from 'react';
import { partsOf } from '../../lib/explore/matrix-html';
import { fill } from '../../lib/explore/text';
import type { ViewProps } from './types';

/**
 * The part to show for the state, or null to keep the one shown: the part filtered to (or the sector's part), else
 * the selected measure's part, else the selected agency's first part if the part shown does not name it.
 */
function partFor(table: HTMLTableElement, { ix, state }: ViewProps, shown: string): string | null {
  if (shown === 'all') return null;
  const { part, sector } = state.filters;
  const { parts, sectors } = ix.data.matrix;
  const filtered = parts.find((p) => p.id === part)?.partNumber ?? sectors.find((s) => s.id === sector)?.partNumber;
  if (filtered !== undefined) return String(filtered) === shown ? null : String(filtered);
  const sel = state.selection;
  const el =
    sel?.kind === 'measure'
      ? table.querySelector(`thead th[data-measure="${sel.number}"]`)
      : sel?.kind === 'agency'
        ? table.querySelector(`tbody tr[data-agency="${CSS.escape(sel.id)}"]`)
        : null;
  const own = el ? partsOf(el) : [];
  return own.length && !own.includes(shown) ? own[0]! : null;
}

export function MatrixParts(props: ViewProps) {
  const { ix, state, live, t } = props;
  const { parts, columns } = ix.data.matrix;
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    const el = select.current;
    const table = el?.closest('.matrix-view')?.querySelector<HTMLTableElement>('table.matrix');
    if (!el || !table || !live) return;
    const part = partFor(table, props, el.value);
    if (part) el.value = part;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follows what the reader changes: selection, filters
  }, [state.selection, state.filters, live]);
  return (
    <label className="matrix-part">
      {t.matrixPart}{' '}
      <select ref={select} name="matrix-part" defaultValue={String(parts[0]?.partNumber)}>
        {parts.map((p) => (
          <option key={p.id} value={p.partNumber}>
            {fill(t.matrixPartOption, { label: p.label, n: p.span })}
          </option>
        ))}
        <option value="all">{fill(t.matrixPartAll, { n: columns.length })}</option>
      </select>
    </label>
  );
}
