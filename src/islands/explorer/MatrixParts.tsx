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
import { partToShow } from '../../lib/explore/matrix-parts';
import { fill } from '../../lib/explore/text';
import type { ViewProps } from './types';

export function MatrixParts({ ix, state, live, t }: ViewProps) {
  const { parts, columns } = ix.data.matrix;
  const select = useRef<HTMLSelectElement>(null);
  const { filters, selection } = state;
  useEffect(() => {
    const el = select.current;
    if (!el || !live) return;
    const part = partToShow(ix.data, { filters, selection }, el.value);
    if (part) el.value = part;
  }, [ix.data, filters, selection, live]);
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
