/**
 * Editorial: the common short names of the bodies named in the plan and of a few other named things
 * (综改区, 北交所 …), as people and the press write them. Each rests on a name the plan writes: an agency by
 * its id in content/agencies.yaml (the names in the responsibility brackets), another thing by `name`, a
 * string that occurs in the plan's text (tests/unit/search/short-names.test.ts checks both, and that each
 * short form finds every measure naming the body). From research/short-names.yaml, reviewed:
 *
 * - `short`: forms in current use for this very body.
 * - `loose`: forms people use loosely or from before a reform. Kept only where the plan names no other
 *   body they could mean, so that a search for them finds what the reader is after: 银保监会 and 证监会 are
 *   strictly the national commissions, but the plan names neither, only their Shanxi offices (山西银保监局,
 *   山西证监局); 工商局, 国土厅, 环保厅, 农业厅 and 太原铁路局 are the names before the 2017–2018 reforms. Left
 *   out: 住建部, 工信部, 人社局, 民政局 (national ministries or city bodies the plan does not name).
 */

/** Short forms by agency id. */
export const AGENCY_SHORT_NAMES: Record<string, { short: string[]; loose?: string[] }> = {
  ndrc: { short: ['发改委', '省发改委', '发展改革委', '发改'] },
  finance: { short: ['财政厅', '省财政', '财政'] },
  tax: { short: ['税务局', '山西税务', '税务'] },
  hrss: { short: ['人社厅', '人社', '人力资源社会保障厅', '人力资源和社会保障厅', '人社部门'] },
  sasac: { short: ['国资委', '山西省国资委'] },
  housing: { short: ['住建厅', '住建', '住房城乡建设厅', '住房和城乡建设厅'] },
  'financial-regulation': { short: ['地方金融监管局', '金融监管局', '金融局'] },
  'pboc-taiyuan': { short: ['人行', '人民银行', '央行', '人民银行太原中心支行'] },
  'cbirc-shanxi': { short: ['银保监局', '银保监', '山西银保监'], loose: ['银保监会'] },
  samr: { short: ['市场监管局', '市监局', '省市监局', '市场监管'], loose: ['工商局'] },
  'city-governments': { short: ['市政府', '各市政府'] },
  commerce: { short: ['商务厅'] },
  'culture-tourism': { short: ['文旅厅', '文化和旅游厅'] },
  transport: { short: ['交通厅', '交通运输厅'] },
  'approval-services': { short: ['审批局', '省审批局', '行政审批局', '行政审批'] },
  'industry-it': { short: ['工信厅', '工业和信息化厅'] },
  'science-tech': { short: ['科技厅'] },
  'csrc-shanxi': { short: ['证监局'], loose: ['证监会'] },
  'china-railway-taiyuan': { short: ['国铁太原局', '太原局', '铁路局'], loose: ['太原铁路局'] },
  postal: { short: ['邮管局', '省邮管局', '邮政管理局'], loose: ['邮政局'] },
  'natural-resources': { short: ['自然资源厅'], loose: ['国土厅'] },
  communications: { short: ['通管局', '省通管局', '通信管理局'] },
  cyberspace: { short: ['网信办', '省网信办'] },
  education: { short: ['教育厅'] },
  health: { short: ['卫健委', '卫生健康委'] },
  energy: { short: ['能源局'] },
  justice: { short: ['司法厅'] },
  'ecology-environment': { short: ['生态环境厅'], loose: ['环保厅'] },
  agriculture: { short: ['农业农村厅'], loose: ['农业厅'] },
  'supply-marketing': { short: ['供销社', '供销合作社'] },
  'civil-affairs': { short: ['民政厅'] },
  sports: { short: ['体育局'] },
  'transformation-zone': { short: ['综改区管委会', '综改区', '山西综改区', '综改示范区'] },
  statistics: { short: ['统计局'] },
};

/** Short forms of other things the plan names: `name` occurs in the text as written. (综改区 is the zone's
 *  管委会 above, which the search finds by the zone's name in the text too.) */
export const NAMED_SHORT_NAMES: { name: string; short: string[] }[] = [
  // the plan contracts the three exchanges' names into one
  { name: '沪深北交易所', short: ['上交所', '深交所', '北交所'] },
  { name: '国家发展改革委', short: ['国家发改委'] },
  { name: '太忻一体化经济区', short: ['太忻经济区'] },
  { name: '国家超级计算太原中心', short: ['太原超算中心', '超算中心'] },
  { name: '太原机场', short: ['武宿机场'] },
  { name: '环太原国际公路自行车赛', short: ['环太原'] },
  { name: '中国（山西）知识产权保护中心', short: ['山西知识产权保护中心'] },
];

/** Every short form of an agency (current, then loose). */
export function agencyShortForms(id: string): string[] {
  const e = AGENCY_SHORT_NAMES[id];
  return e ? [...e.short, ...(e.loose ?? [])] : [];
}
