/** The layout's words (header, menu, skip link, language switch) in English; same keys as ../zh/layout.ts. */
import type { LayoutText } from '../zh/layout';
import { UNOFFICIAL } from '../../i18n';

export const layout: LayoutText = {
  siteName: 'Shanxi Service Industry Action Plan 2022 · Plan Explorer',
  skip: 'Skip to content',
  nav: 'Main',
  brandLong: 'Service Industry ',
  brandShort: 'Action Plan 2022',
  menu: 'Menu',
  menuCurrent: (label) => `: you are in “${label}”`,
  menuNone: (nav) => `: ${nav}`,
  switchLabel: '中文',
  switchTitle: '阅读本页中文原文（权威文本）',
  switchOther: '中文版首页',
  mark: '晋',
  aboutTranslation: 'About this translation',
  footer: {
    before: (issuer) => `${UNOFFICIAL} Original: ${issuer}, `,
    after:
      ". This is a public-information site, not an official website; the translation, tags and classifications are this site's own.",
    links: { about: 'About this translation', glossary: 'Glossary', plan: 'Full text', measures: 'All measures' },
    other: '中文原文',
  },
};
