/** Words of the measure list, its filters and sortable tables (Chinese). */
import type { Linked } from '../../linked';

export interface ListsText {
  /** Under the measure list's heading. */
  measuresIntro: (n: number) => Linked;
  /** The filters' landmark, and the line above them with or without a filter chosen. */
  filters: string;
  clearFilter: string;
  allShown: string;
  /** How a sortable table sorts (announced once). */
  sortHint: string;
}

export const lists: ListsText = {
  measuresIntro: (n) => [`共 ${n} 条。筛选是普通链接，每种筛选都有自己的网址，可以收藏或分享。`],
  filters: '筛选措施',
  clearFilter: '清除筛选，显示全部措施',
  allShown: '正在显示全部措施',
  sortHint: '点击列标题可排序。',
};
