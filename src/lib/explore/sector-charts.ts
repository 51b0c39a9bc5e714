/**
 * The charts of the sector breakdown page, as specs built from the collections. Pages pass `href`
 * (adds the site's base); tests pass the identity and check the numbers against the content.
 */
import type { Plan } from '../model/model';
import { breakdownRows, drillDown, taskForceLoad } from './breakdown';
import { ROLE_MARKS, ROLE_ORDER } from './common';
import { ROLE_STYLE, PLAIN_STYLE } from './charts/defaults';
import type { StackedBarsSpec } from './charts/stacked-bars';
import type { TreemapSpec } from './charts/treemap';

type Href = (path: string) => string;

const roleSeries = ROLE_ORDER.map((r) => ({ key: r, label: ROLE_MARKS[r].label, ...ROLE_STYLE[r] }));

/** Role mentions per sector (and per part for measures outside sectors). */
export function roleChart(plan: Plan, href: Href): StackedBarsSpec {
  return {
    id: 'chart-roles',
    label: '各领域措施的责任分工：牵头、负责、配合的单位次数',
    series: roleSeries,
    unit: '次',
    rows: breakdownRows(plan).map((r) => ({
      key: `${r.kind}:${r.id}`,
      label: r.label,
      href: href(r.path),
      values: ROLE_ORDER.map((x) => r.roles[x]),
    })),
  };
}

/** Measures per sector (and per part for measures outside sectors). */
export function measureChart(plan: Plan, href: Href): StackedBarsSpec {
  return {
    id: 'chart-measures',
    label: '各领域的措施条数',
    series: [{ key: 'measures', label: '措施条数', ...PLAIN_STYLE }],
    unit: '条',
    rows: breakdownRows(plan).map((r) => ({
      key: `${r.kind}:${r.id}`,
      label: r.label,
      href: href(r.path),
      values: [r.measures.length],
    })),
  };
}

/** Distinct agencies named in each sector's measures. */
export function agencyChart(plan: Plan, href: Href): StackedBarsSpec {
  return {
    id: 'chart-agencies',
    label: '各领域涉及的责任单位数',
    series: [{ key: 'agencies', label: '单位数', ...PLAIN_STYLE }],
    unit: '个',
    rows: breakdownRows(plan).map((r) => ({
      key: `${r.kind}:${r.id}`,
      label: r.label,
      href: href(r.path),
      values: [r.agencies.length],
    })),
  };
}

/** Each task force's measures, split by role mentions; rows link to the graph filtered to the task force. */
export function taskForceChart(plan: Plan, href: Href): StackedBarsSpec {
  return {
    id: 'chart-task-forces',
    label: '各工作专班负责的措施条数',
    series: [{ key: 'measures', label: '措施条数', ...PLAIN_STYLE }],
    unit: '条',
    rows: taskForceLoad(plan).map((t) => ({
      key: `tf:${t.id}`,
      label: t.name,
      href: href(`/explore/graph/?tf=${encodeURIComponent(t.id)}`),
      values: [t.measures.length],
    })),
  };
}

export function drillChart(plan: Plan, href: Href): TreemapSpec {
  return { id: 'chart-drill', label: '措施分布：部分 → 领域 → 措施（每格一条措施）', root: drillDown(plan), href };
}
