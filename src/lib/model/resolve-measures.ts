/**
 * The measures' step of buildPlan (model.ts): each measure file resolved against the parts, sectors and agencies,
 * its structured agencies checked against its responsibility parenthesis; what is wrong is reported naming file and
 * field.
 */
import { ROLES } from '../../schemas/measure';
import type { Agency, Entry, Measure, MeasureAgency, MeasureData, Part, PlanInput, Sector } from './model';
import type { Report } from './problems';
import { parseResponsibility, ResponsibilityParseError } from './responsibility';
import { splitSentences } from './text';
import { byNumber, COLLECTION_FILES, known } from './resolve';

/** Measure text as published: title sentence, body, responsibility parenthesis. */
function measureText(m: Pick<MeasureData, 'title' | 'responsibility'>, body: string): string {
  return `${m.title}。${body}${m.responsibility}`;
}

/** What a measure's references resolve against. */
export interface Lookup {
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
