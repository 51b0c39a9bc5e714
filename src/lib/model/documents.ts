/**
 * The documents the plan cites by title (《…》 in the measures' text), resolved against content/documents.yaml: each
 * cited title has exactly one entry, whose title, number and issuer are checked against the plan's own words. Pure;
 * throws a ContentError naming the file, the entry and the field.
 */
import type { CitedDocumentData } from '../../schemas/cited-document';
import { SUPPORT_TYPES } from '../../schemas/relief-vocab';
import { ContentError, type ContentProblem, type Entry, type Plan } from './model';

export const DOCUMENTS_FILE = 'content/documents.yaml';

/** Kinds a document's term may have: the relief finder's kinds of help, and `fees` (arbitrary charges stopped). */
export const TERM_KINDS: readonly string[] = [...SUPPORT_TYPES, 'fees'];

export interface CitedDocument extends CitedDocumentData {
  id: string;
  /** The measures that cite it, in number order. */
  measures: number[];
}

/** Every 《title》 the measures cite (the plan's own title aside), with the number printed after it and the measures. */
export function citedTitles(
  plan: Pick<Plan, 'measures' | 'document'>,
): Map<string, { numbers: Set<string>; measures: number[] }> {
  const found = new Map<string, { numbers: Set<string>; measures: number[] }>();
  for (const m of plan.measures) {
    for (const hit of m.text.matchAll(/《([^》]+)》(?:（([^（）]*〔\d{4}〕[^（）]*号)）)?/gu)) {
      const title = hit[1]!;
      if (title === plan.document.title) continue;
      const f = found.get(title) ?? { numbers: new Set<string>(), measures: [] };
      if (hit[2]) f.numbers.add(hit[2]);
      if (!f.measures.includes(m.number)) f.measures.push(m.number);
      found.set(title, f);
    }
  }
  return found;
}

export function citedDocuments(
  plan: Pick<Plan, 'measures' | 'document' | 'measureByNumber'>,
  entries: Entry<CitedDocumentData>[],
): CitedDocument[] {
  const problems: ContentProblem[] = [];
  const problem = (id: string, field: string, message: string) =>
    problems.push({ file: DOCUMENTS_FILE, field: `${id}.${field}`, message });
  const titles = citedTitles(plan);
  const byTitle = new Map<string, string>();
  const out: CitedDocument[] = [];
  for (const { id, data: d } of entries) {
    if (byTitle.has(d.title))
      problem(id, 'title', `《${d.title}》 has a second entry (the first is ${byTitle.get(d.title)})`);
    byTitle.set(d.title, id);
    const cited = titles.get(d.title);
    if (!cited) {
      problem(id, 'title', `the plan does not cite 《${d.title}》`);
      continue;
    }
    const printed = [...cited.numbers];
    if (d.number && !cited.numbers.has(d.number))
      problem(
        id,
        'number',
        `the plan does not print ${d.number} after 《${d.title}》 (it prints: ${printed.join('、') || 'none'})`,
      );
    if (!d.number && printed.length)
      problem(id, 'number', `the plan prints ${printed.join('、')} after the title: give it`);
    const texts = cited.measures.map((n) => plan.measureByNumber.get(n)!.text);
    if (d.issuer && !texts.some((t) => t.includes(d.issuer!)))
      problem(
        id,
        'issuer',
        `"${d.issuer}" is not in the text of the measures that cite it (${cited.measures.join(', ')})`,
      );
    d.terms.forEach((t, i) => {
      if (!TERM_KINDS.includes(t.kind))
        problem(id, `terms[${i}].kind`, `"${t.kind}" is not one of ${TERM_KINDS.join(', ')}`);
    });
    out.push({ ...d, id, measures: cited.measures });
  }
  for (const [title, c] of titles)
    if (!byTitle.has(title))
      problem('(missing)', 'title', `《${title}》, cited by measure ${c.measures.join(', ')}, has no entry`);
  if (problems.length) throw new ContentError(problems);
  return out;
}
