/** Words of the cite menu, the sentence links of the document's text and the official-source line (Chinese). */
import { UNOFFICIAL, type PassageWords } from '../../../citation/citation';
import type { AnyCiteFormat } from '../../../citation/citation-en';
import { cnDate } from '../../../site/dates';

/** What a cite menu cites when no sentence is in the URL. */
export type CiteKind = 'measure' | 'part' | 'document';

/** A group of citation formats in the menu. */
export interface CiteGroup {
  id: string;
  heading: string;
  help: string;
  formats: AnyCiteFormat[];
}

/** An official publication of the plan, as the official-source line names it. */
export interface OfficialPage {
  role: 'issuer' | 'republication';
  site: string;
  published: Date;
}

export interface CiteText {
  /** The menu's summary. */
  summary: Record<CiteKind, string>;
  /** The button that drops the sentence from the citation. */
  wholeButton: Record<CiteKind, string>;
  /** Before what is cited. */
  citing: string;
  /** Without JavaScript: the access date shown is the build date. */
  noscript: string;
  copy: string;
  copyLabel: (format: string) => string;
  /** The groups of formats in order; `site` is the website of the official publication. */
  groups: (site: string) => CiteGroup[];
  /**
   * The cite menu script's templates: {m} measure, {p} passage, {s} sentence, {w} a sentence as "where", {label}
   * format, {url} link. `scope`: a measure cited whole.
   */
  scope: string;
  scopeSentence: { measure: string; passage: string };
  where: { measure: string; passage: string };
  copied: string;
  refused: string;
  linkCopied: string;
  link: string;
  /** The names of the passages of the document's own text (passageNames). */
  passages: PassageWords;
  /** What the full text's menu cites when no sentence is in the URL. */
  wholeDocument: string;
  /** The "link to this sentence" of a sentence of the document's own text. */
  sentenceLink: (passage: string, n: string) => string;
  /** The official-source line: between the label and the links, between two links, after the last. */
  officialColon: string;
  officialSeparator: string;
  officialEnd: boolean;
  /** After the link to an official page: [before the site's name, the site's name (marked Chinese), after it]. */
  officialNote: (page: OfficialPage, issuer: string) => [string, string, string];
}

export const cite: CiteText = {
  summary: { measure: '引用本条', part: '引用本部分或其中一句', document: '引用本文件或其中一句' },
  wholeButton: { measure: '改为引用整条', part: '改为引用本部分', document: '改为引用全文' },
  citing: '引用：',
  noscript: '访问日期为本页生成日期，请改为您实际访问的日期。',
  copy: '复制',
  copyLabel: (format) => `复制${format}引文`,
  groups: (site) => [
    { id: 'official', heading: '引用官方文件', help: `发文机关的原文（${site}发布）`, formats: ['official'] },
    {
      id: 'page',
      heading: '引用本页',
      help: `本站是${UNOFFICIAL}，不是发文机关`,
      formats: ['plain', 'gbt7714', 'markdown', 'bibtex'],
    },
    { id: 'quote', heading: '原文加出处', help: '先引原文，再注出处（适合报道引用）', formats: ['quote'] },
  ],
  scope: '第{m}条',
  scopeSentence: { measure: '第{m}条第{s}句', passage: '{p}第{s}句' },
  where: { measure: '第{s}句', passage: '{p}第{s}句' },
  copied: '已复制{label}格式引文',
  refused: '浏览器不允许自动复制：引文已选中，请按 Ctrl+C（⌘C）复制',
  linkCopied: '已复制{w}的链接',
  link: '{w}的链接：{url}',
  passages: {
    recipients: '通知主送机关',
    notice: '通知',
    preamble: '行动计划开头',
    copyTo: '抄送',
    part: (numeral, heading) => `${numeral}、${heading}`,
  },
  wholeDocument: '全文',
  sentenceLink: (passage, n) => `链接到${passage}第${n}句`,
  officialColon: '：',
  officialSeparator: '；',
  officialEnd: false,
  officialNote: (page, issuer) =>
    page.role === 'issuer'
      ? [`（发文机关${issuer}的网站，${cnDate(page.published)}发布）`, '', '']
      : [`（${page.site}转载，该页标明${cnDate(page.published)}发布；不是发文机关${issuer}的页面）`, '', ''],
};
