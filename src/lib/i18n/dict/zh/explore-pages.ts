/** The explorer pages' own prose in Chinese (src/pages/[...lang]/explore/): rendered on the server, never sent to the island. */
export interface ExplorePagesText {
  overviewDescription: (agencies: number, measures: number) => string;
  overviewIntro: (s: { measures: number; agencies: number; links: number; roles: string; shared: number }) => string;
  /** One role's count in the overview's sentence. */
  roleLinks: (role: string, n: number) => string;
  topHeading: string;
  topCaption: (n: number) => string;
  colAgency: string;
  colMeasures: string;
  colGraph: string;
  view: string;
  viewIn: (name: string) => string;
  graphDescription: (agencies: number, measures: number) => string;
  graphIntro: (agencies: number, measures: number, links: number) => string;
  graphTableHeading: string;
  graphTableCaption: string;
  matrixDescription: (agencies: number, measures: number) => string;
  matrixIntro: string;
  pairsHeading: string;
  pairsIntro: (n: number) => string;
  pairWith: string;
  pairCount: (n: number, weight: number) => string;
  sectorsDescription: string;
  sectorsIntro: string;
  partsHeading: string;
  partsCaption: string;
  colPart: string;
  colPartMeasures: string;
  colSectors: string;
  colAgencies: string;
  tfHeading: string;
  tfIntro: string;
  colTf: string;
  colWhere: string;
  colTfMeasures: string;
  colAgencyCount: string;
}

export const explorePages: ExplorePagesText = {
  overviewDescription: (a, m) => `${a}个责任单位如何分担${m}条措施：关系图、责任矩阵与领域分布。`,
  overviewIntro: (s) =>
    `计划的 ${s.measures} 条措施由 ${s.agencies} 个单位分担，共 ${s.links} 组“单位—措施”责任关系，按职责分：${s.roles}（第61条“牵头负责”只计一组，记为牵头）；其中 ${s.shared} 条措施由两个以上单位共同承担。以下数字均由各条措施末尾的责任单位括注统计得出。`,
  roleLinks: (role, n) => `${role} ${n} 组`,
  topHeading: '承担措施最多的单位',
  topCaption: (n) => `承担措施最多的${n}个单位及其职责次数`,
  colAgency: '单位',
  colMeasures: '措施数',
  colGraph: '关系图',
  view: '查看',
  viewIn: (name) => `在关系图中查看${name}`,
  graphDescription: (a, m) => `${a}个责任单位与${m}条措施的关系图：谁牵头、谁负责、谁配合。`,
  graphIntro: (a, m, links) =>
    `${a} 个责任单位（大圆，面积表示措施数）与 ${m} 条措施（小圆点，颜色表示所属部分）之间的 ${links} 条责任关系。线型区分职责：粗实线为牵头，短划线为负责，点线为配合。布局在构建时计算，每次打开都相同。选择一个单位、措施、领域或专班，关系图、责任矩阵和领域分布会同时标出它。`,
  graphTableHeading: '各单位的措施（表格）',
  graphTableCaption: '各单位按职责列出的措施编号（按措施数排序）',
  matrixDescription: (a, m) => `${a}个单位 × ${m}条措施的责任矩阵，以及共同承担措施最多的单位组合。`,
  matrixIntro:
    '每行一个单位（默认按措施数从多到少排列），每列一条措施（按部分和领域分组）。启用 JavaScript 后可点击表头按钮重新排序，点击单位名或措施编号在各视图中选中它。',
  pairsHeading: '谁与谁合作最多',
  pairsIntro: (n) =>
    `同一条措施中同时出现的单位组合，按合作权重排列（至少共同出现在 3 条措施中，前 ${n} 组）。每个单位页面列出它的全部合作单位。`,
  pairWith: '与',
  pairCount: (n, w) => `共同出现在 ${n} 条措施中，合作权重 ${w}`,
  sectorsDescription: '各部分、各领域和工作专班的措施数与责任分工，数字均由措施内容自动统计。',
  sectorsIntro:
    '按部分和领域统计的措施数、责任分工和涉及单位，以及各工作专班的任务量。所有数字在构建时由各条措施的内容统计得出；每个图形元素链接到它所计数的页面。选择一个领域、专班或措施，关系图和责任矩阵会同时标出它。',
  partsHeading: '各部分',
  partsCaption: '各部分的措施数、领域数、分工与单位数',
  colPart: '部分',
  colPartMeasures: '措施',
  colSectors: '领域',
  colAgencies: '单位',
  tfHeading: '工作专班的任务量',
  tfIntro: '专班由领域标题或部分标题指明（如“（金融业专班负责）”）；点击专班在关系图中查看其措施。',
  colTf: '专班',
  colWhere: '负责的部分或领域',
  colTfMeasures: '措施条数',
  colAgencyCount: '单位数',
};
