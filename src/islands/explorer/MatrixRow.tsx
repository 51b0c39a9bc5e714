/**
 * One agency's row of the matrix, memoised: a selection re-renders only the rows whose marks change
 * (the selected agency and its partners), not all 36 × 66 cells.
 */
import { memo } from 'react';
import { ROLE_MARKS, ROLE_ORDER } from '../../lib/explore/common';
import type { Index } from '../../lib/explore/linked';
import type { Role } from '../../lib/model/model';
import { paths, withBase } from '../../lib/site/paths';
import type { ViewProps } from './types';
import { Nums } from './Nums';

/** What every row shares; stable for the life of the island. */
export interface RowContext {
  ix: Index;
  cols: number[];
  /** Per column: does a part or sector start here (a thicker rule). */
  starts: boolean[];
  rolesOf: Map<string, Role[]>;
  live: boolean;
  base: string;
  dispatch: ViewProps['dispatch'];
}
interface RowProps {
  ctx: RowContext;
  id: string;
  ri: number;
  selected: boolean;
  touched: boolean;
  /** In the comparison. */
  compared: boolean;
  out: boolean;
  /** Columns (measure numbers, comma-joined) whose cell the selection touches / the filters leave out. */
  hits: string;
  outs: string;
  /** The roving tab stop, when it is in this row. */
  tab: string | null;
}

export const MatrixRow = memo(function MatrixRow({
  ctx,
  id,
  ri,
  selected,
  touched,
  compared,
  out,
  hits,
  outs,
  tab,
}: RowProps) {
  const { ix, cols, starts, rolesOf, live, base, dispatch } = ctx;
  const a = ix.agencyById.get(id)!;
  const hit = new Set(hits.split(',').map(Number));
  const gone = new Set(outs.split(',').map(Number));
  const nav = (key: string, c: number) =>
    live ? { 'data-key': key, 'data-nav': `${ri + 1},${c}`, tabIndex: tab === key ? 0 : -1 } : {};
  const cls =
    [touched && 'is-touched', compared && 'is-compared', out && 'is-out'].filter(Boolean).join(' ') || undefined;
  return (
    <tr
      data-agency={id}
      data-selected={selected ? 'true' : undefined}
      className={cls}
      data-measures={a.count}
      data-lead={a.roles.lead}
    >
      <th scope="row" className="matrix-agency">
        <a
          href={withBase(base, paths.agency(id))}
          {...nav(`r:${id}`, 0)}
          {...(live && {
            role: 'button',
            'aria-pressed': selected,
            onClick: (e: React.MouseEvent) => {
              e.preventDefault();
              dispatch({ type: 'toggle', selection: { kind: 'agency', id } });
            },
          })}
        >
          {a.name}
        </a>
      </th>
      <td className="matrix-total">{a.count}</td>
      {ROLE_ORDER.map((r) => (
        <td key={r} className="matrix-total">
          {a.roles[r]}
        </td>
      ))}
      {cols.map((n, i) => {
        const roles = rolesOf.get(`${id}|${n}`);
        if (!roles) return <td key={n} className={starts[i] ? 'group-start' : undefined} />;
        return (
          <Cell
            key={n}
            ctx={ctx}
            id={id}
            n={n}
            ri={ri}
            ci={i + 1}
            roles={roles}
            hit={hit.has(n)}
            out={gone.has(n)}
            tab={tab === `x:${id}:${n}`}
          />
        );
      })}
    </tr>
  );
});

/** One filled cell, memoised: a row that changes re-renders only the cells whose marks change. */
const Cell = memo(function Cell({
  ctx,
  id,
  n,
  ri,
  ci,
  roles,
  hit,
  out,
  tab,
}: {
  ctx: RowContext;
  id: string;
  n: number;
  ri: number;
  ci: number;
  roles: Role[];
  hit: boolean;
  out: boolean;
  tab: boolean;
}) {
  const { ix, starts, live, base } = ctx;
  const c = [`cell cell--${roles[0]}`, starts[ci - 1] && 'group-start', hit && 'is-touched', out && 'is-out'];
  return (
    <td className={c.filter(Boolean).join(' ')} data-measure={n}>
      <a
        href={withBase(base, paths.measure(n))}
        title={`第${n}条 ${ix.measureByNumber.get(n)!.title}`}
        {...(live && { 'data-key': `x:${id}:${n}`, 'data-nav': `${ri + 1},${ci}`, tabIndex: tab ? 0 : -1 })}
      >
        <span aria-hidden="true">
          {roles.map((r) => (
            <span key={r} className={`mark mark--${r}`}>
              {ROLE_MARKS[r].symbol}
              {ROLE_MARKS[r].letter}
            </span>
          ))}
        </span>
        <span className="visually-hidden">
          <Nums>{`第${n}条：${roles.map((r) => ROLE_MARKS[r].label).join('、')}`}</Nums>
        </span>
      </a>
    </td>
  );
});
