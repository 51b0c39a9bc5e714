/**
 * The two editions: Chinese (authoritative, at the site root) and the unofficial English translation
 * (under /en/). Paths, the counterpart of a page in the other edition, and the English plan model.
 * Pure: no Astro imports.
 */
import type { AgencyKind } from '../../schemas/agency';
import type { Edition } from './edition';
import type { Plan, Role } from '../model/model';
import { navFor, type NavItem } from '../site/nav';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The value of <html lang> and hreflang. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** A root-relative path of the Chinese edition in the given edition: '/measures/20/' → '/en/measures/20/'. */
export function localePath(lang: Lang, path: string): string {
  const p = path.startsWith('/') ? path : `/${path}`;
  return lang === 'en' ? `/en${p}` : p;
}

/** The edition and the Chinese-edition path of a root-relative path: '/en/measures/20/' → en, '/measures/20/'. */
export function splitLocale(path: string): { lang: Lang; path: string } {
  const m = /^\/en(\/.*)?$/u.exec(path);
  return m ? { lang: 'en', path: m[1] ?? '/' } : { lang: 'zh', path };
}

/** Paths (of the Chinese edition) that also exist in English, under /en/. */
const EN_PAGES = [
  /^\/$/u,
  /^\/plan\/$/u,
  /^\/measures\/$/u,
  /^\/measures\/\d+\/$/u,
  /^\/measures\/(part|sector|task-force|agency)\/[\w-]+\/$/u,
  /^\/parts\/\d+\/$/u,
  /^\/sectors\/[\w-]+\/$/u,
  /^\/task-forces\/[\w-]+\/$/u,
  /^\/agencies\/$/u,
  /^\/agencies\/[\w-]+\/$/u,
  /^\/about\/$/u,
  /^\/outcomes\/$/u,
  /^\/targets\/$/u,
  /^\/documents\/$/u,
  /^\/documents\/[\w-]+\/$/u,
  /^\/search\/$/u,
  /^\/data\/$/u,
  /^\/explore\/((graph|matrix|sectors)\/)?$/u,
  /^\/relief\/$/u,
];
/** Pages only the English edition has (their Chinese counterpart is the home page). */
const EN_ONLY = [/^\/glossary\/$/u];

/** Whether a Chinese-edition path has an English page. */
export function hasEnglish(path: string): boolean {
  return EN_PAGES.some((re) => re.test(path));
}

/**
 * The sections of the Chinese edition's navigation that an edition lacks (none for Chinese): the English home page
 * names them, linked to the Chinese pages, and the list shrinks by itself as pages gain English (EN_PAGES).
 */
export function sectionsLacking(lang: Lang): NavItem[] {
  return lang === 'en' ? navFor('zh').filter((item) => !hasEnglish(item.path)) : [];
}

/**
 * The same page in the other edition, root-relative, and whether it is the same page (an hreflang pair)
 * or only the other edition's home (for pages one edition lacks).
 */
export function counterpart(rootPath: string): {
  lang: Lang;
  path: string;
  same: boolean;
} {
  const { lang, path } = splitLocale(rootPath.endsWith('/') || /\.\w+$/u.test(rootPath) ? rootPath : `${rootPath}/`);
  if (lang === 'en') {
    const same = !EN_ONLY.some((re) => re.test(path));
    return { lang: 'zh', path: same ? path : '/', same };
  }
  const same = hasEnglish(path);
  return { lang: 'en', path: localePath('en', same ? path : '/'), same };
}

/** The notice every English page and citation carries. */
export const UNOFFICIAL = 'Unofficial translation; the Chinese text is authoritative.';

export const ROLE_EN: Record<Role, string> = {
  lead: 'Lead',
  responsible: 'Responsible',
  cooperate: 'Cooperating',
};

export const AGENCY_KIND_EN: Record<AgencyKind, string> = {
  'provincial-department': 'Provincial government department or agency',
  'central-branch': 'Provincial branch of a central body',
  'central-enterprise': 'Central state-owned enterprise (subsidiary)',
  cooperative: 'Supply and marketing cooperative (cooperative economic organization)',
  'public-institution': 'Public institution',
  'zone-administration': 'Zone administration',
  'party-office': 'Party committee office',
  'leading-group': 'Coordinating body',
  'city-governments': 'City governments',
};

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/**
 * The plan with its names and text in English, for the English pages: same ids, numbers, structure and
 * anchors. A measure without a translation keeps its Chinese (listed in `edition.missing`).
 */
export function englishPlan(plan: Plan, edition: Edition): Plan {
  const agencyName = (id: string, zh: string) => edition.agencyName.get(id) ?? zh;
  const agencies = plan.agencies.map((a) => ({
    ...a,
    name: agencyName(a.id, a.name),
    fullName: edition.glossary.agencies.find((g) => g.id === a.id)?.fullName ?? '',
    aliases: [],
  }));
  const parts = plan.parts.map((p) => ({
    ...p,
    numeral: ROMAN[p.number - 1] ?? String(p.number),
    heading: edition.partHeading.get(p.id) ?? p.heading,
    text: (edition.document.partTexts[p.id] ?? []).map((sentences) => sentences.join(' ')),
  }));
  const sectors = plan.sectors.map((s) => ({
    ...s,
    numeral: String(s.number),
    heading: edition.sectorHeading.get(s.id) ?? s.heading,
  }));
  const taskForces = plan.taskForces.map((t) => ({
    ...t,
    name: edition.taskForceName.get(t.id) ?? t.name,
  }));
  const measures = plan.measures.map((m) => {
    const en = edition.measures.get(m.number);
    const named = m.agencies.map((a) => ({
      ...a,
      name: agencyName(a.id, a.name),
    }));
    if (!en) return { ...m, agencies: named, untranslated: true };
    const body = en.sentences.slice(1).join(' ');
    return {
      ...m,
      title: en.title,
      body,
      responsibility: en.responsibility,
      sentences: en.sentences,
      text: `${en.title}. ${body} ${en.responsibility}`,
      agencies: named,
    };
  });
  const g = edition.glossary.document;
  return {
    ...plan,
    document: {
      ...plan.document,
      title: g.title,
      number: g.number,
      noticeTitle: g.noticeTitle,
      issuer: g.issuer,
      header: g.header,
      publication: g.publication,
      recipients: edition.document.recipients,
      notice: edition.document.notice.join(' '),
      preamble: edition.document.preamble.join(' '),
      copyTo: edition.document.copyTo,
      printedBy: g.issuer,
    },
    parts,
    sectors,
    taskForces,
    agencies,
    measures,
    partById: new Map(parts.map((p) => [p.id, p])),
    sectorById: new Map(sectors.map((s) => [s.id, s])),
    taskForceById: new Map(taskForces.map((t) => [t.id, t])),
    agencyById: new Map(agencies.map((a) => [a.id, a])),
    measureByNumber: new Map(measures.map((m) => [m.number, m])),
  };
}
