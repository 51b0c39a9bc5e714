/**
 * The matrix's caption and header rows: sort buttons over the totals, the parts and sectors spanning their
 * columns, and one selectable header per measure. The footer: agencies per measure.
 */
import { ROLE_MARKS, ROLE_ORDER } from '../../lib/explore/common';
import { partClass } from '../../lib/explore/matrix-parts';
import { fill } from '../../lib/explore/text';
import type { Role } from '../../lib/model/model';
import { paths, withBase } from '../../lib/site/paths';
import type { ViewProps } from './types';

export type SortKey = 'measures' | Role | 'name';
export type Sort = { key: SortKey; dir: 1 | -1 };
type HeadProps = ViewProps & {
  sort: Sort;
  setSort: (s: Sort) => void;
  starts: boolean[];
  /** Per column: its part's number (a phone shows one part at a time: partClass). */
  parts: number[];
  nav: (key: string, r: number, c: number) => Partial<Record<'data-key' | 'data-nav', string> & { tabIndex: number }>;
};

export function MatrixCaption({ live, t }: ViewProps) {
  return (
    <caption>
      {t.matrixCaption}
      {ROLE_ORDER.map((r) => (
        <span key={r} className="matrix-key">
          <span className={`mark mark--${r}`} aria-hidden="true">
            {ROLE_MARKS[r].symbol}
            {t.roles[r].letter}
          </span>{' '}
          {t.roles[r].label}
        </span>
      ))}
      {live ? t.matrixCaptionLive : t.matrixCaptionEnd}
    </caption>
  );
}

function SortHeader({
  sort,
  setSort,
  live,
  k,
  label,
  className,
}: HeadProps & { k: SortKey; label: string; className?: string }) {
  const on = sort.key === k;
  return (
    <th
      scope="col"
      rowSpan={3}
      className={className}
      aria-sort={on ? (sort.dir === -1 ? 'descending' : 'ascending') : undefined}
    >
      {live ? (
        <button
          type="button"
          className="sort-button"
          onClick={() => setSort({ key: k, dir: on ? (sort.dir === -1 ? 1 : -1) : k === 'name' ? 1 : -1 })}
        >
          {label}
        </button>
      ) : (
        label
      )}
    </th>
  );
}

function ColumnHeads(props: HeadProps) {
  const { ix, state, dispatch, visible, touched, live, base, t, starts, parts, nav } = props;
  const sel = state.selection;
  return (
    <tr>
      {ix.data.matrix.columns.map((n, i) => {
        const m = ix.measureByNumber.get(n)!;
        const selected = sel?.kind === 'measure' && sel.number === n;
        const cls = [
          'matrix-n',
          partClass(parts[i]!),
          starts[i] && 'group-start',
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
              aria-label={fill(t.measureTitled, { n, title: m.title })}
              {...nav(`c:${n}`, 0, i + 1)}
              {...(live && {
                role: 'button',
                'aria-pressed': selected,
                onClick: (e: React.MouseEvent) => {
                  e.preventDefault();
                  dispatch({ type: 'toggle', selection: { kind: 'measure', number: n } });
                },
              })}
            >
              {n}
            </a>
          </th>
        );
      })}
    </tr>
  );
}

export function MatrixHead(props: HeadProps) {
  const { ix, t } = props;
  const { matrix } = ix.data;
  return (
    <thead>
      <tr>
        <SortHeader {...props} k="name" label={t.matrixSortName} className="matrix-agency" />
        <SortHeader {...props} k="measures" label={t.matrixSortMeasures} />
        {ROLE_ORDER.map((r) => (
          <SortHeader key={r} {...props} k={r} label={t.roles[r].label} />
        ))}
        {matrix.parts.map((p) => (
          <th
            key={p.id}
            scope="colgroup"
            colSpan={p.span}
            className={`part-${p.partNumber} group-start ${partClass(p.partNumber)}`}
            title={p.heading}
          >
            {p.label}
          </th>
        ))}
      </tr>
      <tr>
        {matrix.sectors.map((s) => (
          <th
            key={s.id}
            scope="colgroup"
            colSpan={s.span}
            className={`group-start ${partClass(s.partNumber)}`}
            title={s.heading}
          >
            {s.label}
          </th>
        ))}
      </tr>
      <ColumnHeads {...props} />
    </thead>
  );
}

export function MatrixFoot({ ix, t, parts }: ViewProps & { parts: number[] }) {
  const { data } = ix;
  return (
    <tfoot>
      <tr>
        <th scope="row" className="matrix-agency">
          {t.matrixFoot}
        </th>
        <td className="matrix-total" data-grand-total>
          {data.edges.length}
        </td>
        {ROLE_ORDER.map((r) => (
          <td key={r} className="matrix-total">
            {data.agencies.reduce((n, a) => n + a.roles[r], 0)}
          </td>
        ))}
        {data.matrix.columns.map((n, i) => (
          <td key={n} className={`matrix-coltotal ${partClass(parts[i]!)}`} data-measure={n}>
            {ix.edgesOfMeasure.get(n)?.length ?? 0}
          </td>
        ))}
      </tr>
    </tfoot>
  );
}
