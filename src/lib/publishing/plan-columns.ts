/**
 * The columns of the downloads that hold the plan's own structure: measures, agencies, responsibilities, sentences.
 * Each column is a name and how to read its value; what it means is in the dictionary (i18n/dict/…/downloads.ts).
 * Pure.
 */
import type { Agency, Measure, Plan, Role } from '../model/model';
import type { Cell } from './csv';
import { paths } from '../site/paths';
import { ROLE_LABELS } from '../model/responsibility';
import { sentencePath } from '../model/sentences';
import type { AgencyColumn, MeasureColumn, ResponsibilityColumn, SentenceColumn } from '../i18n/dict/zh/downloads';
import type { Ctx } from './downloads';

/** Joins several values in one cell: 1|4|7. */
export const LIST_SEPARATOR = '|';
export const list = (xs: readonly (string | number)[]) => xs.join(LIST_SEPARATOR);

export interface Column<R, K extends string = string> {
  name: K;
  get: (row: R) => Cell;
}

export interface ResponsibilityRow {
  measure: number;
  position: number;
  agency: string;
  name: string;
  role: Role;
}

export interface SentenceRow {
  measure: number;
  sentence: number;
  text: string;
}

export const measureColumns = ({ plan, url, english }: Ctx): Column<Measure, MeasureColumn>[] => [
  { name: 'number', get: (m) => m.number },
  { name: 'title', get: (m) => m.title },
  { name: 'title_en', get: (m) => english.measureTitles.get(m.number) ?? '' },
  { name: 'text', get: (m) => m.text },
  { name: 'part', get: (m) => plan.partById.get(m.partId)!.number },
  { name: 'part_heading', get: (m) => plan.partById.get(m.partId)!.heading },
  { name: 'sector', get: (m) => m.sectorId ?? '' },
  { name: 'sector_heading', get: (m) => (m.sectorId ? plan.sectorById.get(m.sectorId)!.heading : '') },
  { name: 'task_force', get: (m) => m.taskForceId ?? '' },
  { name: 'task_force_name', get: (m) => (m.taskForceId ? plan.taskForceById.get(m.taskForceId)!.name : '') },
  { name: 'responsibility', get: (m) => m.responsibility },
  { name: 'url', get: (m) => url(paths.measure(m.number)) },
];

export const agencyColumns = ({ english }: Ctx): Column<Agency, AgencyColumn>[] => [
  { name: 'id', get: (a) => a.id },
  { name: 'name', get: (a) => a.name },
  { name: 'name_en', get: (a) => english.agencyNames.get(a.id) ?? '' },
  { name: 'full_name', get: (a) => a.fullName },
  { name: 'kind', get: (a) => a.kind },
  { name: 'aliases', get: (a) => list(a.aliases) },
  { name: 'lead_measures', get: (a) => list(a.roles.lead) },
  { name: 'responsible_measures', get: (a) => list(a.roles.responsible) },
  { name: 'cooperate_measures', get: (a) => list(a.roles.cooperate) },
];

export const responsibilityColumns = (): Column<ResponsibilityRow, ResponsibilityColumn>[] => [
  { name: 'measure', get: (r) => r.measure },
  { name: 'position', get: (r) => r.position },
  { name: 'agency', get: (r) => r.agency },
  { name: 'name', get: (r) => r.name },
  { name: 'role', get: (r) => r.role },
  { name: 'role_label', get: (r) => ROLE_LABELS[r.role] },
];

export const sentenceColumns = ({ url }: Ctx): Column<SentenceRow, SentenceColumn>[] => [
  { name: 'measure', get: (r) => r.measure },
  { name: 'sentence', get: (r) => r.sentence },
  { name: 'text', get: (r) => r.text },
  { name: 'url', get: (r) => url(sentencePath({ measure: r.measure }, r.sentence)) },
];

/** Every sentence of every measure, in order: one row per sentence. */
export function sentenceRows(plan: Plan): SentenceRow[] {
  return plan.measures.flatMap((m) => m.sentences.map((text, i) => ({ measure: m.number, sentence: i + 1, text })));
}

export function responsibilityRows(plan: Plan): ResponsibilityRow[] {
  return plan.measures.flatMap((m) =>
    m.agencies.map((a, i) => ({ measure: m.number, position: i + 1, agency: a.id, name: a.name, role: a.role })),
  );
}
