/**
 * Horizontal stacked bars, server-rendered as an SVG string. One row per item, one segment per
 * series, the row total at the end; each row links to what it counts. A legend is drawn on top.
 * With one series it is a plain bar chart.
 */
import { scaleLinear } from 'd3-scale';
import { CHART } from './defaults';
import { ems, h, t, twoLines } from './svg';

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
  /** A row's accessible name, in the page's language: its label, then what it counts (given the row's total). */
  describe: (row: BarRow, total: number) => string;
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

/** Room a row label leaves between its end and the bars. */
const LABEL_GAP = 12;
/** The smallest size a two-line label is drawn at. */
const MIN_FONT = 8;

/**
 * The chart's frame: the label column (CHART.labelWidth, or half the chart when a label would not fit on one line
 * there, as long English headings do), the x scale over the largest total, the ticks, where the rows start and end.
 */
function frameOf(spec: StackedBarsSpec, totals: number[]) {
  const width = spec.width ?? CHART.width;
  const { rowHeight, legendHeight, axisHeight, marginRight } = CHART;
  const fits = spec.rows.every((r) => ems(r.label) * CHART.font <= CHART.labelWidth - LABEL_GAP);
  const labelWidth = fits ? CHART.labelWidth : Math.round(width / 2);
  const x = scaleLinear()
    .domain([0, Math.max(1, ...totals)])
    .nice()
    .range([labelWidth, width - marginRight]);
  const top = legendHeight + axisHeight;
  const height = top + spec.rows.length * rowHeight + 6;
  return { x, top, width, height, labelWidth, ticks: x.ticks(5).filter(Number.isInteger) };
}
type Frame = ReturnType<typeof frameOf>;

/**
 * The legend on top: one swatch and name per series, 96 units apart or more for a long name; it starts over the bars,
 * or further left when it would not fit there.
 */
function legendOf(spec: StackedBarsSpec, { labelWidth, width }: Frame): string {
  const steps = spec.series.map((s) => Math.max(96, 22 + Math.ceil(ems(s.label) * CHART.font) + 12));
  const lefts = steps.map((_, i) => steps.slice(0, i).reduce((a, b) => a + b, 0));
  const total = steps.reduce((a, b) => a + b, 0);
  const start = labelWidth + total <= width ? labelWidth : Math.max(4, width - total);
  return h(
    'g',
    { class: 'chart-legend', transform: `translate(${start},4)` },
    ...spec.series.map((s, i) =>
      h(
        'g',
        { transform: `translate(${lefts[i]},0)` },
        h('rect', { width: 16, height: 14, y: 2, fill: fillOf(spec.id, s, i), stroke: s.color, 'stroke-width': 1 }),
        h('text', { x: 22, y: 14, 'font-size': CHART.font, fill: CHART.text }, t(s.label)),
      ),
    ),
  );
}

/**
 * A row's label, ending before the bars: one line at the chart's size when it fits, else two lines (cut at a space)
 * as large as fit, two lines in the row's height.
 */
function labelOf(row: BarRow, labelWidth: number, y: number): string {
  const { font, barHeight } = CHART;
  const room = labelWidth - LABEL_GAP;
  const x = labelWidth - 8;
  const attrs = (baseline: number, size: number) => ({
    x,
    y: baseline,
    'text-anchor': 'end',
    'font-size': size,
    fill: row.href ? CHART.link : CHART.text,
    'text-decoration': row.href ? 'underline' : undefined,
  });
  const lines = ems(row.label) * font <= room ? [row.label] : twoLines(row.label);
  if (lines.length === 1) return h('text', attrs(y + barHeight - 4, font), t(row.label));
  const size = Math.max(MIN_FONT, Math.min(font - 1, room / Math.max(...lines.map(ems))));
  return h(
    'text',
    attrs(y + barHeight / 2 - 2, size),
    // the space stays at the end of the first line, so the text (and the link's name) reads as the label does
    h('tspan', { x }, t(`${lines[0]!} `)),
    h('tspan', { x, dy: size + 1 }, t(lines[1]!)),
  );
}

/** The grid lines and their numbers (hidden from assistive technology: each row says its own numbers). */
function axisOf({ x, ticks, top, height }: Frame): string {
  return h(
    'g',
    { class: 'chart-axis', 'aria-hidden': 'true' },
    ...ticks.map((v) =>
      h(
        'g',
        { transform: `translate(${x(v)},0)` },
        h('line', { y1: top - 4, y2: height - 6, stroke: CHART.grid }),
        h('text', { y: top - 8, 'text-anchor': 'middle', 'font-size': CHART.font - 2, fill: CHART.muted }, t(v)),
      ),
    ),
  );
}

/** One row: its label and segments (a link to what it counts, named by `describe`), and its total at the end. */
function rowOf(spec: StackedBarsSpec, { x, top, labelWidth }: Frame, row: BarRow, ri: number, total: number): string {
  const { font, rowHeight, barHeight } = CHART;
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
  const summary = spec.describe(row, total);
  const label = labelOf(row, labelWidth, y);
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
}

export function stackedBars(spec: StackedBarsSpec): string {
  const totals = spec.rows.map((r) => r.values.reduce((s, v) => s + v, 0));
  const frame = frameOf(spec, totals);
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'chart chart--bars',
      id: spec.id,
      viewBox: `0 0 ${frame.width} ${frame.height}`,
      role: 'group',
      'aria-label': spec.label,
      'font-family': 'inherit',
    },
    patternDefs(spec.id, spec.series),
    legendOf(spec, frame),
    axisOf(frame),
    ...spec.rows.map((row, ri) => rowOf(spec, frame, row, ri, totals[ri]!)),
  );
}
