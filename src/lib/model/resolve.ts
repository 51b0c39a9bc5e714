/**
 * The steps of buildPlan (model.ts): each resolves one collection against the ones before it and reports
 * what it finds wrong, naming file and field.
 */
import { ROLES } from '../../schemas/measure';
import type {
  Agency,
  DocumentData,
  Entry,
  Measure,
  MeasureAgency,
  MeasureData,
  Part,
  Plan,
  PlanInput,
  Sector,
  TaskForce,
} from './model';
import type { Report } from './problems';
import { parseResponsibility, ResponsibilityParseError } from './responsibility';
import { cnNumeral, splitSentences } from './text';

interface Ref {
  id: string;
  collection: string;
}

/** Where each single-file collection lives, for error messages. */
const COLLECTION_FILES = {
  document: 'content/document.yaml',
  parts: 'content/parts.yaml',
  sectors: 'content/sectors.yaml',
  taskForces: 'content/task-forces.yaml',
  agencies: 'content/agencies.yaml',
  measures: 'content/measures/',
  corrections: 'content/corrections.yaml',
} as const;

const byNumber = (a: { number: number }, b: { number: number }) => a.number - b.number;

/** Measure text as published: title sentence, body, responsibility parenthesis. */
function measureText(m: Pick<MeasureData, 'title' | 'responsibility'>, body: string): string {
  return `${m.title}。${body}${m.responsibility}`;
}

const known = (ids: Iterable<string>) => [...ids].join(', ');

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

/** What a measure's references resolve against. */
interface Lookup {
  partById: Map<string, Part>;
  sectorById: Map<string, Sector>;
  agencyById: Map<string, Agency>;
  agencyBySpelling: Map<string, Agency>;
}

/** The measures in number order (numbered 1…n without gaps, no number used twice). */
export function resolveMeasures(input: PlanInput, lookup: Lookup, report: Report): Measure[] {
  const seen = new Map<number, string>();
  const measures = input.measures.map((e) => resolveMeasure(e, lookup, seen, report));
  measures.sort(byNumber);
  measures.forEach((m, i) => {
    if (m.number !== i + 1) {
      report(
        m.file,
        'number',
        `measures must be numbered 1…${measures.length} without gaps; measure ${i + 1} is missing`,
      );
    }
  });
  return measures;
}

/** One measure; `seen` holds the files of the numbers read so far. */
function resolveMeasure(e: Entry<MeasureData>, lookup: Lookup, seen: Map<number, string>, report: Report): Measure {
  const d = e.data;
  const file = e.filePath ?? `${COLLECTION_FILES.measures}${e.id}.md`;
  const body = (e.body ?? '').trim();
  if (!body) report(file, 'body', 'the measure text after its title sentence is empty');
  if (/\s/u.test(body))
    report(file, 'body', 'the body must be one paragraph with no line breaks or spaces (join broken lines)');
  if (d.title.includes('。'))
    report(file, 'title', 'the title is the first sentence without its closing 。 — it contains 。');
  const dup = seen.get(d.number);
  if (dup) report(file, 'number', `measure number ${d.number} is also used by ${dup}`);
  seen.set(d.number, file);

  const { partById, sectorById } = lookup;
  const part = partById.get(d.part.id);
  if (!part) report(file, 'part', `unknown part "${d.part.id}" (known: ${known(partById.keys())})`);
  let sector: Sector | undefined;
  if (d.sector) {
    sector = sectorById.get(d.sector.id);
    if (!sector) report(file, 'sector', `unknown sector "${d.sector.id}" (known: ${known(sectorById.keys())})`);
    else if (part && sector.partId !== part.id) {
      report(
        file,
        'sector',
        `sector "${sector.id}" stands in part ${sector.partId}, but the measure says part ${part.id}`,
      );
    }
  }
  const agencies = measureAgencies(file, d, lookup, report);
  checkParenthesis(file, d, agencies, lookup, report);

  return {
    id: e.id,
    file,
    number: d.number,
    title: d.title,
    body,
    responsibility: d.responsibility,
    text: measureText(d, body),
    sentences: [`${d.title}。`, ...splitSentences(body)],
    partId: part?.id ?? d.part.id,
    sectorId: sector?.id,
    taskForceId: sector?.taskForceId ?? part?.taskForceId,
    agencies,
  };
}

/** The structured agencies of a measure's front matter: known agencies and roles, no pair listed twice. */
function measureAgencies(file: string, d: MeasureData, { agencyById }: Lookup, report: Report): MeasureAgency[] {
  const rows: MeasureAgency[] = [];
  const pairs = new Set<string>();
  d.agencies.forEach((row, i) => {
    const a = agencyById.get(row.agency.id);
    if (!a) {
      report(file, `agencies[${i}].agency`, `unknown agency "${row.agency.id}" (known: ${known(agencyById.keys())})`);
      return;
    }
    if (!ROLES.includes(row.role))
      report(file, `agencies[${i}].role`, `unknown role "${row.role}" (one of ${ROLES.join(', ')})`);
    const key = `${a.id}/${row.role}`;
    if (pairs.has(key)) report(file, `agencies[${i}]`, `"${a.id}" is listed twice as ${row.role}`);
    pairs.add(key);
    rows.push({ id: a.id, name: a.name, role: row.role });
  });
  return rows;
}

/**
 * The structured agencies must agree with the responsibility parenthesis; each row takes the spelling
 * the parenthesis uses.
 */
function checkParenthesis(
  file: string,
  d: MeasureData,
  rows: MeasureAgency[],
  { agencyBySpelling }: Lookup,
  report: Report,
): void {
  try {
    const parsed = parseResponsibility(d.responsibility);
    const expected = parsed.map((p) => `${agencyBySpelling.get(p.name)?.id ?? `?${p.name}`}:${p.role}`);
    parsed.forEach((p, i) => {
      if (!agencyBySpelling.has(p.name)) {
        report(
          file,
          'responsibility',
          `"${p.name}" is not the name or an alias of any agency in ${COLLECTION_FILES.agencies}`,
        );
      } else if (rows[i] && rows[i].id === agencyBySpelling.get(p.name)!.id) {
        rows[i].name = p.name;
      }
    });
    const actual = d.agencies.map((r) => `${r.agency.id}:${r.role}`);
    if (expected.join(' ') !== actual.join(' ')) {
      report(
        file,
        'agencies',
        `disagrees with its responsibility parenthesis ${d.responsibility}: the text gives [${expected.join(', ')}], the front matter lists [${actual.join(', ')}]`,
      );
    }
  } catch (err) {
    if (!(err instanceof ResponsibilityParseError)) throw err;
    report(file, 'responsibility', err.message);
  }
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
