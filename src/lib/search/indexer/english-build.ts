/**
 * Build-time only: the English search index (/search-index-en.json) from the sentence-aligned
 * translations, the glossary (each term given to the measures whose Chinese uses it), sector and task
 * force names and the agencies' English names. Fetched by the browser only for an English query.
 */
import type { Edition } from '../../i18n/edition';
import type { Plan } from '../../model/model';
import type { EnglishIndex } from '../engine/english';
import { englishPassages } from './document';

/** Text as the reader sees it: the markup of marked Chinese terms dropped, the terms kept. */
export function plainEnglish(s: string): string {
  return s.replace(/<span lang="zh-CN">(.*?)<\/span>/gu, '$1').replace(/<[^>]+>/gu, '');
}

export function buildEnglishIndex(plan: Plan, edition: Edition): EnglishIndex {
  const extras: string[] = [];
  const extraId = (text: string) => {
    const at = extras.indexOf(text);
    return at >= 0 ? at : extras.push(text) - 1;
  };
  const agencyIdx = new Map(plan.agencies.map((a, i) => [a.id, i]));
  const measures: EnglishIndex['measures'] = [];
  for (const m of plan.measures) {
    const en = edition.measures.get(m.number);
    if (!en) continue;
    const zh = m.sentences.join('');
    const x = new Set<number>();
    const sector = m.sectorId ? edition.sectorHeading.get(m.sectorId) : undefined;
    if (sector) x.add(extraId(sector));
    const tf = m.taskForceId ? edition.taskForceName.get(m.taskForceId) : undefined;
    if (tf) x.add(extraId(tf));
    for (const t of edition.glossary.terms) if (t.zh.length >= 2 && zh.includes(t.zh)) x.add(extraId(t.en));
    measures.push({
      n: m.number,
      s: en.sentences.map(plainEnglish),
      a: m.agencies.map((r) => agencyIdx.get(r.id)!),
      x: [...x],
    });
  }
  const agencies = plan.agencies.map((a) => edition.agencyName.get(a.id) ?? a.id);
  const docs = englishPassages(plan, edition).map(({ d, t, s }) => ({ d, t, s: s.map(plainEnglish) }));
  return { v: 1, measures, agencies, extras, docs };
}
