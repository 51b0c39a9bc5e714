/**
 * The whole document in reading order, as blocks. The /plan/ page renders these blocks and the
 * fidelity test rebuilds the source text from them, so what is shown is what is proven.
 */
import { partLevelMeasures, type Plan } from './model';
import { type Lang } from '../i18n/i18n';
import { cnDate, enDate } from '../site/dates';
import { splitSentences } from './text';

export type Block =
  | {
      kind:
        | 'header'
        | 'number'
        | 'noticeTitle'
        | 'recipients'
        | 'notice'
        | 'issuer'
        | 'signed'
        | 'publication'
        | 'title'
        | 'preamble'
        | 'copyTo'
        | 'printed';
      anchor?: string;
      text: string;
      /** The block's sentences, each with its permanent anchor (notice-s1, preamble-s1, copy-to-s2). */
      sentences?: Sentence[];
    }
  | { kind: 'part'; anchor: string; partId: string; text: string }
  | { kind: 'partText'; partId: string; text: string; sentences: Sentence[] }
  | { kind: 'sector'; anchor: string; sectorId: string; text: string }
  | { kind: 'measure'; anchor: string; number: number; text: string };

/** A sentence of the document's text outside the measures and its anchor on /plan/ (search links to it). */
export interface Sentence {
  anchor: string;
  text: string;
}

/**
 * The sentences of a text: Chinese cut after 。；！？ outside brackets (as the measures'), English after . ; ? !
 * followed by a space (the English edition joins its one-sentence-per-Chinese-sentence entries with spaces).
 */
export function textSentences(text: string, lang: Lang): string[] {
  if (lang === 'en') return text.split(/(?<=[.;?!:”])\s+(?=[A-Z“])/u);
  return splitSentences(text);
}

/** Sentences numbered from `from` under a prefix: part-1-s1, part-1-s2 … */
function numbered(prefix: string, texts: string[], from = 1): Sentence[] {
  return texts.map((text, i) => ({ anchor: `${prefix}-s${from + i}`, text }));
}

/**
 * Heading of a part as printed: 一、总体要求, with a part-level task force: 五、…（非营利性服务业专班负责）.
 * In English (of the English plan, see englishPlan): V. Accelerating … (Non-profit Services Task Force responsible).
 * With `taskForce` false, without the task force (the full text's table of contents).
 */
export function partHeading(plan: Plan, partId: string, lang: Lang = 'zh', taskForce = true): string {
  const p = plan.partById.get(partId)!;
  const tf = taskForce && p.taskForceId ? plan.taskForceById.get(p.taskForceId) : undefined;
  if (lang === 'en') return `${p.numeral}. ${p.heading}${tf ? ` (${tf.name} responsible)` : ''}`;
  return `${p.numeral}、${p.heading}${tf ? `（${tf.name}负责）` : ''}`;
}

/**
 * Heading of a sector as printed: （一）现代金融（金融业专班负责）; in English: (1) Modern finance (Financial Industry
 * Task Force responsible). With `taskForce` false, without the task force.
 */
export function sectorHeading(plan: Plan, sectorId: string, lang: Lang = 'zh', taskForce = true): string {
  const s = plan.sectorById.get(sectorId)!;
  const tf = taskForce && s.taskForceId ? plan.taskForceById.get(s.taskForceId) : undefined;
  if (lang === 'en') return `(${s.numeral}) ${s.heading}${tf ? ` (${tf.name} responsible)` : ''}`;
  return `（${s.numeral}）${s.heading}${tf ? `（${tf.name}负责）` : ''}`;
}

/** The printed line under the 抄送 block: 山西省人民政府办公厅 2022年4月16日印发. */
export function printedLine(plan: Plan, lang: Lang = 'zh'): string {
  if (lang === 'en') return `Printed and issued by the ${plan.document.printedBy} on ${enDate(plan.document.printed)}`;
  return `${plan.document.printedBy} ${cnDate(plan.document.printed)}印发`;
}

/**
 * A part's own text as blocks, one per paragraph, its sentences numbered across the paragraphs (as sentences.ts
 * and search count them): part-1-s1 … on /plan/ and on the part's page.
 */
export function partTextBlocks(plan: Plan, partId: string, lang: Lang = 'zh'): Extract<Block, { kind: 'partText' }>[] {
  const p = plan.partById.get(partId)!;
  let count = 0;
  return p.text.map((text) => {
    const list = textSentences(text, lang);
    const sentences = numbered(`part-${p.number}`, list, count + 1);
    count += list.length;
    return { kind: 'partText', partId: p.id, text, sentences };
  });
}

/** The document in reading order; with lang 'en', of the English plan (englishPlan), for /en/plan/. */
export function readingOrder(plan: Plan, lang: Lang = 'zh'): Block[] {
  const date = lang === 'en' ? enDate : cnDate;
  const d = plan.document;
  const blocks: Block[] = [
    { kind: 'header', text: d.header },
    { kind: 'number', anchor: 'number', text: d.number },
    { kind: 'noticeTitle', anchor: 'notice', text: d.noticeTitle },
    { kind: 'recipients', text: d.recipients, sentences: numbered('recipients', [d.recipients]) },
    { kind: 'notice', text: d.notice, sentences: numbered('notice', textSentences(d.notice, lang)) },
    { kind: 'issuer', anchor: 'issuer', text: d.issuer },
    { kind: 'signed', text: date(d.signed) },
    { kind: 'publication', anchor: 'publication', text: d.publication },
    { kind: 'title', anchor: 'plan', text: d.title },
    { kind: 'preamble', text: d.preamble, sentences: numbered('preamble', textSentences(d.preamble, lang)) },
  ];
  const measure = (n: number): Block => {
    const m = plan.measureByNumber.get(n)!;
    return { kind: 'measure', anchor: `m${n}`, number: n, text: `${n}.${lang === 'en' ? ' ' : ''}${m.text}` };
  };
  for (const p of plan.parts) {
    blocks.push({ kind: 'part', anchor: `part-${p.number}`, partId: p.id, text: partHeading(plan, p.id, lang) });
    blocks.push(...partTextBlocks(plan, p.id, lang));
    for (const m of partLevelMeasures(plan, p.id)) blocks.push(measure(m.number));
    for (const sid of p.sectorIds) {
      blocks.push({ kind: 'sector', anchor: `sector-${sid}`, sectorId: sid, text: sectorHeading(plan, sid, lang) });
      for (const n of plan.sectorById.get(sid)!.measureNumbers) blocks.push(measure(n));
    }
  }
  d.copyTo.forEach((line, i) =>
    blocks.push({ kind: 'copyTo', text: line, sentences: numbered('copy-to', [line], i + 1) }),
  );
  blocks.push({ kind: 'printed', text: printedLine(plan, lang) });
  return blocks;
}

/** Every permanent anchor of the blocks, in order: headings, measures, and each sentence of the document's own text. */
export function blockAnchors(blocks: Block[]): string[] {
  return blocks.flatMap((b) => [
    ...('anchor' in b && b.anchor ? [b.anchor] : []),
    ...('sentences' in b && b.sentences ? b.sentences.map((s) => s.anchor) : []),
  ]);
}
