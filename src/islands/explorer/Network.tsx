/**
 * The agency–measure network as SVG. Positions and label spots come from the build (d3-force and the
 * label placer in src/lib/explore/); this component only draws them. Zoom scales positions, never text,
 * so labels keep their size. Selecting an agency lays out its neighbourhood (measures on an inner ring,
 * partners outside). On phones (< 640 px) the SVG gives way to a list of agencies (see Explorer.css).
 */
import { useMemo, useRef, useState, type PointerEvent as ReactPointerEvent, type WheelEvent } from 'react';
import { neighbourhood } from '../../lib/explore/neighbourhood';
import { ROLE_MARKS, ROLE_ORDER } from '../../lib/explore/common';
import { withBase, paths } from '../../lib/site/paths';
import { useRoving } from './useRoving';
import { AgencyMark, EdgeMark, MeasureMark } from './NetMarks';
import type { ViewProps } from './types';
import { Nums } from './Nums';

const ZOOM_STEP = 1.25;
const [ZOOM_MIN, ZOOM_MAX] = [1, 4];
const clampK = (k: number) => Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, k));

export function Network({ ix, state, dispatch, visible, touched, live, base }: ViewProps) {
  const { data } = ix;
  const [zoom, setZoom] = useState({ k: 1, x: 0, y: 0 });
  const [relayout, setRelayout] = useState(true);
  const [hover, setHover] = useState<string | null>(null);
  const drag = useRef<{ x: number; y: number; zx: number; zy: number } | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
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
  const tx = (p: { x: number; y: number }) => ({
    x: Math.round((p.x * zoom.k + zoom.x) * 10) / 10,
    y: Math.round((p.y * zoom.k + zoom.y) * 10) / 10,
  });

  // what hover or focus highlights: the node and its neighbours
  const hl = useMemo(() => {
    if (!hover) return null;
    const [kind, id] = hover.split(':') as ['a' | 'm', string];
    const es = kind === 'a' ? (ix.edgesOfAgency.get(id) ?? []) : (ix.edgesOfMeasure.get(Number(id)) ?? []);
    return new Set([hover, ...es.flatMap((e) => [`a:${e.agency}`, `m:${e.measure}`])]);
  }, [hover, ix]);

  const zoomBy = (f: number, cx = data.width / 2, cy = data.height / 2) =>
    setZoom((z) => {
      const k = clampK(z.k * f);
      if (k === 1) return { k: 1, x: 0, y: 0 };
      return { k, x: cx - ((cx - z.x) * k) / z.k, y: cy - ((cy - z.y) * k) / z.k };
    });
  const svgPoint = (clientX: number, clientY: number) => {
    const r = svgRef.current!.getBoundingClientRect();
    return { x: ((clientX - r.left) / r.width) * data.width, y: ((clientY - r.top) / r.height) * data.height };
  };
  const onWheel = (e: WheelEvent<SVGSVGElement>) => {
    // only Ctrl/⌘ + wheel zooms (a plain wheel scrolls the page); proportionate: 100 px of wheel ≈ one 25 % step
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    const p = svgPoint(e.clientX, e.clientY);
    zoomBy(Math.pow(ZOOM_STEP, -e.deltaY / 100), p.x, p.y);
  };
  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    // a mouse drags the view; a finger scrolls the page (touch-action: pan-y in the CSS)
    if (e.pointerType !== 'mouse' || zoom.k === 1 || (e.target as Element).closest('a')) return;
    drag.current = { x: e.clientX, y: e.clientY, zx: zoom.x, zy: zoom.y };
  };
  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const r = svgRef.current!.getBoundingClientRect();
    const s = data.width / r.width;
    setZoom((z) => ({ ...z, x: d.zx + (e.clientX - d.x) * s, y: d.zy + (e.clientY - d.y) * s }));
  };

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
        <div className="net__tools">
          <div className="net__zoom" role="group" aria-label="缩放">
            <button type="button" onClick={() => zoomBy(ZOOM_STEP)} aria-label="放大" disabled={zoom.k >= ZOOM_MAX}>
              ＋
            </button>
            <button type="button" onClick={() => zoomBy(1 / ZOOM_STEP)} aria-label="缩小" disabled={zoom.k <= ZOOM_MIN}>
              －
            </button>
            <button type="button" onClick={() => setZoom({ k: 1, x: 0, y: 0 })}>
              复位
            </button>
            <span className="net__zoom-level" data-zoom-level>
              {Math.round(zoom.k * 100)}%
            </span>
          </div>
          <p className="net__help" id="net-help">
            每按一次＋或－缩放 25%；也可按住 Ctrl（Mac 为
            ⌘）滚动鼠标滚轮缩放，放大后拖动平移。文字大小不随缩放改变。方向键在图中逐个移动，回车或空格选择，Esc 取消。
          </p>
          {selectedAgency && (
            <label className="net__relayout">
              <input type="checkbox" checked={relayout} onChange={(e) => setRelayout(e.target.checked)} />{' '}
              只显示所选单位的措施与合作单位（重新布局）
            </label>
          )}
        </div>
      )}
      <svg
        ref={svgRef}
        className={['graph', 'net__svg', hood && 'is-hood', sel && 'is-selecting'].filter(Boolean).join(' ')}
        viewBox={`0 0 ${data.width} ${data.height}`}
        role="group"
        aria-label={`责任关系图：${data.agencies.length}个单位与${data.measures.length}条措施，${data.edges.length}条责任关系`}
        aria-describedby={live ? 'net-help' : undefined}
        onWheel={live ? onWheel : undefined}
        onPointerDown={live ? onPointerDown : undefined}
        onPointerMove={live ? onPointerMove : undefined}
        onPointerUp={() => (drag.current = null)}
        onPointerLeave={() => (drag.current = null)}
        {...events}
      >
        <g className="graph-edges" aria-hidden="true">
          {data.edges.map((e) => {
            const a0 = ix.agencyById.get(e.agency)!;
            const m0 = ix.measureByNumber.get(e.measure)!;
            const pa = posA(e.agency, a0.x, a0.y);
            const pm = posM(e.measure, m0.x, m0.y);
            const gone = !pa || !pm;
            const [p, q] = [tx(pa ?? a0), tx(pm ?? m0)];
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
            const p = tx(p0 ?? m);
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
            const p = tx(p0 ?? a);
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
      </svg>
      <ul className="net__list" aria-label="责任单位（按措施数）">
        {agencies.map((a) => {
          const selected = selectedAgency === a.id;
          return (
            <li key={a.id} className={visible.active && !visible.agencies.has(a.id) ? 'is-out' : undefined}>
              <a
                href={withBase(base, paths.agency(a.id))}
                data-agency={a.id}
                data-selected={selected ? 'true' : undefined}
                className={touched.agencies.has(a.id) ? 'is-touched' : undefined}
                {...(live && {
                  role: 'button',
                  'aria-pressed': selected,
                  onClick: (e: React.MouseEvent) => {
                    e.preventDefault();
                    dispatch({ type: 'toggle', selection: { kind: 'agency', id: a.id } });
                  },
                })}
              >
                {a.name}
                <span className="net__count">
                  <Nums>{`${a.count}条`}</Nums>
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
