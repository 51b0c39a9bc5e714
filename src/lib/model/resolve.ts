/**
 * The steps of buildPlan (model.ts): each resolves one collection against the ones before it and reports
 * what it finds wrong, naming file and field. The measures' own step is in resolve-measures.ts.
 */
import type { Agency, DocumentData, Entry, Measure, Part, Plan, PlanInput, Sector, TaskForce } from './model';
import type { Report } from './problems';
import { cnNumeral } from './text';

interface Ref {
  id: string;
  collection: string;
}

/** Where each single-file collection lives, for error messages. */
export const COLLECTION_FILES = {
  document: 'content/document.yaml',
  parts: 'content/parts.yaml',
  sectors: 'content/sectors.yaml',
  taskForces: 'content/task-forces.yaml',
  agencies: 'content/agencies.yaml',
  measures: 'content/measures/',
  corrections: 'content/corrections.yaml',
} as const;

export const byNumber = (a: { number: number }, b: { number: number }) => a.number - b.number;

export const known = (ids: Iterable<string>) => [...ids].join(', ');

export function checkDocument(input: PlanInput, report: Report): Entry<DocumentData> | undefined {
  if (input.document.length !== 1) {
    report(COLLECTION_FILES.document, 'id', `expected exactly one document entry, found ${input.document.length}`);
  }
  return input.document[0];
}

export type TaskForceCheck = (file: string, field: string, ref: Ref | undefined) => void;

/** Reports a reference to a task force that does not exist. */
export function taskForceCheck(input: PlanInput, report: Report): TaskForceCheck {
  const taskForceIds = new Set(input.taskForces.map((t) => t.id));
  return (file, field, ref) => {
    if (ref && !taskForceIds.has(ref.id)) {
      report(file, field, `unknown task force "${ref.id}" (known: ${known(taskForceIds)})`);
    }
  };
}

export function resolveParts(input: PlanInput, checkTaskForce: TaskForceCheck): Part[] {
  const parts: Part[] = input.parts
    .map((e) => ({
      id: e.id,
      number: e.data.number,
      numeral: cnNumeral(e.data.number),
      heading: e.data.heading,
      text: e.data.text,
      taskForceId: e.data.taskForce?.id,
      sectorIds: [] as string[],
      measureNumbers: [] as number[],
    }))
    .sort(byNumber);
  for (const e of input.parts) checkTaskForce(COLLECTION_FILES.parts, `${e.id}.taskForce`, e.data.taskForce);
  return parts;
}

/** The sectors in number order, each under its part (numbered 1…n without gaps). */
export function resolveSectors(
  input: PlanInput,
  partById: Map<string, Part>,
  report: Report,
  checkTaskForce: TaskForceCheck,
): Sector[] {
  const sectors: Sector[] = [];
  for (const e of [...input.sectors].sort((a, b) => a.data.number - b.data.number)) {
    const part = partById.get(e.data.part.id);
    if (!part) {
      report(
        COLLECTION_FILES.sectors,
        `${e.id}.part`,
        `unknown part "${e.data.part.id}" (known: ${known(partById.keys())})`,
      );
      continue;
    }
    checkTaskForce(COLLECTION_FILES.sectors, `${e.id}.taskForce`, e.data.taskForce);
    const s: Sector = {
      id: e.id,
      number: e.data.number,
      numeral: cnNumeral(e.data.number),
      heading: e.data.heading,
      partId: part.id,
      taskForceId: e.data.taskForce?.id,
      measureNumbers: [],
    };
    sectors.push(s);
    part.sectorIds.push(s.id);
  }
  sectors.forEach((s, i) => {
    if (s.number !== i + 1)
      report(
        COLLECTION_FILES.sectors,
        `${s.id}.number`,
        `sectors must be numbered 1…${sectors.length} without gaps; found ${s.number} at position ${i + 1}`,
      );
  });
  return sectors;
}

export function resolveTaskForces(input: PlanInput, parts: Part[], sectors: Sector[]): TaskForce[] {
  return input.taskForces.map((e) => ({
    id: e.id,
    name: e.data.name,
    partIds: parts.filter((p) => p.taskForceId === e.id).map((p) => p.id),
    sectorIds: sectors.filter((s) => s.taskForceId === e.id).map((s) => s.id),
    measureNumbers: [],
  }));
}

/** The agencies, and every spelling (name or alias) mapped to one agency. */
export function resolveAgencies(input: PlanInput, report: Report) {
  const agencies: Agency[] = input.agencies.map((e) => ({
    id: e.id,
    ...e.data,
    roles: { lead: [], responsible: [], cooperate: [] },
    measureNumbers: [],
  }));
  const agencyBySpelling = new Map<string, Agency>();
  for (const a of agencies) {
    for (const spelling of [a.name, ...a.aliases]) {
      const other = agencyBySpelling.get(spelling);
      if (other)
        report(COLLECTION_FILES.agencies, `${a.id}.name`, `spelling "${spelling}" is also used by "${other.id}"`);
      agencyBySpelling.set(spelling, a);
    }
  }
  return { agencies, agencyBySpelling };
}

/** Each part, sector, task force and agency lists the measures that name it. */
export function linkBack(
  measures: Measure[],
  by: Pick<Plan, 'partById' | 'sectorById' | 'taskForceById' | 'agencyById'>,
): void {
  for (const m of measures) {
    by.partById.get(m.partId)!.measureNumbers.push(m.number);
    if (m.sectorId) by.sectorById.get(m.sectorId)!.measureNumbers.push(m.number);
    if (m.taskForceId) by.taskForceById.get(m.taskForceId)!.measureNumbers.push(m.number);
    for (const r of m.agencies) {
      const a = by.agencyById.get(r.id)!;
      a.roles[r.role].push(m.number);
      if (!a.measureNumbers.includes(m.number)) a.measureNumbers.push(m.number);
    }
  }
}

/** Every agency is named in a measure and every sector has one. */
export function checkNamed(agencies: Agency[], sectors: Sector[], report: Report): void {
  for (const a of agencies) {
    if (a.measureNumbers.length === 0)
      report(COLLECTION_FILES.agencies, `${a.id}`, 'this agency is named in no measure (a typo, or a leftover?)');
  }
  for (const s of sectors) {
    if (s.measureNumbers.length === 0)
      report(COLLECTION_FILES.sectors, `${s.id}`, 'no measure stands under this sector');
  }
}
