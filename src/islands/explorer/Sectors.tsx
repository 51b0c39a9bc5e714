/**
 * The sector breakdown: every part and sector with its measures, and the task forces. What the selection
 * touches is counted per row ("3 / 5") and marked; sectors and task forces can be selected themselves.
 * `compact` is the side-panel form next to the other views: one bar per row, no measure chips.
 */
import { fill } from '../../lib/explore/text';
import { paths, withBase } from '../../lib/site/paths';
import type { ViewProps } from './types';
import { useRoving } from './useRoving';
import { Nums } from './Nums';
import { SectorRow, type Pick as PickFn } from './SectorRow';

export function Sectors(props: ViewProps & { compact?: boolean }) {
  const { ix, state, dispatch, live, t, compact = false } = props;
  const { data } = ix;
  const sel = state.selection;
  const roving = useRoving(`g:${data.groups[0]!.kind}:${data.groups[0]!.id}`);
  const nav = (key: string, r: number, c: number) =>
    live && !compact ? { 'data-key': key, 'data-nav': `${r},${c}`, tabIndex: roving.current === key ? 0 : -1 } : {};
  const pick: PickFn = (e, selection) => {
    e.preventDefault();
    dispatch({ type: 'toggle', selection });
  };
  const id = compact ? 'sectors-side' : 'sectors-title';

  return (
    <section
      className={compact ? 'sectors sectors--compact' : 'sectors'}
      aria-labelledby={id}
      onKeyDown={live && !compact ? roving.onKeyDown : undefined}
    >
      {compact ? <h3 id={id}>{t.sectorsSide}</h3> : <h2 id={id}>{t.sectorsTitle}</h2>}
      <table className="sectors__table">
        <caption className="visually-hidden">{sel ? t.sectorsCaptionSel : t.sectorsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colGroup}</th>
            <th scope="col">{sel ? t.colHits : t.matrixSortMeasures}</th>
            {!compact && <th scope="col">{t.colMeasureList}</th>}
          </tr>
        </thead>
        <tbody>
          {data.groups.map((g, gi) => (
            <SectorRow key={`${g.kind}:${g.id}`} {...props} compact={compact} g={g} gi={gi} nav={nav} pick={pick} />
          ))}
        </tbody>
      </table>
      {!compact && <TaskForces {...props} pick={pick} />}
    </section>
  );
}

function TaskForces({ ix, state, touched, live, base, t, pick }: ViewProps & { pick: PickFn }) {
  const sel = state.selection;
  const count = (ns: number[]) => ns.filter((n) => touched.measures.has(n)).length;
  return (
    <>
      <h2 id="sectors-tf">{t.taskForces}</h2>
      <ul className="sectors__tfs" aria-labelledby="sectors-tf">
        {ix.data.taskForces.map((x) => {
          const selected = sel?.kind === 'tf' && sel.id === x.id;
          const n = sel ? fill(t.hitsOf, { hits: count(x.measures), n: x.measures.length }) : x.measures.length;
          return (
            <li
              key={x.id}
              data-tf={x.id}
              data-selected={selected ? 'true' : undefined}
              className={count(x.measures) ? 'is-touched' : undefined}
            >
              <a
                href={withBase(base, paths.taskForce(x.id))}
                {...(live && {
                  role: 'button',
                  'aria-pressed': selected,
                  onClick: (e: React.MouseEvent) => pick(e, { kind: 'tf', id: x.id }),
                })}
              >
                {x.name}
              </a>{' '}
              <span className="muted">
                <Nums>{fill(t.measureCount, { n })}</Nums>
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
