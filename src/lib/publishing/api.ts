/** Shapes of the static data endpoints. Kept backward compatible once published. */
import type { Plan } from '../model/model';
import type { DataMeta, MeasuresJson } from './measures-schema';
import { paths } from '../site/paths';
import { isoDate } from '../site/dates';

/** The English edition's measure titles (by number) and agency names (by id); a missing entry is an empty value. */
export interface EnglishNames {
  measureTitles: ReadonlyMap<number, string>;
  agencyNames: ReadonlyMap<string, string>;
}

/**
 * @param url the absolute URL of a root-relative path.
 * @param english the English edition's measure titles and agency names (an empty string where there is none).
 */
export function measuresJson(
  plan: Plan,
  url: (path: string) => string,
  meta: DataMeta,
  english: EnglishNames,
): MeasuresJson {
  const d = plan.document;
  return {
    meta,
    document: {
      title: d.title,
      number: d.number,
      issuer: d.issuer,
      signed: isoDate(d.signed),
      printed: isoDate(d.printed),
      noticeTitle: d.noticeTitle,
    },
    measures: plan.measures.map((m) => ({
      number: m.number,
      title: m.title,
      titleEn: english.measureTitles.get(m.number) ?? '',
      text: m.text,
      part: plan.partById.get(m.partId)!.number,
      sector: m.sectorId ?? null,
      taskForce: m.taskForceId ?? null,
      agencies: m.agencies.map(({ id, name, role }) => ({
        id,
        name,
        nameEn: english.agencyNames.get(id) ?? '',
        role,
      })),
      url: url(paths.measure(m.number)),
    })),
  };
}
