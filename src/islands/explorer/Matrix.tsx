/**
 * The agency × measure matrix as a table: agencies (rows, by load, re-sortable) × measures (columns, grouped
 * by part and sector). Each cell names the role and links to the measure; row and column headers select
 * the agency or the measure. The selection and what it touches are marked; arrow keys move between cells.
 */
import { useMemo, useState } from 'react';
import { ROLE_MARKS, ROLE_ORDER } from '../../lib/explore/common';
import type { Role } from '../../lib/model/model';
import { paths, withBase } from '../../lib/site/paths';
import type { ViewProps } from './types';
import { useRoving } from './useRoving';
import { MatrixRow, type RowContext } from './MatrixRow';

type SortKey = 'measures' | Role | 'name';

export function Matrix({ ix, state, dispatch, visible, touched, live, base }: ViewProps) {
  const { data } = ix;
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'measures', dir: -1 });
  const roving = useRoving(`r:${data.byLoad[0]}`);
  const cols = data.matrix.columns;
  const sel = state.selection;
  const rows = useMemo(() => {
    const load = new Map(data.byLoad.map((id, i) => [id, i]));
    const value = (id: string) => {
      const a = ix.agencyById.get(id)!;
      return sort.key === 'measures' ? a.count : sort.key === 'name' ? 0 : a.roles[sort.key];
    };
    return [...data.byLoad].sort((x, y) =>
      sort.key === 'name'
        ? sort.dir * ix.agencyById.get(x)!.name.localeCompare(ix.agencyById.get(y)!.name, 'zh')
        : sort.dir * (value(x) - value(y)) || load.get(x)! - load.get(y)!,
    );
  }, [data, ix, sort]);
  const ctx = useMemo<RowContext>(() => {
    const starts = cols.map(
      (n, i) =>
        i === 0 ||
        ix.measureByNumber.get(cols[i - 1]!)!.sectorId !== ix.measureByNumber.get(n)!.sectorId ||
        ix.measureByNumber.get(cols[i - 1]!)!.partId !== ix.measureByNumber.get(n)!.partId,
    );
    return {
      ix,
      cols,
      starts,
      rolesOf: new Map(data.edges.map((e) => [`${e.agency}|${e.measure}`, e.roles])),
      live,
      base,
      dispatch,
    };
  }, [ix, cols, data, live, base, dispatch]);
  const groupStart = (i: number) => ctx.starts[i]!;
  const sortHeader = (key: SortKey, label: string, className?: string) => {
    const on = sort.key === key;
    return (
      <th
        key={key}
        scope="col"
        rowSpan={3}
        className={className}
        aria-sort={on ? (sort.dir === -1 ? 'descending' : 'ascending') : undefined}
      >
        {live ? (
          <button
            type="button"
            className="sort-button"
            onClick={() => setSort({ key, dir: on ? (sort.dir === -1 ? 1 : -1) : key === 'name' ? 1 : -1 })}
          >
            {label}
          </button>
        ) : (
          label
        )}
      </th>
    );
  };
  const nav = (key: string, r: number, c: number) =>
    live ? { 'data-key': key, 'data-nav': `${r},${c}`, tabIndex: roving.current === key ? 0 : -1 } : {};
  const toggle = (e: React.MouseEvent, selection: Parameters<ViewProps['dispatch']>[0] & { type: 'toggle' }) => {
    e.preventDefault();
    dispatch(selection);
  };

  return (
    <section className="matrix-view" aria-labelledby="matrix-title">
      <h2 id="matrix-title" className="visually-hidden">
        责任矩阵
      </h2>
      <div
        className="matrix-scroll"
        role="region"
        aria-label={`责任矩阵：${rows.length}个单位 × ${cols.length}条措施（可横向滚动）`}
        tabIndex={0}
      >
        <table className="matrix" data-matrix onKeyDown={live ? roving.onKeyDown : undefined}>
          <caption>
            单位 × 措施责任矩阵。每格标明该单位在该条措施中的职责：
            {ROLE_ORDER.map((r) => (
              <span key={r} className="matrix-key">
                <span className={`mark mark--${r}`} aria-hidden="true">
                  {ROLE_MARKS[r].symbol}
                  {ROLE_MARKS[r].letter}
                </span>{' '}
                {ROLE_MARKS[r].label}
              </span>
            ))}
            ；点击格子打开该条措施{live ? '，点击单位名或措施编号在各视图中选中它' : ''}。
          </caption>
          <colgroup>
            <col className="matrix-col-agency" />
            <col className="matrix-col-total" span={4} />
          </colgroup>
          <colgroup>
            <col className="matrix-col-n" span={cols.length} />
          </colgroup>
          <thead>
            <tr>
              {sortHeader('name', '单位', 'matrix-agency')}
              {sortHeader('measures', '措施数')}
              {ROLE_ORDER.map((r) => sortHeader(r, ROLE_MARKS[r].label))}
              {data.matrix.parts.map((p) => (
                <th
                  key={p.id}
                  scope="colgroup"
                  colSpan={p.span}
                  className={`part-${p.partNumber} group-start`}
                  title={p.heading}
                >
                  {p.label}
                </th>
              ))}
            </tr>
            <tr>
              {data.matrix.sectors.map((s) => (
                <th key={s.id} scope="colgroup" colSpan={s.span} className="group-start" title={s.heading}>
                  {s.label}
                </th>
              ))}
            </tr>
            <tr>
              {cols.map((n, i) => {
                const m = ix.measureByNumber.get(n)!;
                const selected = sel?.kind === 'measure' && sel.number === n;
                const cls = [
                  'matrix-n',
                  groupStart(i) && 'group-start',
                  touched.measures.has(n) && 'is-touched',
                  visible.active && !visible.measures.has(n) && 'is-out',
                ];
                return (
                  <th
                    key={n}
                    scope="col"
                    className={cls.filter(Boolean).join(' ')}
                    data-measure={n}
                    data-selected={selected ? 'true' : undefined}
                  >
                    <a
                      href={withBase(base, paths.measure(n))}
                      title={m.title}
                      aria-label={`第${n}条 ${m.title}`}
                      {...nav(`c:${n}`, 0, i + 1)}
                      {...(live && {
                        role: 'button',
                        'aria-pressed': selected,
                        onClick: (e: React.MouseEvent) =>
                          toggle(e, { type: 'toggle', selection: { kind: 'measure', number: n } }),
                      })}
                    >
                      {n}
                    </a>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((id, ri) => {
              const hits: number[] = [];
              const outs: number[] = [];
              for (const e of ix.edgesOfAgency.get(id) ?? []) {
                const k = `${id}|${e.measure}`;
                if (
                  touched.edges.has(k) ||
                  (sel?.kind === 'agency' && touched.measures.has(e.measure) && touched.agencies.has(id))
                )
                  hits.push(e.measure);
                if (visible.active && !visible.edges.has(k)) outs.push(e.measure);
              }
              const tab =
                live && roving.current.startsWith(`x:${id}:`)
                  ? roving.current
                  : live && roving.current === `r:${id}`
                    ? roving.current
                    : null;
              return (
                <MatrixRow
                  key={id}
                  ctx={ctx}
                  id={id}
                  ri={ri}
                  selected={sel?.kind === 'agency' && sel.id === id}
                  touched={touched.agencies.has(id)}
                  compared={state.compare.includes(id)}
                  out={visible.active && !visible.agencies.has(id)}
                  hits={hits.join(',')}
                  outs={outs.join(',')}
                  tab={tab}
                />
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="matrix-agency">
                各条措施的单位数
              </th>
              <td className="matrix-total" data-grand-total>
                {data.edges.length}
              </td>
              {ROLE_ORDER.map((r) => (
                <td key={r} className="matrix-total">
                  {data.agencies.reduce((n, a) => n + a.roles[r], 0)}
                </td>
              ))}
              {cols.map((n) => (
                <td key={n} className="matrix-coltotal" data-measure={n}>
                  {ix.edgesOfMeasure.get(n)?.length ?? 0}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="muted matrix-note">
        “措施数”为该单位涉及的不同措施条数；牵头、负责、配合分别计数（第61条“牵头负责”同时计为牵头和负责，故三者之和比单位与措施的对应数多1）。表尾为各条措施涉及的单位数，合计为单位与措施的对应数。
      </p>
    </section>
  );
}
