/**
 * Citations of the plan, of one measure or of one sentence of a measure, and of one sentence of the
 * document's own text (the notice, the preamble, a part's text, the 抄送 block: a passage). Pure: everything the text
 * depends on — the permanent URL and the access date — is passed in, so the browser script and the
 * server render produce the same text and tests can pin the date.
 */
import { isoDate } from '../site/dates';

/** What a citation needs to know. Plain data, so it can travel to the browser in a data attribute. */
export interface CiteSource {
  /** Title of the plan, without book-title marks. */
  title: string;
  /** Document number: 晋政办发〔2022〕35号. */
  docNumber: string;
  /** Issuing office (the author of the official document in GB/T 7714). */
  issuer: string;
  /** Date the document was signed, YYYY-MM-DD. */
  signed: string;
  /** The official publication online, when one is known: its address, website and 发布日期 (YYYY-MM-DD). */
  official?: { url: string; site: string; published: string };
  /** This site's name: the author of its pages, which are an unofficial edition. */
  siteName: string;
  /** Absolute permanent URL of this site's page cited (without a fragment). */
  url: string;
  /** Measure number when citing a measure. */
  measure?: number;
  /** Measure title when citing a measure. */
  measureTitle?: string;
  /** A passage of the document's own text when citing it (or one of its sentences) rather than a measure. */
  passage?: CitedPassage;
  /** Sentence number (1-based) when citing one sentence: the #sN anchor of a measure, #<passage>-sN of a passage. */
  sentence?: number;
  /** The measure's or the passage's sentences as published (s1…sN), for "quote + citation". */
  sentences?: string[];
}

/** A passage of the document's text outside the measures, as a citation names it. */
export interface CitedPassage {
  /** The anchor prefix of its sentences: notice, recipients, preamble, part-1, copy-to (#part-1-s3). */
  key: string;
  /** Its name in a locator: 通知, 一、总体要求, 抄送 (English: Part I (General requirements)). */
  name: string;
}

/** A part as a passage's name needs it. */
export interface CitedPart {
  number: number;
  numeral: string;
  heading: string;
}

/** The words a passage's name is made of, in an edition's language (the dictionaries' cite.passages). */
export interface PassageWords {
  recipients: string;
  notice: string;
  preamble: string;
  copyTo: string;
  /** A part: 一、总体要求 / Part I (General requirements). */
  part: (numeral: string, heading: string) => string;
}

/** The name of every passage of the document's own text, by key, in the words of the edition. */
export function passageNames(parts: CitedPart[], words: PassageWords): Record<string, string> {
  const names: Record<string, string> = {
    recipients: words.recipients,
    notice: words.notice,
    preamble: words.preamble,
  };
  for (const p of parts) names[`part-${p.number}`] = words.part(p.numeral, p.heading);
  names['copy-to'] = words.copyTo;
  return names;
}

/**
 * official: the official document ([EB/OL], the official address and its 发布日期); plain, gbt7714,
 * markdown, bibtex: this site's page, named as an unofficial edition; quote: the words, then where they come from.
 */
export const CITE_FORMATS = ['official', 'plain', 'gbt7714', 'markdown', 'bibtex', 'quote'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

export const CITE_FORMAT_LABELS: Record<CiteFormat, string> = {
  official: '官方文件 GB/T 7714-2015',
  plain: '中文引文',
  gbt7714: 'GB/T 7714-2015',
  markdown: 'Markdown',
  bibtex: 'BibTeX',
  quote: '原文加出处',
};

/** How the site describes itself in a citation of its pages. */
export const UNOFFICIAL = '非官方整理版';

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

/** The cited URL, with the sentence anchor when a sentence is cited: #s3 of a measure, #part-1-s3 of a passage. */
export function citeUrl(src: CiteSource): string {
  const base = src.url.split('#')[0]!;
  if (!src.sentence) return base;
  return `${base}#${src.passage ? `${src.passage.key}-` : ''}s${src.sentence}`;
}

/** 第14条 / 第14条第3句 / 一、总体要求第3句 / '' for the whole document. */
function locator(src: CiteSource): string {
  if (src.passage) return `${src.passage.name}${src.sentence ? `第${src.sentence}句` : ''}`;
  if (!src.measure) return '';
  return `第${src.measure}条${src.sentence ? `第${src.sentence}句` : ''}`;
}

/** 官方发布：http://…（2022年4月22日发布） — or nothing when no official publication is known. */
function officialNote(src: CiteSource): string {
  return src.official ? `官方发布：${src.official.url}（${cnIsoDate(src.official.published)}发布）` : '';
}

/** Plain Chinese reference of this site's page: 《…》第14条第3句，晋政办发〔2022〕35号。Plan Explorer非官方整理版：URL（…访问）；官方发布：…。 */
function plain(src: CiteSource, accessed: string): string {
  const official = officialNote(src);
  return `《${src.title}》${locator(src)}，${src.docNumber}。${src.siteName}${UNOFFICIAL}：${citeUrl(src)}（${cnIsoDate(accessed)}访问）${official ? `；${official}` : ''}。`;
}

/** 题名: 第14条第3句 完善寄递末端网络 — the part of the title shared by both GB/T 7714 forms. */
function gbtTitle(src: CiteSource): string {
  const part = locator(src) ? `: ${locator(src)} ${src.measureTitle ?? ''}`.trimEnd() : '';
  return `${src.title}（${src.docNumber}）${part}`;
}

/**
 * GB/T 7714-2015, electronic resource [EB/OL], of the official document:
 * 主要责任者. 题名: 其他题名信息[EB/OL]. (发布日期)[引用日期]. 获取和访问路径.
 * The official page has no sentence anchors: the locator names the article and sentence, the URL is the page's.
 */
function official(src: CiteSource, accessed: string): string {
  if (!src.official) return '';
  return `${src.issuer}. ${gbtTitle(src)}[EB/OL]. (${src.official.published})[${accessed}]. ${src.official.url}.`;
}

/** GB/T 7714-2015 [EB/OL] of this site's page: the site is the author, the title says it is an unofficial edition. */
function gbt7714(src: CiteSource, accessed: string): string {
  return `${src.siteName}. ${gbtTitle(src)}（${UNOFFICIAL}）[EB/OL]. [${accessed}]. ${citeUrl(src)}.`;
}

function markdown(src: CiteSource, accessed: string): string {
  const what = `《${src.title}》${locator(src)}${src.measureTitle ? `：${src.measureTitle}` : ''}`;
  const official = src.official ? `；[官方发布](${src.official.url})` : '';
  return `[${what.replace(/[[\]]/gu, '\\$&')}](${citeUrl(src)})（${src.docNumber}，${src.siteName}${UNOFFICIAL}，访问日期：${accessed}${official}）`;
}

/** BibTeX values are wrapped in braces; braces and backslashes inside are escaped. */
const bib = (s: string) => s.replace(/[\\{}]/gu, (c) => `\\${c}`);

/** A citation key of ASCII only: shanxi-2022-35-m14-s3, shanxi-2022-35-part-1-s3. */
export function bibKey(src: CiteSource): string {
  const nums = /(\d{4})\D+(\d+)号/u.exec(src.docNumber);
  const doc = nums ? `${nums[1]}-${nums[2]}` : 'plan';
  const where = src.passage ? `-${src.passage.key}` : src.measure ? `-m${src.measure}` : '';
  return `shanxi-${doc}${where}${src.sentence ? `-s${src.sentence}` : ''}`;
}

function bibtex(src: CiteSource, accessed: string): string {
  const title = locator(src)
    ? `${src.title}：${locator(src)}${src.measureTitle ? ` ${src.measureTitle}` : ''}`
    : src.title;
  const note = `${UNOFFICIAL}。原文：${src.issuer}，${src.docNumber}，${src.signed}${src.official ? `；官方发布：${src.official.url}` : ''}。访问日期：${accessed}`;
  const fields: [string, string][] = [
    ['author', `{${bib(src.siteName)}}`],
    ['title', bib(title)],
    ['number', bib(src.docNumber)],
    ['year', src.signed.slice(0, 4)],
    ['date', src.signed],
    ['url', citeUrl(src)],
    ['urldate', accessed],
    ['note', bib(note)],
  ];
  return `@misc{${bibKey(src)},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}`;
}

/** The words cited: the sentence in the URL, or the whole measure (title sentence and body) or passage. */
export function quotedText(src: CiteSource): string {
  const all = src.sentences ?? [];
  if (src.sentence && all[src.sentence - 1]) return all[src.sentence - 1]!;
  return all.join('');
}

/** “…” —《…》第14条第3句（晋政办发〔2022〕35号）。官方发布：…；Plan Explorer非官方整理版：URL（…访问）。 */
function quote(src: CiteSource, accessed: string): string {
  const text = quotedText(src);
  const official = officialNote(src);
  return `“${text}”——《${src.title}》${locator(src)}（${src.docNumber}）。${official ? `${official}；` : ''}${src.siteName}${UNOFFICIAL}：${citeUrl(src)}（${cnIsoDate(accessed)}访问）。`;
}

const FORMATTERS: Record<CiteFormat, (src: CiteSource, accessed: string) => string> = {
  official,
  plain,
  gbt7714,
  markdown,
  bibtex,
  quote,
};

/** The formats a source supports: the official citation needs a known official publication, the quote needs text. */
export function citeFormats(src: CiteSource): CiteFormat[] {
  return CITE_FORMATS.filter(
    (f) => (f !== 'official' || src.official) && (f !== 'quote' || (src.sentences?.length ?? 0) > 0),
  );
}

/** The citation text in one format (empty when the source does not support it). `accessed` is the access date, YYYY-MM-DD. */
export function formatCitation(format: CiteFormat, src: CiteSource, accessed: string): string {
  parseIso(accessed);
  return FORMATTERS[format](src, accessed);
}

/** The name this site signs its pages with in citations. */
export const SITE_NAME = 'Plan Explorer';

/** The document fields a citation uses (a Plan's document has them all). */
export interface CitedDocument {
  title: string;
  number: string;
  issuer: string;
  signed: Date;
  officialSources: { url: string; site: string; published: Date }[];
}

/** The citation source of the whole document, of one measure or of one passage, for this site's page at `url`. */
export function citeSourceOf(
  doc: CitedDocument,
  url: string,
  measure?: { number: number; title: string; sentences: string[] },
  passage?: { passage: CitedPassage; sentences: string[] },
): CiteSource {
  const first = doc.officialSources[0];
  return {
    title: doc.title,
    docNumber: doc.number,
    issuer: doc.issuer,
    signed: isoDate(doc.signed),
    ...(first ? { official: { url: first.url, site: first.site, published: isoDate(first.published) } } : {}),
    siteName: SITE_NAME,
    url,
    ...(measure ? { measure: measure.number, measureTitle: measure.title, sentences: measure.sentences } : {}),
    ...(passage ?? {}),
  };
}
