/** Words of the full text (/plan/) and a part's page (/parts/N/) (Chinese). */
export interface FullTextText {
  title: (title: string) => string;
  description: (title: string, number: string, measures: number) => string;
  toc: string;
  notice: string;
  plan: string;
  copyTo: string;
  /** The title of a measure's number in the text. */
  open: (n: number) => string;
  /** Printed above the text: where it comes from. */
  printFrom: (url: string) => string;
  /** Before the link to the official publication. */
  officialLabel: string;
  /** Whether sentences (and a measure's number and text) are set apart by a space. */
  spaced: boolean;
  /** A part's page: how many measures it has, and the link to the measure list filtered by it. */
  partCount: (n: number) => string;
  filterPart: string;
}

export const fullText: FullTextText = {
  title: (title) => `全文：${title}`,
  description: (title, number, n) =>
    `《${title}》（${number}）全文：通知、总体要求、${n}条措施和抄送，每部分、每个领域、每条措施均有锚点。`,
  toc: '目录',
  notice: '通知',
  plan: '行动计划',
  copyTo: '抄送',
  open: (n) => `打开第${n}条的页面`,
  printFrom: (url) => `本文来自 ${url}，据山西省人民政府办公厅公开发布文本整理。`,
  officialLabel: '本页是非官方整理版；官方网站刊载的原文',
  spaced: false,
  partCount: (n) => `本部分共 ${n} 条措施。`,
  filterPart: '在措施列表中筛选本部分',
};
