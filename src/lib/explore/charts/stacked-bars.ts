/**
 * Horizontal stacked bars, server-rendered as an SVG string. One row per item, one segment per
 * series, the row total at the end; each row links to what it counts. A legend is drawn on top.
 * With one series it is a plain bar chart.
 */
import { scaleLinear } from 'd3-scale';
import { CHART } from './defaults';
import { h, t } from './svg';

export interface BarSeries {
  key: string;
  label: string;
  color: string;
  pattern: 'solid' | 'hatch' | 'dots';
}
export interface BarRow {
  key: string;
  label: string;
  /** Where the row's element links (already base-prefixed). */
  href?: string;
  /** One value per series. */
  values: number[];
}
export interface StackedBarsSpec {
  /** Stable id prefix (patterns, titles). */
  id: string;
  /** The chart's accessible name. */
  label: string;
  series: BarSeries[];
  rows: BarRow[];
  /** Unit word after totals, e.g. 条 */
  unit?: string;
  width?: number;
}

/** <pattern> definitions so each series reads without colour. */
function patternDefs(id: string, series: BarSeries[]): string {
  return h(
    'defs',
    {},
    ...series.map((s, i) => {
      const pid = `${id}-p${i}`;
      if (s.pattern === 'hatch') {
        return h(
          'pattern',
          { id: pid, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
          h('rect', { width: 6, height: 6, fill: 'var(--c-responsible-tint, #e8f0fa)' }),
          h('rect', { width: 2.5, height: 6, fill: s.color }),
        );
      }
      if (s.pattern === 'dots') {
        return h(
          'pattern',
          { id: pid, width: 5, height: 5, patternUnits: 'userSpaceOnUse' },
          h('rect', { width: 5, height: 5, fill: 'var(--c-cooperate-tint, #eef5ea)' }),
          h('circle', { cx: 2.5, cy: 2.5, r: 1.4, fill: s.color }),
        );
      }
      return '';
    }),
  );
}

const fillOf = (id: string, s: BarSeries, i: number) => (s.pattern === 'solid' ? s.color : `url(#${id}-p${i})`);

export function stackedBars(spec: StackedBarsSpec): string {
  const width = spec.width ?? CHART.width;
  const { font, labelWidth, rowHeight, barHeight, legendHeight, axisHeight, marginRight } = CHART;
  const totals = spec.rows.map((r) => r.values.reduce((s, v) => s + v, 0));
  const x = scaleLinear()
    .domain([0, Math.max(1, ...totals)])
    .nice()
    .range([labelWidth, width - marginRight]);
  const top = legendHeight + axisHeight;
  const height = top + spec.rows.length * rowHeight + 6;
  const ticks = x.ticks(5).filter(Number.isInteger);

  const legend = h(
    'g',
    { class: 'chart-legend', transform: `translate(${labelWidth},4)` },
    ...spec.series.map((s, i) =>
      h(
        'g',
        { transform: `translate(${i * 96},0)` },
        h('rect', { width: 16, height: 14, y: 2, fill: fillOf(spec.id, s, i), stroke: s.color, 'stroke-width': 1 }),
        h('text', { x: 22, y: 14, 'font-size': font, fill: CHART.text }, t(s.label)),
      ),
    ),
  );
  const axis = h(
    'g',
    { class: 'chart-axis', 'aria-hidden': 'true' },
    ...ticks.map((v) =>
      h(
        'g',
        { transform: `translate(${x(v)},0)` },
        h('line', { y1: top - 4, y2: height - 6, stroke: CHART.grid }),
        h('text', { y: top - 8, 'text-anchor': 'middle', 'font-size': font - 2, fill: CHART.muted }, t(v)),
      ),
    ),
  );
  const rows = spec.rows.map((row, ri) => {
    const y = top + ri * rowHeight + (rowHeight - barHeight) / 2;
    let acc = 0;
    const segments = row.values.map((v, i) => {
      const x0 = x(acc);
      acc += v;
      if (v === 0) return '';
      const s = spec.series[i]!;
      return h('rect', {
        class: 'bar',
        'data-series': s.key,
        'data-value': v,
        x: x0,
        y,
        width: x(acc) - x0,
        height: barHeight,
        fill: fillOf(spec.id, s, i),
        stroke: s.color,
        'stroke-width': 1,
      });
    });
    const total = totals[ri]!;
    const summary = `${row.label}：${spec.series.map((s, i) => `${s.label}${row.values[i]}`).join('，')}${spec.series.length > 1 ? `，共${total}` : ''}${spec.unit ?? ''}`;
    const label = h(
      'text',
      {
        x: labelWidth - 8,
        y: y + barHeight - 4,
        'text-anchor': 'end',
        'font-size': font,
        fill: row.href ? CHART.link : CHART.text,
        'text-decoration': row.href ? 'underline' : undefined,
      },
      t(row.label),
    );
    // the link's name starts with its visible text (the label), then says what the bar counts
    const mark = row.href
      ? h('a', { href: row.href, 'aria-label': summary }, label, ...segments)
      : h('g', { role: 'img', 'aria-label': summary }, label, ...segments);
    const end = h(
      'text',
      { x: x(total) + 5, y: y + barHeight - 4, 'font-size': font, fill: CHART.text, 'aria-hidden': 'true' },
      t(total),
    );
    return h('g', { class: 'chart-row', 'data-key': row.key, 'data-total': total }, mark, end);
  });
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'chart chart--bars',
      id: spec.id,
      viewBox: `0 0 ${width} ${height}`,
      role: 'group',
      'aria-label': spec.label,
      'font-family': 'inherit',
    },
    patternDefs(spec.id, spec.series),
    legend,
    axis,
    ...rows,
  );
}
