/** The about page's words around its prose (content/pages/zh/about.md holds the prose itself), in Chinese. */
export interface AboutText {
  /** The label of the link to the original on an official site. */
  officialSource: string;
  /** The table of every correction made to the extracted text. */
  corrections: {
    caption: string;
    columns: { description: string; from: string; to: string; reason: string };
    /** The from/to cells of the line-break correction, which has no single character to show. */
    breaksFrom: string;
    breaksTo: string;
  };
  /** After the date the plan was signed: the publication date the official page shows. */
  published: (site: string, date: string) => string;
  /** After "N of M measures translated": which are not yet (nothing when all are). */
  untranslated: (numbers: number[]) => string;
}

export const about: AboutText = {
  officialSource: '官方网站上的原文',
  corrections: {
    caption: '全部更正',
    columns: { description: '更正', from: '提取文本', to: '更正为', reason: '理由' },
    breaksFrom: '断行、页首空格',
    breaksTo: '连续文本',
  },
  published: (site, date) => `；${site}刊载的原文页面标明的发布日期是${date}`,
  untranslated: (numbers) => (numbers.length ? `；尚未翻译（以中文显示）：第${numbers.join('、')}条` : ''),
};
