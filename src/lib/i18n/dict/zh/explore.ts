/**
 * The explorer's words in Chinese: its pages (src/pages/[...lang]/explore/) and the React island, which receives this
 * section as a prop. The island's props are serialised into the page, so every entry is a string: `{n}`, `{name}` …
 * are filled in by `fill()` (src/lib/explore/text.ts).
 */
export interface ExploreText {
  /** The locale for sorting names (localeCompare). */
  locale: string;
  /** The explorer's own navigation and each page's heading and description. */
  pages: Record<'overview' | 'graph' | 'matrix' | 'sectors', { label: string; title: string; description: string }>;
  roles: Record<'lead' | 'responsible' | 'cooperate', { letter: string; label: string }>;
  /** A list separator ('、' / ', '). */
  sep: string;
  /** A numbered heading: 二、… / II. … */
  numbered: string;
  /** Between a label and what follows ('：' / ': '). */
  colon: string;
  measureCountEnd: string;
  measure: string;
  measureTitled: string;
  measureCount: string;
  agencyCount: string;
  viewsNav: string;
  skip: string;
  details: string;
  helpLive: string;
  helpStatic: string;
  agencyPage: string;
  addCompare: string;
  addCompareReplace: string;
  roleCount: string;
  roleN: string;
  partners: string;
  partnersCount: string;
  noPartners: string;
  partnerWeight: string;
  partnerNote: string;
  measureAgencies: string;
  withRoles: string;
  groupPage: string;
  groupCounts: string;
  clearSelection: string;
  compare: string;
  compareCaption: string;
  colAgency: string;
  colMeasures: string;
  remove: string;
  removeFrom: string;
  common: string;
  none: string;
  filters: string;
  filtersSummary: string;
  filterPart: string;
  filterPartAll: string;
  filterSector: string;
  filterSectorAll: string;
  filterTf: string;
  filterTfAll: string;
  filterRole: string;
  filterRoleAll: string;
  clearAll: string;
  matrixRegion: string;
  matrixCaption: string;
  matrixCaptionEnd: string;
  matrixCaptionLive: string;
  matrixSortName: string;
  matrixSortMeasures: string;
  matrixFoot: string;
  matrixNote: string;
  /** The phone's choice of one part's columns: its label, an option ({label}, {n} measures) and all parts. */
  matrixPart: string;
  matrixPartOption: string;
  matrixPartAll: string;
  cellLabel: string;
  zoom: string;
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  zoomHelpTitle: string;
  zoomHelp: string;
  relayout: string;
  agencyList: string;
  countShort: string;
  graphLabel: string;
  agencyNode: string;
  sectorsSide: string;
  sectorsTitle: string;
  sectorsCaption: string;
  sectorsCaptionSel: string;
  colGroup: string;
  colHits: string;
  colMeasureList: string;
  taskForces: string;
  hitsOf: string;
  announceNone: string;
  announceFilter: string;
  announceWhere: string;
  announceAgency: string;
  announceMeasure: string;
  announceGroup: string;
}

export const explore: ExploreText = {
  locale: 'zh',
  pages: {
    overview: { label: '概览', title: '探索：谁负责什么', description: '责任分工的关键数字与各视图入口' },
    graph: { label: '关系图', title: '责任关系图', description: '单位与措施的关系网络：谁牵头、谁负责、谁配合' },
    matrix: { label: '责任矩阵', title: '责任矩阵', description: '单位 × 措施矩阵，以及“谁与谁合作最多”' },
    sectors: { label: '领域分布', title: '领域分布', description: '各部分、各领域和工作专班的措施数与分工' },
  },
  roles: {
    lead: { letter: '牵', label: '牵头' },
    responsible: { letter: '负', label: '负责' },
    cooperate: { letter: '配', label: '配合' },
  },
  numbered: '{numeral}、{heading}',
  sep: '、',
  colon: '：',
  measureCountEnd: '{n}条措施。',
  measure: '第{n}条',
  measureTitled: '第{n}条 {title}',
  measureCount: '{n}条措施',
  agencyCount: '{n}个单位',
  viewsNav: '探索视图',
  skip: '跳过{view}，到详情',
  details: '详情',
  helpLive:
    '在图、矩阵或领域表中选择一个单位、一条措施、一个领域或专班，各视图会同时标出它和与之相关的内容，这里列出详情。',
  helpStatic: '图中圆圈大小表示单位承担的措施数；小圆点是措施，颜色表示所属部分。点击单位或措施打开其页面。',
  agencyPage: '{name}的页面',
  addCompare: '加入比较',
  addCompareReplace: '加入比较（替换最早加入的）',
  roleN: '{role}{n}',
  roleCount: '{role}（{n}条）',
  partners: '合作单位',
  partnersCount: '合作单位（{n}个）',
  noPartners: '没有与其他单位共同承担的措施。',
  partnerWeight: '权重 {w}，共同措施 {list}',
  partnerNote:
    '“合作权重”：一条措施列出 n 个单位时，其中每两个单位之间计 1/(n−1)，两个单位单独承担的措施计 1；这样第57条这类同时列出九个牵头单位的措施不会压过真正的两两合作。',
  measureAgencies: '责任单位（{n}个）',
  withRoles: '（{roles}）',
  groupPage: '{name}的页面',
  groupCounts: '{m}条措施，{a}个单位。',
  clearSelection: '取消选择',
  compare: '比较（{n}个单位）',
  compareCaption: '所比较单位的措施数与职责',
  colAgency: '单位',
  colMeasures: '措施',
  remove: '移除',
  removeFrom: '从比较中移除{name}',
  common: '共同承担的措施：{list}',
  none: '没有',
  filters: '筛选',
  filtersSummary: '筛选：部分、领域、专班、职责',
  filterPart: '部分',
  filterPartAll: '全部部分',
  filterSector: '领域',
  filterSectorAll: '全部领域',
  filterTf: '工作专班',
  filterTfAll: '全部专班',
  filterRole: '职责',
  filterRoleAll: '全部职责',
  clearAll: '清除筛选与选择',
  matrixRegion: '责任矩阵：{a}个单位 × {m}条措施（可横向滚动）',
  matrixCaption: '单位 × 措施责任矩阵。每格标明该单位在该条措施中的职责：',
  matrixCaptionEnd: '；点击格子打开该条措施。',
  matrixCaptionLive: '；点击格子打开该条措施，点击单位名或措施编号在各视图中选中它。',
  matrixSortName: '单位',
  matrixSortMeasures: '措施数',
  matrixFoot: '各条措施的单位数',
  matrixPart: '显示',
  matrixPartOption: '{label}（{n}条）',
  matrixPartAll: '全部部分（{n}条，可横向滚动）',
  matrixNote:
    '“措施数”为该单位涉及的不同措施条数；牵头、负责、配合分别计数（第61条“牵头负责”同时计为牵头和负责，故三者之和比单位与措施的对应数多1）。表尾为各条措施涉及的单位数，合计为单位与措施的对应数。',
  cellLabel: '第{n}条：{roles}',
  zoom: '缩放',
  zoomIn: '放大',
  zoomOut: '缩小',
  zoomReset: '复位',
  zoomHelpTitle: '操作说明',
  zoomHelp:
    '每按一次＋或－缩放 25%；也可按住 Ctrl（Mac 为 ⌘）滚动鼠标滚轮缩放，放大后拖动平移。文字大小不随缩放改变。方向键在图中逐个移动，回车或空格选择，Esc 取消。',
  relayout: '只显示所选单位的措施与合作单位（重新布局）',
  agencyList: '责任单位（按措施数）',
  countShort: '{n}条',
  graphLabel: '责任关系图：{a}个单位与{m}条措施，{e}条责任关系',
  agencyNode: '{name}：{n}条措施（{roles}）',
  sectorsSide: '领域分布',
  sectorsTitle: '各部分与领域的措施',
  sectorsCaption: '各部分与领域的措施',
  sectorsCaptionSel: '各部分与领域的措施，以及其中与所选对象有关的条数',
  colGroup: '领域（或部分）',
  colHits: '有关 / 措施数',
  colMeasureList: '措施',
  taskForces: '工作专班',
  hitsOf: '{hits} / {n}',
  announceNone: '未选择。',
  announceFilter: '筛选后显示{m}条措施、{a}个单位。',
  announceWhere: '{graph}、{matrix}和{sectors}中已标出',
  announceAgency: '已选择{name}：{m}条措施，{p}个合作单位，涉及{g}个领域或部分；{where}。',
  announceMeasure: '已选择{name}：{a}个单位；{where}。',
  announceGroup: '已选择{name}：{m}条措施，{a}个单位；{where}。',
};
