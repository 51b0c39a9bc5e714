/**
 * Build-time only: the document's text outside the measures as search passages (see ../engine/document):
 * the notice, its recipients, the preamble, each part's own text and heading, the 抄送 block, and the
 * one-line fields (文号, the notice's title, the issuer, 此件公开发布).
 */
import type { Plan } from '../../model/model';
import { splitSentences } from '../../model/text';
import { partSentences } from '../../model/sentences';
import type { Edition } from '../../i18n/edition';

export interface Passage {
  /** Key (../engine/document): its sentences are hits `key:sN`, or the whole passage is the hit. */
  d: string;
  /** Label shown as the result's title. */
  t: string;
  /** Sentences as published. */
  s: string[];
  /** Part number, for the part texts and headings. */
  part?: number;
}

/** The passages in reading order. */
export function documentPassages(plan: Plan): Passage[] {
  const d = plan.document;
  const out: Passage[] = [
    { d: 'number', t: '文号', s: [d.number] },
    { d: 'notice-title', t: '通知', s: [d.noticeTitle] },
    { d: 'recipients', t: '通知', s: [d.recipients] },
    { d: 'notice', t: '通知', s: splitSentences(d.notice) },
    { d: 'issuer', t: '通知', s: [d.issuer] },
    { d: 'publication', t: '通知', s: [d.publication] },
    { d: 'preamble', t: d.title, s: splitSentences(d.preamble) },
  ];
  for (const p of plan.parts) {
    const label = `${p.numeral}、${p.heading}`;
    out.push({ d: `part-${p.number}:heading`, t: label, s: [p.heading], part: p.number });
    const text = partSentences(plan, p.number);
    if (text.length) out.push({ d: `part-${p.number}`, t: label, s: text, part: p.number });
  }
  out.push({ d: 'copy-to', t: '抄送', s: d.copyTo });
  return out;
}

/** The same passages in the English edition (sentence-aligned, so the keys and #sN are the same). */
export function englishPassages(plan: Plan, edition: Edition): Passage[] {
  const g = edition.glossary.document;
  const doc = edition.document;
  const out: Passage[] = [
    { d: 'number', t: 'Document number', s: [g.number] },
    { d: 'notice-title', t: 'Notice', s: [g.noticeTitle] },
    { d: 'recipients', t: 'Notice', s: [doc.recipients] },
    { d: 'notice', t: 'Notice', s: doc.notice },
    { d: 'issuer', t: 'Notice', s: [g.issuer] },
    { d: 'publication', t: 'Notice', s: [g.publication] },
    { d: 'preamble', t: g.title, s: doc.preamble },
  ];
  for (const p of plan.parts) {
    const heading = edition.partHeading.get(p.id) ?? p.heading;
    const label = `${p.numeral}. ${heading}`;
    out.push({ d: `part-${p.number}:heading`, t: label, s: [heading], part: p.number });
    const text = (doc.partTexts[p.id] ?? []).flat();
    if (text.length) out.push({ d: `part-${p.number}`, t: label, s: text, part: p.number });
  }
  out.push({ d: 'copy-to', t: 'Copied to', s: doc.copyTo });
  return out;
}
