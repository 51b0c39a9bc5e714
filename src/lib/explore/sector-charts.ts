/**
 * The charts of the sector breakdown page, as specs built from the collections. Pages pass `href` (adds the site's
 * base and, on English pages, /en/), the words of the edition's dictionary (`ChartWords`: src/lib never reads the
 * dictionaries itself) and the edition's plan, whose names the charts draw; tests pass the identity and check the
 * numbers against the content.
 */
import type { Lang } from '../i18n/i18n';
import type { ChartsText } from '../i18n/dict/zh/charts';
import type { Dictionary } from '../i18n/dict';
import type { Plan, Role } from '../model/model';
import { breakdownRows, drillDown, taskForceLoad, type BreakdownRow } from './breakdown';
import { ROLE_ORDER } from './common';
import { ROLE_STYLE, PLAIN_STYLE } from './charts/defaults';
import type { BarRow, StackedBarsSpec } from './charts/stacked-bars';
import type { TreemapSpec } from './charts/treemap';

type Href = (path: string) => string;

/** The words the charts draw, from the edition's dictionary (t.charts, t.reading.role, t.explore's templates). */
export interface ChartWords {
  text: ChartsText;
  /** Role names for the legend and the bars' descriptions. */
  roles: Record<Role, string>;
  /** A numbered part heading ('{numeral}、{heading}') and a measure with its title ('第{n}条 {title}'). */
  numbered: string;
  measureTitled: string;
  lang: Lang;
}

/** The chart words of an edition's dictionary. */
export function chartWords(t: Pick<Dictionary, 'charts' | 'reading' | 'explore'>, lang: Lang): ChartWords {
  return {
    text: t.charts,
    roles: t.reading.role,
    numbered: t.explore.numbered,
    measureTitled: t.explore.measureTitled,
    lang,
  };
}

const sectorRow = (r: BreakdownRow, href: Href, values: number[]): BarRow => ({
  key: `${r.kind}:${r.id}`,
  label: r.label,
  href: href(r.path),
  values,
});

/** Role mentions per sector (and per part for measures outside sectors). */
export function roleChart(plan: Plan, href: Href, w: ChartWords): StackedBarsSpec {
  return {
    id: 'chart-roles',
    label: w.text.roleChart,
    series: ROLE_ORDER.map((r) => ({ key: r, label: w.roles[r], ...ROLE_STYLE[r] })),
    describe: (row, total) =>
      w.text.roleSummary(
        row.label,
        ROLE_ORDER.map((r, i) => [w.roles[r], row.values[i]!]),
        total,
      ),
    rows: breakdownRows(plan).map((r) =>
      sectorRow(
        r,
        href,
        ROLE_ORDER.map((x) => r.roles[x]),
      ),
    ),
  };
}

/** Measures per sector (and per part for measures outside sectors). */
export function measureChart(plan: Plan, href: Href, w: ChartWords): StackedBarsSpec {
  return {
    id: 'chart-measures',
    label: w.text.measureChart,
    series: [{ key: 'measures', label: w.text.measureSeries, ...PLAIN_STYLE }],
    describe: (row, total) => w.text.measureSummary(row.label, total),
    rows: breakdownRows(plan).map((r) => sectorRow(r, href, [r.measures.length])),
  };
}

/** Distinct agencies named in each sector's measures. */
export function agencyChart(plan: Plan, href: Href, w: ChartWords): StackedBarsSpec {
  return {
    id: 'chart-agencies',
    label: w.text.agencyChart,
    series: [{ key: 'agencies', label: w.text.agencySeries, ...PLAIN_STYLE }],
    describe: (row, total) => w.text.agencySummary(row.label, total),
    rows: breakdownRows(plan).map((r) => sectorRow(r, href, [r.agencies.length])),
  };
}

/** Each task force's measures, split by role mentions; rows link to the graph filtered to the task force. */
export function taskForceChart(plan: Plan, href: Href, w: ChartWords): StackedBarsSpec {
  return {
    id: 'chart-task-forces',
    label: w.text.taskForceChart,
    series: [{ key: 'measures', label: w.text.measureSeries, ...PLAIN_STYLE }],
    describe: (row, total) => w.text.measureSummary(row.label, total),
    rows: taskForceLoad(plan).map((t) => ({
      key: `tf:${t.id}`,
      label: t.name,
      href: href(`/explore/graph/?tf=${encodeURIComponent(t.id)}`),
      values: [t.measures.length],
    })),
  };
}

export function drillChart(plan: Plan, href: Href, w: ChartWords): TreemapSpec {
  return { id: 'chart-drill', label: w.text.drillChart, root: drillDown(plan, w, w.lang), href };
}
