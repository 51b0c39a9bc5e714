/**
 * The sector breakdown: every part and sector with its measures, and the task forces. What the selection
 * touches is counted per row ("3 / 5") and marked; sectors and task forces can be selected themselves.
 * `compact` is the side-panel form next to the other views: one bar per row, no measure chips.
 */
import { paths, withBase } from '../../lib/site/paths';
import type { ViewProps } from './types';
import { useRoving } from './useRoving';
import { Nums } from './Nums';

export function Sectors({
  ix,
  state,
  dispatch,
  visible,
  touched,
  live,
  base,
  compact = false,
}: ViewProps & { compact?: boolean }) {
  const { data } = ix;
  const sel = state.selection;
  const roving = useRoving(`g:${data.groups[0]!.kind}:${data.groups[0]!.id}`);
  const nav = (key: string, r: number, c: number) =>
    live && !compact ? { 'data-key': key, 'data-nav': `${r},${c}`, tabIndex: roving.current === key ? 0 : -1 } : {};
  const pick = (
    e: React.MouseEvent,
    selection: { kind: 'sector' | 'tf'; id: string } | { kind: 'measure'; number: number },
  ) => {
    e.preventDefault();
    dispatch({ type: 'toggle', selection });
  };
  const count = (ns: number[]) => ns.filter((n) => touched.measures.has(n)).length;
  const id = compact ? 'sectors-side' : 'sectors-title';

  return (
    <section
      className={compact ? 'sectors sectors--compact' : 'sectors'}
      aria-labelledby={id}
      onKeyDown={live && !compact ? roving.onKeyDown : undefined}
    >
      {compact ? <h3 id={id}>领域分布</h3> : <h2 id={id}>各部分与领域的措施</h2>}
      <table className="sectors__table">
        <caption className="visually-hidden">各部分与领域的措施{sel ? '，以及其中与所选对象有关的条数' : ''}</caption>
        <thead>
          <tr>
            <th scope="col">领域（或部分）</th>
            <th scope="col">{sel ? '有关 / 措施数' : '措施数'}</th>
            {!compact && <th scope="col">措施</th>}
          </tr>
        </thead>
        <tbody>
          {data.groups.map((g, gi) => {
            const key = `g:${g.kind}:${g.id}`;
            const selected = g.kind === 'sector' && sel?.kind === 'sector' && sel.id === g.id;
            const hits = count(g.measures);
            const cls = [
              hits > 0 && 'is-touched',
              visible.active && !g.measures.some((n) => visible.measures.has(n)) && 'is-out',
            ];
            return (
              <tr
                key={key}
                data-group={`${g.kind}:${g.id}`}
                data-sector={g.kind === 'sector' ? g.id : undefined}
                data-selected={selected ? 'true' : undefined}
                className={cls.filter(Boolean).join(' ') || undefined}
              >
                <th scope="row">
                  <a
                    href={withBase(base, g.path)}
                    {...nav(key, gi, 0)}
                    {...(live &&
                      g.kind === 'sector' && {
                        role: 'button',
                        'aria-pressed': selected,
                        onClick: (e: React.MouseEvent) => pick(e, { kind: 'sector', id: g.id }),
                      })}
                  >
                    {compact ? g.label : g.heading}
                  </a>
                </th>
                <td className="sectors__count">
                  {sel ? `${hits} / ${g.measures.length}` : g.measures.length}
                  {compact && (
                    <svg
                      className="sectors__bar"
                      viewBox={`0 0 ${g.measures.length * 8} 8`}
                      width={g.measures.length * 8}
                      height="8"
                      aria-hidden="true"
                    >
                      <rect className="sectors__bar-all" width={g.measures.length * 8} height="8" />
                      <rect className="sectors__bar-hit" width={hits * 8} height="8" />
                    </svg>
                  )}
                </td>
                {!compact && (
                  <td>
                    <ul className="sectors__measures">
                      {g.measures.map((n, i) => {
                        const m = ix.measureByNumber.get(n)!;
                        const on = sel?.kind === 'measure' && sel.number === n;
                        const c = [
                          touched.measures.has(n) && 'is-touched',
                          visible.active && !visible.measures.has(n) && 'is-out',
                        ];
                        return (
                          <li key={n}>
                            <a
                              href={withBase(base, paths.measure(n))}
                              data-measure={n}
                              data-selected={on ? 'true' : undefined}
                              className={c.filter(Boolean).join(' ') || undefined}
                              title={m.title}
                              aria-label={`第${n}条 ${m.title}`}
                              {...nav(`m:${n}`, gi, i + 1)}
                              {...(live && {
                                role: 'button',
                                'aria-pressed': on,
                                onClick: (e: React.MouseEvent) => pick(e, { kind: 'measure', number: n }),
                              })}
                            >
                              {n}
                            </a>
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {!compact && (
        <>
          <h2 id="sectors-tf">工作专班</h2>
          <ul className="sectors__tfs" aria-labelledby="sectors-tf">
            {data.taskForces.map((t) => {
              const selected = sel?.kind === 'tf' && sel.id === t.id;
              return (
                <li
                  key={t.id}
                  data-tf={t.id}
                  data-selected={selected ? 'true' : undefined}
                  className={count(t.measures) ? 'is-touched' : undefined}
                >
                  <a
                    href={withBase(base, paths.taskForce(t.id))}
                    {...(live && {
                      role: 'button',
                      'aria-pressed': selected,
                      onClick: (e: React.MouseEvent) => pick(e, { kind: 'tf', id: t.id }),
                    })}
                  >
                    {t.name}
                  </a>{' '}
                  <span className="muted">
                    <Nums>{`${sel ? `${count(t.measures)} / ${t.measures.length}` : t.measures.length}条措施`}</Nums>
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
