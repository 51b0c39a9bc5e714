/** The layout's words (header, menu, skip link, language switch) in Chinese. */
export interface LayoutText {
  siteName: string;
  skip: string;
  /** The navigation's accessible name. */
  nav: string;
  /** The brand's words: `long` is dropped on narrow headers. */
  brandLong: string;
  brandShort: string;
  menu: string;
  /** The menu button's hidden suffix: the section the reader is in, or the navigation's name. */
  menuCurrent: (label: string) => string;
  menuNone: (nav: string) => string;
  /** The switch to the other edition (its label and title are in the other language). */
  switchLabel: string;
  switchTitle: string;
  switchOther: string;
  /** The mark beside the brand (a glyph, hidden from screen readers). */
  mark: string;
  /** On English pages, after the unofficial-translation notice: the link to the translation's about page. */
  aboutTranslation: string;
  /** The footer: what the original is (its Chinese title and number stand between `before` and `after`). */
  footer: {
    before: (issuer: string) => string;
    after: string;
    /** Labels of the footer's links (src/lib/site/nav.ts footerFor says which each edition shows). */
    links: { about: string; glossary: string; plan: string; measures: string };
    /** The link to the other edition's home. */
    other: string;
  };
}

export const layout: LayoutText = {
  siteName: '服务业提质增效行动计划 · Plan Explorer',
  skip: '跳到正文',
  nav: '主导航',
  brandLong: '服务业提质增效',
  brandShort: '2022年行动计划',
  menu: '菜单',
  menuCurrent: (label) => `：当前在“${label}”`,
  menuNone: (nav) => `：${nav}`,
  switchLabel: 'English',
  switchTitle: 'Read this page in English (unofficial translation)',
  switchOther: '英文版首页（本页暂无英文）',
  mark: '晋',
  aboutTranslation: '关于译文',
  footer: {
    before: (issuer) => `原文：${issuer}`,
    after: '。本站为公共信息整理，不是官方网站；标签、分类等派生内容均注明为编辑整理。',
    links: { about: '关于原文与勘误', glossary: '术语表', plan: '全文', measures: '全部措施' },
    other: 'English',
  },
};
