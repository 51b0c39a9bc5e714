/**
 * The marks of the network — edges, measure dots, agency circles with labels — as memoised components
 * with plain props, so a selection re-renders only the marks whose position or state changes. Events are
 * handled once on the SVG (Network.tsx), found through data-key.
 */
import { memo } from 'react';

interface NodeState {
  /** `a:ID` or `m:N`. */
  k: string;
  href: string;
  label: string;
  nav: string;
  x: number;
  y: number;
  /** Space-separated state classes (is-touched is-hl is-out is-dim is-away). */
  cls: string;
  selected: boolean;
  live: boolean;
  tab: boolean;
}
const common = (p: NodeState, kind: string) => ({
  href: p.href,
  'aria-label': p.label,
  'data-key': p.k,
  'data-nav': p.nav,
  'data-selected': p.selected ? 'true' : undefined,
  className: `node node--${kind}${p.cls ? ` ${p.cls}` : ''}`,
  ...(p.live && { role: 'button', 'aria-pressed': p.selected, tabIndex: p.tab ? 0 : -1 }),
});

export const EdgeMark = memo(function EdgeMark(p: {
  agency: string;
  measure: number;
  role: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  cls: string;
}) {
  return (
    <line
      className={`edge edge--${p.role}${p.cls ? ` ${p.cls}` : ''}`}
      data-agency={p.agency}
      data-measure={p.measure}
      data-role={p.role}
      x1={p.x1}
      y1={p.y1}
      x2={p.x2}
      y2={p.y2}
    />
  );
});

export const MeasureMark = memo(function MeasureMark(
  p: NodeState & { number: number; part: string; r: number; color: string },
) {
  return (
    <a {...common(p, 'measure')} data-measure={p.number} data-part={p.part}>
      <title>{p.label}</title>
      <g transform={`translate(${p.x},${p.y})`}>
        <circle r={p.r} fill={p.color} />
        <text dy="0.35em" textAnchor="middle" aria-hidden="true">
          {p.number}
        </text>
      </g>
    </a>
  );
});

export const AgencyMark = memo(function AgencyMark(
  p: NodeState & {
    id: string;
    name: string;
    count: number;
    r: number;
    lx: number;
    ly: number;
    anchor: 'start' | 'middle' | 'end';
    placed: boolean;
  },
) {
  return (
    <a {...common(p, 'agency')} data-agency={p.id} data-count={p.count}>
      <title>{p.label}</title>
      <g transform={`translate(${p.x},${p.y})`}>
        <circle r={p.r} />
        <text
          className={p.placed ? 'net__label' : 'net__label net__label--extra'}
          x={p.lx}
          y={p.ly}
          dy="0.35em"
          textAnchor={p.anchor}
          aria-hidden="true"
        >
          {p.name}
        </text>
      </g>
    </a>
  );
});
