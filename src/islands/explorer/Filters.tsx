/**
 * Filters (part, sector, task force, role) and "clear", folded under one summary line so the view starts on the first
 * screen (open while a filter is set). They need the app: before hydration (and without JavaScript) an empty line of
 * the same height holds their place, so nothing below moves when the island comes alive.
 */
import { ROLE_ORDER } from '../../lib/explore/common';
import type { FilterKey } from '../../lib/explore/state';
import type { ViewProps } from './types';

export function Filters({ ix, state, dispatch, live, t }: ViewProps) {
  const { data } = ix;
  if (!live) return <div className="explorer__filters-box explorer__pending" />;
  const options: { key: FilterKey; label: string; all: string; items: { value: string; label: string }[] }[] = [
    {
      key: 'part',
      label: t.filterPart,
      all: t.filterPartAll,
      items: data.parts.map((p) => ({ value: p.id, label: p.label })),
    },
    {
      key: 'sector',
      label: t.filterSector,
      all: t.filterSectorAll,
      items: data.groups.filter((g) => g.kind === 'sector').map((g) => ({ value: g.id, label: g.heading })),
    },
    {
      key: 'tf',
      label: t.filterTf,
      all: t.filterTfAll,
      items: data.taskForces.map((x) => ({ value: x.id, label: x.name })),
    },
    {
      key: 'role',
      label: t.filterRole,
      all: t.filterRoleAll,
      items: ROLE_ORDER.map((r) => ({ value: r, label: t.roles[r].label })),
    },
  ];
  const filtered = Object.keys(state.filters).length > 0;
  const any = state.selection || filtered || state.compare.length;
  return (
    <details className="explorer__filters-box" open={filtered || undefined}>
      <summary>{t.filtersSummary}</summary>
      <fieldset className="explorer__filters">
        <legend className="visually-hidden">{t.filters}</legend>
        {options.map((o) => (
          <div className="explorer__filter" key={o.key}>
            <label htmlFor={`x-filter-${o.key}`}>{o.label}</label>
            <select
              id={`x-filter-${o.key}`}
              value={state.filters[o.key] ?? ''}
              onChange={(e) => dispatch({ type: 'filter', key: o.key, value: e.target.value || undefined })}
            >
              <option value="">{o.all}</option>
              {o.items.map((i) => (
                <option key={i.value} value={i.value}>
                  {i.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="button" onClick={() => dispatch({ type: 'clear' })} disabled={!any}>
          {t.clearAll}
        </button>
      </fieldset>
    </details>
  );
}
