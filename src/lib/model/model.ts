/**
 * The plan model: resolves the content collections into one validated, cross-referenced structure.
 * Pure: takes entries (as Astro's getCollection returns them, or as tests parse them) and either
 * returns the model or throws a ContentError that names every bad file and field.
 */
import type { z } from 'astro/zod';
import type { documentSchema } from '../../schemas/document';
import type { partSchema } from '../../schemas/part';
import type { sectorSchema } from '../../schemas/sector';
import type { taskForceSchema } from '../../schemas/task-force';
import type { agencySchema, AgencyKind } from '../../schemas/agency';
import type { correctionSchema } from '../../schemas/correction';
import type { measureSchema, Role } from '../../schemas/measure';
import { Problems } from './problems';
import {
  checkDocument,
  checkNamed,
  linkBack,
  resolveAgencies,
  resolveParts,
  resolveSectors,
  resolveTaskForces,
  taskForceCheck,
} from './resolve';
import { resolveMeasures } from './resolve-measures';

export { ContentError, type ContentProblem } from './problems';

export type { Role };
/** An entry as the content layer gives it. */
export interface Entry<D> {
  id: string;
  data: D;
  body?: string;
  filePath?: string;
}
/** The entries' data as the schemas output it (src/schemas; references as {id, collection}). */
export type DocumentData = z.output<typeof documentSchema>;
export type PartData = z.output<ReturnType<typeof partSchema>>;
export type SectorData = z.output<ReturnType<typeof sectorSchema>>;
export type TaskForceData = z.output<typeof taskForceSchema>;
export type AgencyData = z.output<typeof agencySchema>;
export type AgencySuccessor = NonNullable<AgencyData['successor']>;
export type MeasureData = z.output<ReturnType<typeof measureSchema>>;
export type CorrectionData = z.output<typeof correctionSchema>;

export interface PlanInput {
  document: Entry<DocumentData>[];
  parts: Entry<PartData>[];
  sectors: Entry<SectorData>[];
  taskForces: Entry<TaskForceData>[];
  agencies: Entry<AgencyData>[];
  measures: Entry<MeasureData>[];
  corrections: Entry<CorrectionData>[];
}

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

/** Measures that stand directly under a part's heading, before any sector heading (parts 二, 五, 六, 七). */
export function partLevelMeasures(plan: Pick<Plan, 'partById' | 'measureByNumber'>, partId: string): Measure[] {
  const part = plan.partById.get(partId);
  if (!part) return [];
  return part.measureNumbers.map((n) => plan.measureByNumber.get(n)!).filter((m) => !m.sectorId);
}

export function buildPlan(input: PlanInput): Plan {
  const problems = new Problems();
  const report = problems.add;
  const doc = checkDocument(input, report);
  const checkTaskForce = taskForceCheck(input, report);
  const parts = resolveParts(input, checkTaskForce);
  const partById = new Map(parts.map((p) => [p.id, p]));
  const sectors = resolveSectors(input, partById, report, checkTaskForce);
  const sectorById = new Map(sectors.map((s) => [s.id, s]));
  const taskForces = resolveTaskForces(input, parts, sectors);
  const taskForceById = new Map(taskForces.map((t) => [t.id, t]));
  const { agencies, agencyBySpelling } = resolveAgencies(input, report);
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const measures = resolveMeasures(input, { partById, sectorById, agencyById, agencyBySpelling }, report);
  problems.throwIfAny();

  linkBack(measures, { partById, sectorById, taskForceById, agencyById });
  checkNamed(agencies, sectors, report);
  problems.throwIfAny();

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
