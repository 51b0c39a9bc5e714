/**
 * Citations of the plan, of one measure or of one sentence of a measure. Pure: everything the text
 * depends on — the permanent URL and the access date — is passed in, so the browser script and the
 * server render produce the same text and tests can pin the date.
 */

/** What a citation needs to know. Plain data, so it can travel to the browser in a data attribute. */
export interface CiteSource {
  /** Title of the plan, without book-title marks. */
  title: string;
  /** Document number: 晋政办发〔2022〕35号. */
  docNumber: string;
  /** Issuing office (the author in GB/T 7714). */
  issuer: string;
  /** Date the document was signed, YYYY-MM-DD. */
  signed: string;
  /** Absolute permanent URL of the page cited (without a fragment). */
  url: string;
  /** Measure number when citing a measure. */
  measure?: number;
  /** Measure title when citing a measure. */
  measureTitle?: string;
  /** Sentence number (1-based, the #sN anchor) when citing one sentence of a measure. */
  sentence?: number;
}

export const CITE_FORMATS = ['plain', 'gbt7714', 'markdown', 'bibtex'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

export const CITE_FORMAT_LABELS: Record<CiteFormat, string> = {
  plain: '中文引文',
  gbt7714: 'GB/T 7714-2015',
  markdown: 'Markdown',
  bibtex: 'BibTeX',
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

function parseIso(date: string): [number, number, number] {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`citation: "${date}" is not a YYYY-MM-DD date`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** 2026-11-27 → 2026年11月27日 */
export function cnIsoDate(date: string): string {
  const [y, m, d] = parseIso(date);
  return `${y}年${m}月${d}日`;
}

/** The local calendar date of a Date as YYYY-MM-DD (what a reader means by "today"). */
export function localIsoDate(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/** The cited URL, with the sentence anchor when a sentence is cited. */
export function citeUrl(src: CiteSource): string {
  const base = src.url.split('#')[0]!;
  return src.sentence ? `${base}#s${src.sentence}` : base;
}

/** 第14条 / 第14条第3句 / '' for the whole document. */
function locator(src: CiteSource): string {
  if (!src.measure) return '';
  return `第${src.measure}条${src.sentence ? `第${src.sentence}句` : ''}`;
}

/** Plain Chinese reference: 《…》第14条第3句，晋政办发〔2022〕35号，URL（2026年11月27日访问）。 */
function plain(src: CiteSource, accessed: string): string {
  return `《${src.title}》${locator(src)}，${src.docNumber}，${citeUrl(src)}（${cnIsoDate(accessed)}访问）。`;
}

/**
 * GB/T 7714-2015, electronic resource [EB/OL]:
 * 主要责任者. 题名: 其他题名信息[EB/OL]. (发布日期)[引用日期]. 获取和访问路径.
 */
function gbt7714(src: CiteSource, accessed: string): string {
  const part = src.measure ? `: ${locator(src)} ${src.measureTitle ?? ''}`.trimEnd() : '';
  return `${src.issuer}. ${src.title}（${src.docNumber}）${part}[EB/OL]. (${src.signed})[${accessed}]. ${citeUrl(src)}.`;
}

function markdown(src: CiteSource, accessed: string): string {
  const what = src.measure ? `《${src.title}》${locator(src)}${src.measureTitle ? `：${src.measureTitle}` : ''}` : `《${src.title}》`;
  return `[${what.replace(/[[\]]/gu, '\\$&')}](${citeUrl(src)})（${src.docNumber}，访问日期：${accessed}）`;
}

/** BibTeX values are wrapped in braces; braces and backslashes inside are escaped. */
const bib = (s: string) => s.replace(/[\\{}]/gu, (c) => `\\${c}`);

/** A citation key of ASCII only: shanxi-2022-35-m14-s3. */
export function bibKey(src: CiteSource): string {
  const nums = /(\d{4})\D+(\d+)号/u.exec(src.docNumber);
  const doc = nums ? `${nums[1]}-${nums[2]}` : 'plan';
  return `shanxi-${doc}${src.measure ? `-m${src.measure}` : ''}${src.sentence ? `-s${src.sentence}` : ''}`;
}

function bibtex(src: CiteSource, accessed: string): string {
  const title = src.measure ? `${src.title}：${locator(src)}${src.measureTitle ? ` ${src.measureTitle}` : ''}` : src.title;
  const fields: [string, string][] = [
    ['author', `{${bib(src.issuer)}}`],
    ['title', bib(title)],
    ['number', bib(src.docNumber)],
    ['year', src.signed.slice(0, 4)],
    ['date', src.signed],
    ['url', citeUrl(src)],
    ['urldate', accessed],
    ['note', `访问日期：${accessed}`],
  ];
  return `@misc{${bibKey(src)},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}`;
}

const FORMATTERS: Record<CiteFormat, (src: CiteSource, accessed: string) => string> = { plain, gbt7714, markdown, bibtex };

/** The citation text in one format. `accessed` is the access date, YYYY-MM-DD. */
export function formatCitation(format: CiteFormat, src: CiteSource, accessed: string): string {
  parseIso(accessed);
  return FORMATTERS[format](src, accessed);
}
