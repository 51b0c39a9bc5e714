/** Shapes of the static data endpoints. Kept backward compatible once published. */
import type { Plan } from '../model/model';
import type { DataMeta, MeasuresJson } from './measures-schema';
import { paths } from '../site/paths';
import { isoDate } from '../site/dates';

/** @param url the absolute URL of a root-relative path. */
export function measuresJson(plan: Plan, url: (path: string) => string, meta: DataMeta): MeasuresJson {
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
      text: m.text,
      part: plan.partById.get(m.partId)!.number,
      sector: m.sectorId ?? null,
      taskForce: m.taskForceId ?? null,
      agencies: m.agencies.map(({ id, name, role }) => ({ id, name, role })),
      url: url(paths.measure(m.number)),
    })),
  };
}
