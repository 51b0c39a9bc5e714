/**
 * The English edition: the glossary and the sentence-aligned translations, checked against the plan.
 * Pure: takes the plan and entries (as Astro's getCollection gives them, or as tests parse them) and
 * returns the edition or throws a ContentError naming every bad file and field. A measure without a
 * translation file is not an error: it is listed in `missing`, and its pages show the Chinese with a note.
 */
import type { z } from 'astro/zod';
import type { glossarySchema } from '../../schemas/glossary';
import type { documentTranslationSchema, measureTranslationSchema } from '../../schemas/translation';
import type { Entry, Measure, Plan } from '../model/model';
import { Problems, type Report } from '../model/problems';
import type { Role } from '../../schemas/measure';
import { splitSentences } from '../model/text';
import { sentenceProblems, strayChinese } from './translation-check';

export type GlossaryData = z.output<typeof glossarySchema>;
export type MeasureTranslationData = z.output<typeof measureTranslationSchema>;
export type DocumentTranslationData = z.output<typeof documentTranslationSchema>;

export const EDITION_FILES = {
  glossary: 'content/glossary.yaml',
  document: 'content/translations/en/document.yaml',
  measures: 'content/translations/en/measures/',
} as const;

export interface EditionInput {
  glossary: Entry<GlossaryData>[];
  document: Entry<DocumentTranslationData>[];
  measures: Entry<MeasureTranslationData>[];
}

/** One measure in English, aligned with the Chinese: sentences[0] is the title sentence (#s1). */
export interface EnMeasure {
  number: number;
  title: string;
  sentences: string[];
  responsibility: string;
  /** Translator's notes, each on a term of a sentence (1 = title). */
  notes: { sentence: number; term: string; note: string }[];
}

export interface Edition {
  glossary: GlossaryData;
  document: DocumentTranslationData;
  agencyName: Map<string, string>;
  taskForceName: Map<string, string>;
  sectorHeading: Map<string, string>;
  partHeading: Map<string, string>;
  roleName: Record<Role, string>;
  /** Translated measures by number. */
  measures: Map<number, EnMeasure>;
  /** Numbers of measures with no translation yet (shown in Chinese with a note). */
  missing: number[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

export function buildEdition(plan: Plan, input: EditionInput): Edition {
  const problems = new Problems();
  const report = problems.add;
  const names = checkGlossary(plan, input, report);
  const doc = checkDocument(plan, input, names, report);
  const measures = checkMeasures(plan, input, names, report);
  problems.throwIfAny();

  const pick = <T extends { id: string }>(m: Map<string, T>, f: (r: T) => string) =>
    new Map([...m].map(([id, r]) => [id, f(r)]));
  return {
    glossary: names.glossary,
    document: doc,
    agencyName: pick(names.agencies, (r) => r.name),
    taskForceName: pick(names.taskForces, (r) => r.name),
    sectorHeading: pick(names.sectors, (r) => r.heading),
    partHeading: pick(names.parts, (r) => r.heading),
    roleName: names.roleName,
    measures,
    missing: plan.measures.map((m) => m.number).filter((n) => !measures.has(n)),
  };
}

/** One English sentence for one Chinese sentence, with its numbers and names (translation-check.ts). */
function checkSentence(report: Report, file: string, field: string, zh: string, en: string | undefined) {
  if (en === undefined) return report(file, field, `missing: the Chinese has a sentence here: "${zh}"`);
  for (const p of sentenceProblems(zh, en)) report(file, field, p);
}

/** Exactly one English sentence per Chinese sentence. */
function checkSentences(report: Report, file: string, field: string, zh: string[], en: string[]) {
  if (en.length !== zh.length) {
    report(
      file,
      field,
      `has ${en.length} sentence${en.length === 1 ? '' : 's'}, the Chinese has ${zh.length}: exactly one English sentence per Chinese sentence`,
    );
  }
  zh.forEach((s, i) => checkSentence(report, file, `${field}[${i}]`, s, en[i]));
}

function noChinese(report: Report, file: string, field: string, en: string) {
  const han = strayChinese(en);
  if (han.length) report(file, field, `contains Chinese outside <span lang="zh-CN">…</span>: ${han.join(' ')}`);
}

type GlossaryRow<K extends 'agencies' | 'taskForces' | 'sectors' | 'parts'> = GlossaryData[K][number];

/** The glossary's English names, each named thing of the plan covered exactly once. */
interface Names {
  glossary: GlossaryData;
  agencies: Map<string, GlossaryRow<'agencies'>>;
  taskForces: Map<string, GlossaryRow<'taskForces'>>;
  sectors: Map<string, GlossaryRow<'sectors'>>;
  parts: Map<string, GlossaryRow<'parts'>>;
  roleName: Record<Role, string>;
}

/** The glossary: one entry, every named thing of the plan covered exactly once, no stray Chinese. */
function checkGlossary(plan: Plan, input: EditionInput, report: Report): Names {
  const G = EDITION_FILES.glossary;
  if (input.glossary.length !== 1) report(G, 'id', `expected one glossary, found ${input.glossary.length}`);
  const g = input.glossary[0]!.data;
  for (const k of ['title', 'number', 'header', 'noticeTitle', 'issuer', 'publication'] as const)
    noChinese(report, G, `document.${k}`, g.document[k]);
  const cover = <T extends { id: string }>(field: string, rows: T[], ids: string[], text: (r: T) => string[]) => {
    const map = new Map<string, T>();
    rows.forEach((r, i) => {
      if (map.has(r.id)) report(G, `${field}[${i}].id`, `"${r.id}" is listed twice`);
      else if (!ids.includes(r.id)) report(G, `${field}[${i}].id`, `unknown id "${r.id}" (known: ${ids.join(', ')})`);
      map.set(r.id, r);
      text(r).forEach((t) => noChinese(report, G, `${field}[${i}]`, t));
    });
    for (const id of ids) if (!map.has(id)) report(G, field, `no English for "${id}"`);
    return map;
  };
  const agencies = cover(
    'agencies',
    g.agencies,
    plan.agencies.map((a) => a.id),
    (r) => [r.name, r.fullName, ...r.aliases],
  );
  const taskForces = cover(
    'taskForces',
    g.taskForces,
    plan.taskForces.map((t) => t.id),
    (r) => [r.name],
  );
  const sectors = cover(
    'sectors',
    g.sectors,
    plan.sectors.map((s) => s.id),
    (r) => [r.heading],
  );
  const parts = cover(
    'parts',
    g.parts,
    plan.parts.map((p) => p.id),
    (r) => [r.heading],
  );
  const roleName = {
    lead: 'lead',
    responsible: 'responsible',
    cooperate: 'cooperate',
  } as Record<Role, string>;
  for (const r of g.roles) roleName[r.id] = r.en;
  g.terms.forEach((t, i) => noChinese(report, G, `terms[${i}].en`, t.en));
  return { glossary: g, agencies, taskForces, sectors, parts, roleName };
}

/** The notice, preamble, part texts and 抄送 block, sentence by sentence. */
function checkDocument(plan: Plan, input: EditionInput, names: Names, report: Report): DocumentTranslationData {
  const D = EDITION_FILES.document;
  if (input.document.length !== 1) report(D, 'id', `expected one document translation, found ${input.document.length}`);
  const doc = input.document[0]!.data;
  const d = plan.document;
  checkSentence(report, D, 'recipients', d.recipients, doc.recipients);
  checkSentences(report, D, 'notice', splitSentences(d.notice), doc.notice);
  checkSentences(report, D, 'preamble', splitSentences(d.preamble), doc.preamble);
  for (const p of plan.parts) {
    const en = doc.partTexts[p.id] ?? [];
    if (en.length !== p.text.length)
      report(D, `partTexts.${p.id}`, `has ${en.length} paragraphs, part ${p.id} has ${p.text.length}`);
    p.text.forEach((t, i) => checkSentences(report, D, `partTexts.${p.id}[${i}]`, splitSentences(t), en[i] ?? []));
  }
  for (const id of Object.keys(doc.partTexts))
    if (!names.parts.has(id)) report(D, `partTexts.${id}`, `unknown part "${id}"`);
  checkSentences(report, D, 'copyTo', d.copyTo, doc.copyTo);
  return doc;
}

/** The translated measures by number, each checked against its Chinese. */
function checkMeasures(plan: Plan, input: EditionInput, names: Names, report: Report): Map<number, EnMeasure> {
  const measures = new Map<number, EnMeasure>();
  for (const e of input.measures) {
    const file = e.filePath ?? `${EDITION_FILES.measures}${e.id}.yaml`;
    const t = e.data;
    if (!/^\d{2}$/u.test(e.id)) report(file, 'file name', `must be the two-digit measure number, NN.yaml`);
    if (Number(e.id) !== t.number) report(file, 'number', `${t.number} does not match the file name ${e.id}`);
    const m = plan.measureByNumber.get(t.number);
    if (!m) {
      report(file, 'number', `there is no measure ${t.number} (1…${plan.measures.length})`);
      continue;
    }
    if (measures.has(t.number)) report(file, 'number', `measure ${t.number} is translated twice`);
    checkMeasure(file, m, t, names, report);
    t.notes.forEach((n, i) => {
      const zh = m.sentences[n.sentence - 1];
      if (!zh) report(file, `notes[${i}].sentence`, `the measure has no sentence ${n.sentence}`);
      else if (!zh.includes(n.term)) report(file, `notes[${i}].term`, `"${n.term}" is not in sentence ${n.sentence}`);
      noChinese(report, file, `notes[${i}].note`, n.note);
    });
    measures.set(t.number, {
      number: t.number,
      title: t.title,
      sentences: [t.title, ...t.sentences],
      responsibility: t.responsibility,
      notes: t.notes,
    });
  }
  return measures;
}

/** A measure's title, sentences and responsibility: every agency by its glossary name, every role given. */
function checkMeasure(file: string, m: Measure, t: MeasureTranslationData, names: Names, report: Report) {
  checkSentence(report, file, 'title', m.sentences[0]!, t.title);
  if (/[.。]\s*$/u.test(t.title)) report(file, 'title', 'ends with a full stop: the title is given without one');
  checkSentences(report, file, 'sentences', m.sentences.slice(1), t.sentences);
  checkSentence(report, file, 'responsibility', m.responsibility, t.responsibility);
  if (!/^\(.*\)$/su.test(t.responsibility.trim()))
    report(file, 'responsibility', 'must be in round brackets, like the Chinese （…）');
  for (const a of m.agencies) {
    const en = names.agencies.get(a.id);
    if (!en) continue;
    const forms = [en.name, ...en.aliases];
    if (!forms.some((f) => new RegExp(`(^|[^\\w-])${escapeRe(f)}($|[^\\w-])`, 'iu').test(t.responsibility))) {
      report(file, 'responsibility', `does not name ${a.name} as "${en.name}" (its name in ${EDITION_FILES.glossary})`);
    }
  }
  for (const role of new Set(m.agencies.map((a) => a.role))) {
    const roleName = names.roleName[role];
    if (!new RegExp(`\\b${escapeRe(roleName)}\\b`, 'iu').test(t.responsibility)) {
      report(file, 'responsibility', `does not give the role "${roleName}" that the Chinese gives`);
    }
  }
}
