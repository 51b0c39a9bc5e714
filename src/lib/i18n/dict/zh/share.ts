/** The words on the share cards (og:image, /share/…png) and their text alternatives (Chinese). */

export interface ShareText {
  /** Bottom line of every card: the site's name. */
  footer: string;
  /** The site card: the plan's name, and under it the issuer and what the site offers. */
  siteTitle: (planTitle: string) => string;
  siteSubtitle: (issuer: string, measures: number) => string;
  /** Above a measure's title: the document number and the measure's number. */
  measureKicker: (docNumber: string, n: number) => string;
  /** Under a measure's title: the plan's name. */
  measureSubtitle: (planTitle: string) => string;
  /** The site card's text alternative: the plan's name and number. */
  siteAlt: (planTitle: string, docNumber: string) => string;
  measureAlt: (docNumber: string, n: number, title: string) => string;
}

export const share: ShareText = {
  footer: '服务业提质增效行动计划 · Plan Explorer',
  siteTitle: (title) => `《${title}》`,
  siteSubtitle: (issuer, n) => `${issuer} · ${n}条措施：全文、检索、引用`,
  measureKicker: (number, n) => `${number} · 第${n}条`,
  measureSubtitle: (title) => `《${title}》`,
  siteAlt: (title, number) => `《${title}》（${number}）`,
  measureAlt: (number, n, title) => `${number} 第${n}条 ${title}`,
};
