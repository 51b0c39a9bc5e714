/**
 * English citations of the unofficial translation (APA 7, Chicago, plain). Each names the official Chinese
 * document (issuer, original title, number, date), its official publication where one is known, and says the
 * translation is this site's and unofficial. Pure, like ./citation.ts, whose URL and date rules it shares.
 */
import {
  CITE_FORMATS,
  citeFormats,
  citeSourceOf,
  citeUrl,
  formatCitation,
  type CiteFormat,
  type CiteSource,
  type CitedDocument,
} from './citation';
import { enDate } from '../site/dates';

/** An English citation's source: the English names (title, number, issuer), plus the official Chinese title. */
export interface EnCiteSource extends CiteSource {
  /** The official Chinese title, 山西省推进服务业提质增效2022年行动计划. */
  originalTitle: string;
}

/**
 * The citation source of an edition's page (citeSourceOf): the document in the edition's language, and the official
 * Chinese title beside it when that title is a translation (an EnCiteSource, which the English formats need).
 */
export function editionCiteSource(
  doc: CitedDocument,
  original: CitedDocument,
  url: string,
  measure?: Parameters<typeof citeSourceOf>[2],
  passage?: Parameters<typeof citeSourceOf>[3],
): CiteSource | EnCiteSource {
  const source = citeSourceOf(doc, url, measure, passage);
  return doc.title === original.title ? source : { ...source, originalTitle: original.title };
}

export const EN_CITE_FORMATS = ['plainEn', 'apa', 'chicago'] as const;
export type EnCiteFormat = (typeof EN_CITE_FORMATS)[number];
export type AnyCiteFormat = CiteFormat | EnCiteFormat;
export const EN_CITE_FORMAT_LABELS: Record<EnCiteFormat, string> = {
  plainEn: 'Plain',
  apa: 'APA 7',
  chicago: 'Chicago',
};

const date = (iso: string) => enDate(new Date(`${iso}T00:00:00Z`));

/** Measure 20 / Measure 20, sentence 2 / Part I (General requirements), sentence 3 / '' for the whole document. */
export function enLocator(src: CiteSource): string {
  if (src.passage) return `${src.passage.name}${src.sentence ? `, sentence ${src.sentence}` : ''}`;
  if (!src.measure) return '';
  return `Measure ${src.measure}${src.sentence ? `, sentence ${src.sentence}` : ''}`;
}

const unofficial = (src: CiteSource) =>
  `Unofficial English translation by ${src.siteName}; the Chinese text is authoritative`;
/** Official Chinese text: URL (the page's own 发布日期) — or nothing when no official publication is known. */
const officialNote = (src: CiteSource) =>
  src.official
    ? `Official Chinese text: ${src.official.url} (the page gives its publication date as ${date(src.official.published)})`
    : '';
const sentences = (...parts: string[]) => parts.filter(Boolean).join('. ');

function plainEn(src: EnCiteSource, accessed: string): string {
  const where = enLocator(src);
  const what = `${src.issuer}, “${src.title}” (${src.originalTitle}, ${src.docNumber})${where ? `, ${where}` : ''}${src.measureTitle ? `: “${src.measureTitle}”` : ''}`;
  return `${sentences(what, `Signed ${date(src.signed)}`, officialNote(src), `${unofficial(src)}: ${citeUrl(src)} (accessed ${date(accessed)})`)}.`;
}

/** APA 7: author. (year, month day). Original title [English title] (number; locator). Notes. Retrieved date, from URL */
function apa(src: EnCiteSource, accessed: string): string {
  const [y] = src.signed.split('-');
  const d = date(src.signed).replace(/, \d{4}$/u, '');
  const where = enLocator(src);
  return `${sentences(`${src.issuer}. (${y}, ${d})`, `${src.originalTitle} [${src.title}] (${src.docNumber}${where ? `; ${where}` : ''})`, officialNote(src), unofficial(src))}. Retrieved ${date(accessed)}, from ${citeUrl(src)}`;
}

/** Chicago (bibliography): author. Original title [English title]. Number. Date. Locator. Notes. Accessed date. URL. */
function chicago(src: EnCiteSource, accessed: string): string {
  const where = enLocator(src);
  const locator = where ? `${where}${src.measureTitle ? `, “${src.measureTitle}”` : ''}` : '';
  return `${sentences(src.issuer, `${src.originalTitle} [${src.title}]`, src.docNumber, date(src.signed), locator, officialNote(src), unofficial(src), `Accessed ${date(accessed)}`, citeUrl(src))}.`;
}

const FORMATTERS: Record<EnCiteFormat, (src: EnCiteSource, accessed: string) => string> = { plainEn, apa, chicago };

/**
 * The formats of either edition a source supports: the Chinese ones as citeFormats says, the English ones always
 * (they quote no words of the text). A cite menu shows those of its edition's groups.
 */
export function anyCiteFormats(src: CiteSource): AnyCiteFormat[] {
  return [...citeFormats(src), ...EN_CITE_FORMATS];
}

/** Any citation format of either edition (the English cite menu renders its formats with this). */
export function formatAnyCitation(format: AnyCiteFormat, src: CiteSource | EnCiteSource, accessed: string): string {
  if ((CITE_FORMATS as readonly string[]).includes(format)) return formatCitation(format as CiteFormat, src, accessed);
  formatCitation('plain', src, accessed); // validates the date
  return FORMATTERS[format as EnCiteFormat](src as EnCiteSource, accessed);
}
