/** Words of the cited-document pages (Chinese). */
export interface DocumentText {
  listTitle: string;
  listIntro: string;
  number: string;
  issuer: string;
  issuerNote: string;
  date: string;
  official: string;
  notConfirmed: string;
  citedBy: string;
  terms: string;
  termsIntro: string;
  source: string;
  measure: (n: number) => string;
  citedInMeasure: string;
  kind: Record<string, string>;
  /** Punctuation between a label and its list, and between the list's items. */
  colon: string;
  listSeparator: string;
}

export const document: DocumentText = {
  listTitle: '计划引用的文件',
  listIntro:
    '计划在措施中按标题引用的其他文件，每份一页：引用它的措施、计划写明的文号和发文机关；文件日期、官方网址和相关条款只在公开网页存档能够核实时列出，并注明来源。',
  number: '文号',
  issuer: '发文机关',
  issuerNote: '（计划原文的写法）',
  date: '印发日期',
  official: '官方网址',
  notConfirmed: '未能从公开网页存档核实，暂不列出。',
  citedBy: '引用它的措施',
  terms: '与企业纾困相关的条款（2022年的国家政策）',
  termsIntro:
    '以下为该文件中与房租、税费、社保、贷款、收费有关的条款原文，均注明来源；具体适用以文件全文和各地实施办法为准。',
  source: '来源',
  measure: (n) => `第${n}条`,
  citedInMeasure: '本条引用的文件：',
  kind: {
    rent: '房租减免',
    'tax-fee': '税费减免',
    jobs: '稳岗与社保',
    credit: '贷款与融资',
    guarantee: '融资担保',
    insurance: '保险保障',
    subsidy: '补贴与奖励',
    fees: '制止乱收费',
  },
  colon: '：',
  listSeparator: '、',
};
