/** The explorer's pages, in the order of its own navigation. Root-relative paths. */
export const EXPLORE_PAGES = [
  { label: '概览', path: '/explore/', description: '责任分工的关键数字与各视图入口' },
  { label: '关系图', path: '/explore/graph/', description: '单位与措施的关系网络：谁牵头、谁负责、谁配合' },
  { label: '责任矩阵', path: '/explore/matrix/', description: '单位 × 措施矩阵，以及“谁与谁合作最多”' },
  { label: '领域分布', path: '/explore/sectors/', description: '各部分、各领域和工作专班的措施数与分工' },
] as const;
