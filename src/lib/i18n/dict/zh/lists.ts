/** Words of the measure list, its filters and sortable tables (Chinese). */
import type { Facet } from '../../../model/filters';
import type { Linked } from '../../linked';

export interface ListsText {
  /** Under the measure list's heading. */
  measuresIntro: (n: number) => Linked;
  /** The filters' landmark, and the line above them with or without a filter chosen. */
  filters: string;
  clearFilter: string;
  allShown: string;
  /** Each facet's heading among the filters, and a filter link's count of measures. */
  facets: Record<Facet, string>;
  filterCount: (n: number) => string;
  /** A filtered list's page (/measures/<facet>/<value>/): title, description, heading, count. */
  filtered: {
    title: (label: string) => string;
    description: (plan: string, facet: Facet, label: string, n: number) => string;
    heading: (label: string) => string;
    count: (facet: Facet, n: number, all: number) => string;
  };
  /** How a sortable table sorts (announced once). */
  sortHint: string;
}

const FACETS: Record<Facet, string> = {
  part: '按部分',
  sector: '按行业领域',
  'task-force': '按工作专班',
  agency: '按责任单位',
};

export const lists: ListsText = {
  measuresIntro: (n) => [`共 ${n} 条。筛选是普通链接，每种筛选都有自己的网址，可以收藏或分享。`],
  filters: '筛选措施',
  clearFilter: '清除筛选，显示全部措施',
  allShown: '正在显示全部措施',
  facets: FACETS,
  filterCount: (n) => `（${n}）`,
  filtered: {
    title: (label) => `措施筛选：${label}`,
    description: (plan, facet, label, n) => `《${plan}》中${FACETS[facet].replace('按', '')}为“${label}”的${n}条措施。`,
    heading: (label) => `措施：${label}`,
    count: (facet, n, all) => `${FACETS[facet]}筛选，共 ${n} 条（全部 ${all} 条）。`,
  },
  sortHint: '点击列标题可排序。',
};
