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
};
