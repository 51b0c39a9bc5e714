/**
 * The plan model: resolves the content collections into one validated, cross-referenced structure.
 * Pure: takes entries (as Astro's getCollection returns them, or as tests parse them) and either
 * returns the model or throws a ContentError that names every bad file and field.
 */
import type { z } from 'astro/zod';
import type { documentSchema } from '../../schemas/document';
import type { AgencyKind, agencySchema } from '../../schemas/agency';
import type { Role } from '../../schemas/measure';
import { ROLES } from '../../schemas/measure';
import { parseResponsibility, ResponsibilityParseError } from './responsibility';
import { cnNumeral, splitSentences } from './text';
import type { Correction } from './corrections';

export type { Role };
interface Ref {
  id: string;
  collection: string;
}
/** An entry as the content layer gives it. */
export interface Entry<D> {
  id: string;
  data: D;
  body?: string;
  filePath?: string;
}
export type DocumentData = z.output<typeof documentSchema>;
export interface PartData {
  number: number;
  heading: string;
  text: string[];
  taskForce?: Ref;
}
export interface SectorData {
  number: number;
  part: Ref;
  heading: string;
  taskForce?: Ref;
}
export interface TaskForceData {
  name: string;
}
export interface AgencyData {
  name: string;
  fullName: string;
  kind: AgencyKind;
  note: string;
  website?: { url: string; evidence: string };
  successor?: AgencySuccessor;
  aliases: string[];
}
export type AgencySuccessor = NonNullable<z.output<typeof agencySchema>['successor']>;
export interface MeasureData {
  number: number;
  title: string;
  part: Ref;
  sector?: Ref;
  responsibility: string;
  agencies: { agency: Ref; role: Role }[];
}
export type CorrectionData = Correction & { description: string; reason: string };

export interface PlanInput {
  document: Entry<DocumentData>[];
  parts: Entry<PartData>[];
  sectors: Entry<SectorData>[];
  taskForces: Entry<TaskForceData>[];
  agencies: Entry<AgencyData>[];
  measures: Entry<MeasureData>[];
  corrections: Entry<CorrectionData>[];
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

export interface Part {
  id: string;
  number: number;
  /** 一…七 */
  numeral: string;
  heading: string;
  text: string[];
  taskForceId?: string;
  sectorIds: string[];
  measureNumbers: number[];
}
export interface Sector {
  id: string;
  number: number;
  /** （一）…（十四） without brackets */
  numeral: string;
  heading: string;
  partId: string;
  taskForceId?: string;
  measureNumbers: number[];
}
export interface TaskForce {
  id: string;
  name: string;
  /** Named at part level (part 五) */
  partIds: string[];
  sectorIds: string[];
  measureNumbers: number[];
}
export interface Agency {
  id: string;
  name: string;
  fullName: string;
  kind: AgencyKind;
  note: string;
  website?: { url: string; evidence: string };
  /** The body that took over since 2022, with its source (content/agencies.yaml). */
  successor?: AgencySuccessor;
  aliases: string[];
  /** Measures by role, in number order. 61 counts as both lead and responsible. */
  roles: Record<Role, number[]>;
  /** Distinct measures the agency is named in. */
  measureNumbers: number[];
}
export interface MeasureAgency {
  id: string;
  /** The name as this measure writes it (spellings are kept). */
  name: string;
  role: Role;
}
export interface Measure {
  id: string;
  file: string;
  number: number;
  title: string;
  /** Text after the title sentence, before the parenthesis. */
  body: string;
  responsibility: string;
  /** The whole measure as published: title。body（…）. */
  text: string;
  /** Sentences for pinpoint anchors: s1 is the title sentence. */
  sentences: string[];
  partId: string;
  sectorId?: string;
  /** From the sector heading, or from the part (part 五). */
  taskForceId?: string;
  agencies: MeasureAgency[];
  /** In the English plan (src/lib/i18n/i18n.ts): the measure has no translation yet and keeps its Chinese. */
  untranslated?: boolean;
}
export interface Plan {
  document: DocumentData & { id: string };
  parts: Part[];
  sectors: Sector[];
  taskForces: TaskForce[];
  agencies: Agency[];
  measures: Measure[];
  corrections: (CorrectionData & { id: string })[];
  partById: Map<string, Part>;
  sectorById: Map<string, Sector>;
  taskForceById: Map<string, TaskForce>;
  agencyById: Map<string, Agency>;
  measureByNumber: Map<number, Measure>;
}

/** One problem in the content, located by file and field. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Plan content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

const byNumber = (a: { number: number }, b: { number: number }) => a.number - b.number;

/** Measures that stand directly under a part's heading, before any sector heading (parts 二, 五, 六, 七). */
export function partLevelMeasures(plan: Pick<Plan, 'partById' | 'measureByNumber'>, partId: string): Measure[] {
  const part = plan.partById.get(partId);
  if (!part) return [];
  return part.measureNumbers.map((n) => plan.measureByNumber.get(n)!).filter((m) => !m.sectorId);
}

/** Measure text as published: title sentence, body, responsibility parenthesis. */
export function measureText(m: Pick<MeasureData, 'title' | 'responsibility'>, body: string): string {
  return `${m.title}。${body}${m.responsibility}`;
}

export function buildPlan(input: PlanInput): Plan {
  const problems: ContentProblem[] = [];
  const problem = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const known = (ids: Iterable<string>) => [...ids].join(', ');

  // document
  if (input.document.length !== 1) {
    problem(COLLECTION_FILES.document, 'id', `expected exactly one document entry, found ${input.document.length}`);
  }
  const doc = input.document[0];

  const taskForceIds = new Set(input.taskForces.map((t) => t.id));
  const checkTaskForce = (file: string, field: string, ref: Ref | undefined) => {
    if (ref && !taskForceIds.has(ref.id)) {
      problem(file, field, `unknown task force "${ref.id}" (known: ${known(taskForceIds)})`);
    }
  };

  // parts
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
  const partById = new Map(parts.map((p) => [p.id, p]));

  // sectors
  const sectors: Sector[] = [];
  for (const e of [...input.sectors].sort((a, b) => a.data.number - b.data.number)) {
    const part = partById.get(e.data.part.id);
    if (!part) {
      problem(
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
  const sectorById = new Map(sectors.map((s) => [s.id, s]));
  sectors.forEach((s, i) => {
    if (s.number !== i + 1)
      problem(
        COLLECTION_FILES.sectors,
        `${s.id}.number`,
        `sectors must be numbered 1…${sectors.length} without gaps; found ${s.number} at position ${i + 1}`,
      );
  });

  // task forces
  const taskForces: TaskForce[] = input.taskForces.map((e) => ({
    id: e.id,
    name: e.data.name,
    partIds: parts.filter((p) => p.taskForceId === e.id).map((p) => p.id),
    sectorIds: sectors.filter((s) => s.taskForceId === e.id).map((s) => s.id),
    measureNumbers: [],
  }));
  const taskForceById = new Map(taskForces.map((t) => [t.id, t]));

  // agencies: every spelling maps to one id
  const agencies: Agency[] = input.agencies.map((e) => ({
    id: e.id,
    ...e.data,
    roles: { lead: [], responsible: [], cooperate: [] },
    measureNumbers: [],
  }));
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const agencyBySpelling = new Map<string, Agency>();
  for (const a of agencies) {
    for (const spelling of [a.name, ...a.aliases]) {
      const other = agencyBySpelling.get(spelling);
      if (other)
        problem(COLLECTION_FILES.agencies, `${a.id}.name`, `spelling "${spelling}" is also used by "${other.id}"`);
      agencyBySpelling.set(spelling, a);
    }
  }

  // measures
  const measures: Measure[] = [];
  const seen = new Map<number, string>();
  for (const e of input.measures) {
    const d = e.data;
    const file = e.filePath ?? `${COLLECTION_FILES.measures}${e.id}.md`;
    const body = (e.body ?? '').trim();
    if (!body) problem(file, 'body', 'the measure text after its title sentence is empty');
    if (/\s/u.test(body))
      problem(file, 'body', 'the body must be one paragraph with no line breaks or spaces (join broken lines)');
    if (d.title.includes('。'))
      problem(file, 'title', 'the title is the first sentence without its closing 。 — it contains 。');
    const dup = seen.get(d.number);
    if (dup) problem(file, 'number', `measure number ${d.number} is also used by ${dup}`);
    seen.set(d.number, file);

    const part = partById.get(d.part.id);
    if (!part) problem(file, 'part', `unknown part "${d.part.id}" (known: ${known(partById.keys())})`);
    let sector: Sector | undefined;
    if (d.sector) {
      sector = sectorById.get(d.sector.id);
      if (!sector) problem(file, 'sector', `unknown sector "${d.sector.id}" (known: ${known(sectorById.keys())})`);
      else if (part && sector.partId !== part.id) {
        problem(
          file,
          'sector',
          `sector "${sector.id}" stands in part ${sector.partId}, but the measure says part ${part.id}`,
        );
      }
    }

    // structured agencies must agree with the parenthesis
    const agencyRows: MeasureAgency[] = [];
    const pairs = new Set<string>();
    d.agencies.forEach((row, i) => {
      const a = agencyById.get(row.agency.id);
      if (!a) {
        problem(
          file,
          `agencies[${i}].agency`,
          `unknown agency "${row.agency.id}" (known: ${known(agencyById.keys())})`,
        );
        return;
      }
      if (!ROLES.includes(row.role))
        problem(file, `agencies[${i}].role`, `unknown role "${row.role}" (one of ${ROLES.join(', ')})`);
      const key = `${a.id}/${row.role}`;
      if (pairs.has(key)) problem(file, `agencies[${i}]`, `"${a.id}" is listed twice as ${row.role}`);
      pairs.add(key);
      agencyRows.push({ id: a.id, name: a.name, role: row.role });
    });
    try {
      const parsed = parseResponsibility(d.responsibility);
      const expected = parsed.map((p) => `${agencyBySpelling.get(p.name)?.id ?? `?${p.name}`}:${p.role}`);
      parsed.forEach((p, i) => {
        if (!agencyBySpelling.has(p.name)) {
          problem(
            file,
            'responsibility',
            `"${p.name}" is not the name or an alias of any agency in ${COLLECTION_FILES.agencies}`,
          );
        } else if (agencyRows[i] && agencyRows[i].id === agencyBySpelling.get(p.name)!.id) {
          agencyRows[i].name = p.name;
        }
      });
      const actual = d.agencies.map((r) => `${r.agency.id}:${r.role}`);
      if (expected.join(' ') !== actual.join(' ')) {
        problem(
          file,
          'agencies',
          `disagrees with its responsibility parenthesis ${d.responsibility}: the text gives [${expected.join(', ')}], the front matter lists [${actual.join(', ')}]`,
        );
      }
    } catch (err) {
      if (!(err instanceof ResponsibilityParseError)) throw err;
      problem(file, 'responsibility', err.message);
    }

    const sentences = [`${d.title}。`, ...splitSentences(body)];
    measures.push({
      id: e.id,
      file,
      number: d.number,
      title: d.title,
      body,
      responsibility: d.responsibility,
      text: measureText(d, body),
      sentences,
      partId: part?.id ?? d.part.id,
      sectorId: sector?.id,
      taskForceId: sector?.taskForceId ?? part?.taskForceId,
      agencies: agencyRows,
    });
  }
  measures.sort(byNumber);
  measures.forEach((m, i) => {
    if (m.number !== i + 1) {
      problem(
        m.file,
        'number',
        `measures must be numbered 1…${measures.length} without gaps; measure ${i + 1} is missing`,
      );
    }
  });
  if (problems.length) throw new ContentError(problems);

  // back-references
  for (const m of measures) {
    partById.get(m.partId)!.measureNumbers.push(m.number);
    if (m.sectorId) sectorById.get(m.sectorId)!.measureNumbers.push(m.number);
    if (m.taskForceId) taskForceById.get(m.taskForceId)!.measureNumbers.push(m.number);
    for (const r of m.agencies) {
      const a = agencyById.get(r.id)!;
      a.roles[r.role].push(m.number);
      if (!a.measureNumbers.includes(m.number)) a.measureNumbers.push(m.number);
    }
  }
  for (const a of agencies) {
    if (a.measureNumbers.length === 0)
      problem(COLLECTION_FILES.agencies, `${a.id}`, 'this agency is named in no measure (a typo, or a leftover?)');
  }
  for (const s of sectors) {
    if (s.measureNumbers.length === 0)
      problem(COLLECTION_FILES.sectors, `${s.id}`, 'no measure stands under this sector');
  }
  if (problems.length) throw new ContentError(problems);

  return {
    document: { id: doc!.id, ...doc!.data },
    parts,
    sectors,
    taskForces,
    agencies,
    measures,
    corrections: input.corrections.map((c) => ({ id: c.id, ...c.data })),
    partById,
    sectorById,
    taskForceById,
    agencyById,
    measureByNumber: new Map(measures.map((m) => [m.number, m])),
  };
}
