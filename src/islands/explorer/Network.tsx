/**
 * The agency–measure network as SVG. Positions and label spots come from the build (d3-force and the
 * label placer in src/lib/explore/); this component only draws them. Zoom scales positions, never text,
 * so labels keep their size. Selecting an agency lays out its neighbourhood (measures on an inner ring,
 * partners outside). On phones (< 640 px) the SVG gives way to a list of agencies (see Explorer.css).
 */
import { useMemo, useRef, useState } from 'react';
import { neighbourhood } from '../../lib/explore/neighbourhood';
import { ROLE_MARKS, ROLE_ORDER } from '../../lib/explore/common';
import { withBase, paths } from '../../lib/site/paths';
import { useRoving } from './useRoving';
import { AgencyMark, EdgeMark, MeasureMark } from './NetMarks';
import { NetList, NetTools } from './NetTools';
import type { ViewProps } from './types';
import { useZoomPan } from './useZoomPan';

export function Network({ ix, state, dispatch, visible, touched, live, base }: ViewProps) {
  const { data } = ix;
  const [relayout, setRelayout] = useState(true);
  const [hover, setHover] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const viewRef = useRef<SVGGElement>(null);
  const zoom = useZoomPan(svgRef, viewRef, data, live);
  const roving = useRoving(`a:${data.byLoad[0]}`);
  const sel = state.selection;
  const selectedAgency = sel?.kind === 'agency' ? sel.id : null;

  const hood = useMemo(
    () => (live && relayout && selectedAgency ? neighbourhood(data, selectedAgency, [...touched.measures]) : null),
    [live, relayout, selectedAgency, data, touched],
  );
  const posA = (id: string, x: number, y: number) =>
    hood ? (id === selectedAgency ? hood.centre : hood.partners.get(id)) : { x, y };
  const posM = (n: number, x: number, y: number) => (hood ? hood.measures.get(n) : { x, y });
  // what hover or focus highlights: the node and its neighbours
  const hl = useMemo(() => {
    if (!hover) return null;
    const [kind, id] = hover.split(':') as ['a' | 'm', string];
    const es = kind === 'a' ? (ix.edgesOfAgency.get(id) ?? []) : (ix.edgesOfMeasure.get(Number(id)) ?? []);
    return new Set([hover, ...es.flatMap((e) => [`a:${e.agency}`, `m:${e.measure}`])]);
  }, [hover, ix]);

  const isSel = (kind: 'a' | 'm', id: string) =>
    kind === 'a' ? selectedAgency === id : sel?.kind === 'measure' && String(sel.number) === id;
  /** Shared props of a node: its state classes and, once live, its roving tab stop. */
  const nodeState = (
    key: string,
    kind: 'a' | 'm',
    id: string,
    href: string,
    label: string,
    nav: string,
    gone: boolean,
    p: { x: number; y: number },
  ) => {
    const touchedNode = kind === 'a' ? touched.agencies.has(id) : touched.measures.has(Number(id));
    const out =
      kind === 'a' ? visible.active && !visible.agencies.has(id) : visible.active && !visible.measures.has(Number(id));
    const dim = (sel && !touchedNode) || (hl && !hl.has(key));
    const compared = kind === 'a' && state.compare.includes(id);
    const cls = [
      gone && 'is-away',
      touchedNode && 'is-touched',
      compared && 'is-compared',
      hl?.has(key) && 'is-hl',
      out && 'is-out',
      dim && 'is-dim',
    ]
      .filter(Boolean)
      .join(' ');
    return {
      k: key,
      href: withBase(base, href),
      label,
      nav,
      x: p.x,
      y: p.y,
      cls,
      selected: isSel(kind, id),
      live,
      tab: roving.current === key,
    };
  };
  // events, once for the whole SVG: a node is found by its data-key
  const keyOf = (e: { target: EventTarget }) =>
    (e.target as Element).closest?.('a.node')?.getAttribute('data-key') ?? null;
  const select = (key: string) => {
    const [kind, id] = key.split(':') as ['a' | 'm', string];
    roving.setCurrent(key);
    dispatch({
      type: 'toggle',
      selection: kind === 'a' ? { kind: 'agency', id } : { kind: 'measure', number: Number(id) },
    });
  };
  const events = live
    ? {
        onClick: (e: React.MouseEvent) => {
          const key = keyOf(e);
          if (!key) return;
          e.preventDefault();
          select(key);
        },
        onKeyDown: (e: React.KeyboardEvent<SVGSVGElement>) => {
          const key = keyOf(e);
          if (key && (e.key === ' ' || e.key === 'Enter')) {
            e.preventDefault();
            select(key);
          } else if (e.key === 'Escape') dispatch({ type: 'select', selection: null });
          else roving.onKeyDown(e);
        },
        onFocus: (e: React.FocusEvent) => setHover(keyOf(e)),
        onBlur: () => setHover(null),
        onMouseOver: (e: React.MouseEvent) => setHover(keyOf(e)),
        onMouseLeave: () => setHover(null),
      }
    : {};
  const roleText = (r: Record<string, number>) =>
    ROLE_ORDER.filter((x) => r[x]! > 0)
      .map((x) => `${ROLE_MARKS[x].label}${r[x]}`)
      .join('、');
  const agencies = data.byLoad.map((id) => ix.agencyById.get(id)!);
  const away = (key: string, p: unknown) => Boolean(hood) && !p && key !== `a:${selectedAgency}`;

  return (
    <section className="net" aria-labelledby="net-title">
      <h2 id="net-title" className="visually-hidden">
        责任关系图
      </h2>
      {live && (
        <NetTools zoom={zoom} selected={Boolean(selectedAgency)} relayout={relayout} setRelayout={setRelayout} />
      )}
      <svg
        ref={svgRef}
        className={['graph', 'net__svg', hood && 'is-hood', sel && 'is-selecting'].filter(Boolean).join(' ')}
        viewBox={`0 0 ${data.width} ${data.height}`}
        role="group"
        aria-label={`责任关系图：${data.agencies.length}个单位与${data.measures.length}条措施，${data.edges.length}条责任关系`}
        aria-describedby={live ? 'net-help' : undefined}
        {...events}
      >
        <g className="net__view" ref={viewRef} data-net-view>
          <g className="graph-edges" aria-hidden="true">
            {data.edges.map((e) => {
              const a0 = ix.agencyById.get(e.agency)!;
              const m0 = ix.measureByNumber.get(e.measure)!;
              const pa = posA(e.agency, a0.x, a0.y);
              const pm = posM(e.measure, m0.x, m0.y);
              const gone = !pa || !pm;
              const [p, q] = [pa ?? a0, pm ?? m0];
              const key = `${e.agency}|${e.measure}`;
              const cls = [
                gone && 'is-away',
                visible.active && !visible.edges.has(key) && 'is-out',
                touched.edges.has(key) && 'is-touched',
                hl && (hl.has(`a:${e.agency}`) && hl.has(`m:${e.measure}`) ? 'is-hl' : 'is-dim'),
                sel && !touched.edges.has(key) && 'is-dim',
              ];
              return (
                <EdgeMark
                  key={key}
                  agency={e.agency}
                  measure={e.measure}
                  role={e.roles[0]!}
                  x1={p.x}
                  y1={p.y}
                  x2={q.x}
                  y2={q.y}
                  cls={cls.filter(Boolean).join(' ')}
                />
              );
            })}
          </g>
          <g className="graph-measures">
            {data.measures.map((m) => {
              const p0 = posM(m.number, m.x, m.y);
              const gone = away(`m:${m.number}`, p0);
              const p = p0 ?? m;
              const label = `第${m.number}条 ${m.title}`;
              return (
                <MeasureMark
                  key={m.number}
                  {...nodeState(
                    `m:${m.number}`,
                    'm',
                    String(m.number),
                    paths.measure(m.number),
                    label,
                    `2,${m.number}`,
                    gone,
                    p,
                  )}
                  number={m.number}
                  part={m.partId}
                  r={m.r}
                  color={m.color}
                />
              );
            })}
          </g>
          <g className="graph-agencies">
            {agencies.map((a, i) => {
              const p0 = posA(a.id, a.x, a.y);
              const key = `a:${a.id}`;
              const gone = away(key, p0);
              const p = p0 ?? a;
              const at0 = hood ? (gone ? null : hood.labels.get(a.id)) : a.label;
              const spot = at0 && {
                x: Math.round((at0.x - (p0 ?? a).x) * 10) / 10,
                y: Math.round((at0.y - (p0 ?? a).y) * 10) / 10,
                anchor: at0.anchor,
              };
              const label = `${a.name}：${a.count}条措施（${roleText(a.roles)}）`;
              const at = spot ?? { x: 0, y: a.r + 14, anchor: 'middle' as const };
              return (
                <AgencyMark
                  key={a.id}
                  {...nodeState(key, 'a', a.id, paths.agency(a.id), label, `1,${i}`, gone, p)}
                  id={a.id}
                  name={a.name}
                  count={a.count}
                  r={a.r}
                  lx={at.x}
                  ly={at.y}
                  anchor={at.anchor}
                  placed={Boolean(spot)}
                />
              );
            })}
          </g>
        </g>
      </svg>
      <NetList
        agencies={agencies}
        selectedAgency={selectedAgency}
        visible={visible}
        touched={touched}
        live={live}
        base={base}
        dispatch={dispatch}
      />
    </section>
  );
}
