/** One row of the sector breakdown: the part or sector (selectable), its count, and its measures as chips. */
import type { XGroup } from '../../lib/explore/data';
import { fill } from '../../lib/explore/text';
import { paths, withBase } from '../../lib/site/paths';
import type { ViewProps } from './types';

export type Pick = (
  e: React.MouseEvent,
  selection: { kind: 'sector' | 'tf'; id: string } | { kind: 'measure'; number: number },
) => void;
type Nav = (
  key: string,
  r: number,
  c: number,
) => Partial<Record<'data-key' | 'data-nav', string> & { tabIndex: number }>;

export function SectorRow(props: ViewProps & { compact: boolean; g: XGroup; gi: number; nav: Nav; pick: Pick }) {
  const { state, visible, touched, live, base, t, compact, g, gi, nav, pick } = props;
  const sel = state.selection;
  const key = `g:${g.kind}:${g.id}`;
  const selected = g.kind === 'sector' && sel?.kind === 'sector' && sel.id === g.id;
  const hits = g.measures.filter((n) => touched.measures.has(n)).length;
  const cls = [
    hits > 0 && 'is-touched',
    visible.active && !g.measures.some((n) => visible.measures.has(n)) && 'is-out',
  ];
  return (
    <tr
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
        {sel ? fill(t.hitsOf, { hits, n: g.measures.length }) : g.measures.length}
        {compact && <Bar all={g.measures.length} hits={hits} />}
      </td>
      {!compact && (
        <td>
          <Chips {...props} />
        </td>
      )}
    </tr>
  );
}

function Bar({ all, hits }: { all: number; hits: number }) {
  return (
    <svg className="sectors__bar" viewBox={`0 0 ${all * 8} 8`} width={all * 8} height="8" aria-hidden="true">
      <rect className="sectors__bar-all" width={all * 8} height="8" />
      <rect className="sectors__bar-hit" width={hits * 8} height="8" />
    </svg>
  );
}

function Chips({ ix, state, visible, touched, live, base, t, g, gi, nav, pick }: Parameters<typeof SectorRow>[0]) {
  const sel = state.selection;
  return (
    <ul className="sectors__measures">
      {g.measures.map((n, i) => {
        const m = ix.measureByNumber.get(n)!;
        const on = sel?.kind === 'measure' && sel.number === n;
        const c = [touched.measures.has(n) && 'is-touched', visible.active && !visible.measures.has(n) && 'is-out'];
        return (
          <li key={n}>
            <a
              href={withBase(base, paths.measure(n))}
              data-measure={n}
              data-selected={on ? 'true' : undefined}
              className={c.filter(Boolean).join(' ') || undefined}
              title={m.title}
              aria-label={fill(t.measureTitled, { n, title: m.title })}
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
  );
}
