/**
 * The promise-versus-outcome chart of /targets/: one row per comparable target, the outcome as a percentage of the
 * target (a bar), the target as a 100% line, the status written at the row's end (read without colour). Rendered at
 * build time as an SVG string (an image: no links inside); the page puts the same numbers, linked, in a table beside it.
 */
import { scaleLinear } from 'd3-scale';
import { CHART } from '../explore/charts/defaults';
import { h, t } from '../explore/charts/svg';
import { inBaseUnit, type Outcome } from './outcomes';
import type { Target } from './derived';

export interface ProgressRow {
  key: string;
  label: string;
  /** Outcome ÷ target, in percent (rounded to one decimal). */
  percent: number;
  /** The status in words. */
  status: string;
  href?: string;
}

/** Rows for the chart: targets with a figure whose outcome is comparable, in the targets' order. */
export function progressRows(
  targets: Target[],
  outcomes: Outcome[],
  statusLabel: (o: Outcome) => string,
  href: (t: Target) => string,
): ProgressRow[] {
  const byRef = new Map(outcomes.filter((o) => o.kind === 'target').map((o) => [o.ref, o]));
  return targets.flatMap((tg) => {
    const o = byRef.get(tg.id);
    if (!o || !o.comparable || tg.value === null || !o.figure) return [];
    const goal = inBaseUnit(tg.value, tg.unit);
    const got = inBaseUnit(Number(o.figure), o.unit);
    if (goal.unit !== got.unit || goal.value === 0) return [];
    const percent = Math.round((got.value / goal.value) * 1000) / 10;
    return [{ key: tg.id, label: tg.indicator, percent, status: statusLabel(o), href: href(tg) }];
  });
}

/**
 * The chart as SVG markup (escaped), with an accessible name; a chart of no rows is empty markup. `labelLang` marks
 * the rows' labels (the targets' indicators) as another language than the page's: on English pages the indicators
 * are Chinese, so each label carries lang="zh-CN" and the row's tooltip holds the label alone (the status beside it
 * is written in the page's language).
 */
export function progressChart(
  rows: ProgressRow[],
  label: string,
  { width = CHART.width, labelLang }: { width?: number; labelLang?: string } = {},
): string {
  if (!rows.length) return '';
  const labelWidth = 200;
  const endWidth = 130;
  const top = 8;
  const height = top + rows.length * CHART.rowHeight + CHART.axisHeight;
  const max = Math.max(150, ...rows.map((r) => Math.min(r.percent, 300)));
  const x = scaleLinear()
    .domain([0, max])
    .range([labelWidth, width - endWidth]);
  const line = x(100);
  const body = rows.map((r, i) => {
    const y = top + i * CHART.rowHeight;
    const bar = h('rect', {
      x: labelWidth,
      y: y + (CHART.rowHeight - CHART.barHeight) / 2,
      width: Math.max(1, x(Math.min(r.percent, max)) - labelWidth),
      height: CHART.barHeight,
      fill: 'var(--c-part-2, #1f5f9e)',
    });
    const name = h(
      'text',
      {
        x: labelWidth - 6,
        y: y + CHART.rowHeight / 2,
        'text-anchor': 'end',
        'dominant-baseline': 'middle',
        lang: labelLang,
      },
      t(r.label),
    );
    const value = h(
      'text',
      { x: width - endWidth + 6, y: y + CHART.rowHeight / 2, 'dominant-baseline': 'middle' },
      t(`${r.percent}% · ${r.status}`),
    );
    const row = h(
      'g',
      { 'data-row': r.key },
      h('title', { lang: labelLang }, t(labelLang ? r.label : `${r.label}: ${r.percent}% · ${r.status}`)),
      bar,
      name,
      value,
    );
    return row;
  });
  const target = h('line', {
    x1: line,
    x2: line,
    y1: top - 4,
    y2: height - CHART.axisHeight + 4,
    stroke: CHART.text,
    'stroke-dasharray': '4 3',
  });
  const axis = h('text', { x: line, y: height - 6, 'text-anchor': 'middle', fill: CHART.muted }, t('100%'));
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-label': label,
      class: 'chart chart--progress',
      'font-size': CHART.font,
      fill: CHART.text,
    },
    h('title', {}, t(label)),
    ...body,
    target,
    axis,
  );
}
