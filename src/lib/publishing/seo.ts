/** Discovery: schema.org JSON-LD for the document and its measures, and the sitemap. Pure. */
import type { Plan } from '../model/model';
import { isoDate } from '../site/dates';

type Json = Record<string, unknown>;

/** Absolute URL for a root-relative path, honouring the base: abs('/measures/1/'). */
export type AbsoluteUrl = (path: string) => string;

function author(plan: Plan): Json {
  return { '@type': 'GovernmentOrganization', name: plan.document.issuer };
}

/** The measure as a part of the document. */
export function measureJsonLd(plan: Plan, number: number, abs: AbsoluteUrl, withContext = true): Json {
  const m = plan.measureByNumber.get(number);
  if (!m) throw new RangeError(`measureJsonLd: no measure ${number}`);
  const d = plan.document;
  return {
    ...(withContext ? { '@context': 'https://schema.org' } : {}),
    '@type': 'Legislation',
    '@id': abs(`/measures/${number}/`),
    name: `第${number}条 ${m.title}`,
    legislationIdentifier: `${d.number} 第${number}条`,
    identifier: String(number),
    position: number,
    legislationDate: isoDate(d.signed),
    datePublished: isoDate(d.printed),
    inLanguage: 'zh-CN',
    url: abs(`/measures/${number}/`),
    // the text on the measure's own page only, so /plan/ does not carry it twice
    ...(withContext ? { text: m.text } : {}),
    ...(withContext
      ? { isPartOf: { '@type': 'Legislation', '@id': abs('/plan/'), name: d.title, legislationIdentifier: d.number } }
      : {}),
  };
}

/** The whole document, with every measure as a part. */
export function documentJsonLd(plan: Plan, abs: AbsoluteUrl): Json {
  const d = plan.document;
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': abs('/plan/'),
    name: d.title,
    alternateName: d.noticeTitle,
    legislationIdentifier: d.number,
    legislationType: '行政规范性文件',
    legislationDate: isoDate(d.signed),
    datePublished: isoDate(d.printed),
    legislationJurisdiction: '山西省',
    legislationPassedBy: author(plan),
    author: author(plan),
    inLanguage: 'zh-CN',
    url: abs('/plan/'),
    hasPart: plan.measures.map((m) => measureJsonLd(plan, m.number, abs, false)),
  };
}

/**
 * An English page of the unofficial translation: a translation of the Chinese measure (or of the whole
 * document when `number` is omitted), which stays the authoritative work.
 */
export function translationJsonLd(plan: Plan, number: number | undefined, abs: AbsoluteUrl): Json {
  const original = number ? `/measures/${number}/` : '/plan/';
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': abs(`/en${original}`),
    url: abs(`/en${original}`),
    inLanguage: 'en',
    name: number ? `Measure ${number} (unofficial English translation)` : 'Unofficial English translation',
    description: 'Unofficial translation; the Chinese text is authoritative.',
    translationOfWork: {
      '@id': abs(original),
      name: plan.document.title,
      inLanguage: 'zh-CN',
      ...(number ? {} : { legislationIdentifier: plan.document.number }),
    },
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the element. */
export function jsonLdScript(data: Json): string {
  return JSON.stringify(data).replace(/</gu, '\\u003c');
}

const xmlEscape = (s: string) => s.replace(/[<>&'"]/gu, (c) => `&#${c.charCodeAt(0)};`);

/** A sitemap (sitemaps.org 0.9) of absolute URLs, sorted and without duplicates. */
export function sitemapXml(urls: string[]): string {
  const unique = [...new Set(urls)].sort();
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    unique.map((u) => `  <url><loc>${xmlEscape(u)}</loc></url>\n`).join('') +
    '</urlset>\n'
  );
}

/** robots.txt allowing everything and naming the sitemap. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/** The origin used when SITE_URL is not set: a placeholder that must never reach a published site. */
export const PLACEHOLDER_SITE = 'https://plan-explorer.example.org';

/**
 * The public origin from the environment, and the warning a production build must print when it is
 * missing: canonical links, citations, the sitemap and the download files would carry the placeholder.
 */
export function siteFromEnv(env: Record<string, string | undefined>): { site: string; warning?: string } {
  const site = env.SITE_URL?.trim();
  if (site) return { site };
  const line = '!'.repeat(78);
  return {
    site: PLACEHOLDER_SITE,
    warning: [
      line,
      `!! WARNING: SITE_URL is not set. This build uses the placeholder ${PLACEHOLDER_SITE}`,
      '!! in canonical links, citations ("cite this page"), sitemap.xml and the absolute URLs of the',
      '!! download files. Do not publish it. Set the public origin, e.g.:',
      '!!   SITE_URL=https://plans.example.gov npm run build',
      line,
    ].join('\n'),
  };
}
