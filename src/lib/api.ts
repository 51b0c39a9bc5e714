/** Shapes of the static data endpoints. Kept backward compatible once published. */
import type { Plan, Role } from './model';
import { isoDate } from './text';
import { paths } from './paths';

export interface MeasuresJson {
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
    /** Page path, relative to the site root (base included). */
    url: string;
  }[];
}

export function measuresJson(plan: Plan, url: (path: string) => string): MeasuresJson {
  const d = plan.document;
  return {
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
