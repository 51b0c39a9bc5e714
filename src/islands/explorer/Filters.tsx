/** Filters (part, sector, task force, role) and "clear": only after hydration, since they need the app. */
import { ROLE_MARKS, ROLE_ORDER } from '../../lib/explore/common';
import type { FilterKey } from '../../lib/explore/state';
import type { ViewProps } from './types';

export function Filters({ ix, state, dispatch }: ViewProps) {
  const { data } = ix;
  const options: { key: FilterKey; label: string; all: string; items: { value: string; label: string }[] }[] = [
    { key: 'part', label: '部分', all: '全部部分', items: data.parts.map((p) => ({ value: p.id, label: p.label })) },
    {
      key: 'sector',
      label: '领域',
      all: '全部领域',
      items: data.groups.filter((g) => g.kind === 'sector').map((g) => ({ value: g.id, label: g.heading })),
    },
    {
      key: 'tf',
      label: '工作专班',
      all: '全部专班',
      items: data.taskForces.map((t) => ({ value: t.id, label: t.name })),
    },
    {
      key: 'role',
      label: '职责',
      all: '全部职责',
      items: ROLE_ORDER.map((r) => ({ value: r, label: ROLE_MARKS[r].label })),
    },
  ];
  const any = state.selection || Object.keys(state.filters).length || state.compare.length;
  return (
    <fieldset className="explorer__filters">
      <legend>筛选</legend>
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
        清除筛选与选择
      </button>
    </fieldset>
  );
}
