/** Shapes of the static data endpoints. Kept backward compatible once published. */
import type { Plan, Role } from '../model/model';
import { paths } from '../site/paths';
import { isoDate } from '../site/dates';

export interface MeasuresJson<M = unknown> {
  /** Version date, licence and source (src/lib/publishing/data-meta.ts). */
  meta: M;
  document: {
    title: string;
    number: string;
    issuer: string;
    signed: string;
    printed: string;
    noticeTitle: string;
  };
  measures: {
    number: number;
    title: string;
    /** The measure as published: title sentence, body and responsibility parenthesis. */
    text: string;
    part: number;
    sector: string | null;
    taskForce: string | null;
    agencies: { id: string; name: string; role: Role }[];
    /** The measure page's absolute URL. */
    url: string;
  }[];
}

/** @param url the absolute URL of a root-relative path. */
export function measuresJson<M>(plan: Plan, url: (path: string) => string, meta: M): MeasuresJson<M> {
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
