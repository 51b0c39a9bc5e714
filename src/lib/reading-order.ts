/**
 * The whole document in reading order, as blocks. The /plan/ page renders these blocks and the
 * fidelity test rebuilds the source text from them, so what is shown is what is proven.
 */
import { partLevelMeasures, type Plan } from './model';
import { cnDate } from './text';

export type Block =
  | { kind: 'header' | 'number' | 'noticeTitle' | 'recipients' | 'notice' | 'issuer' | 'signed' | 'publication' | 'title' | 'preamble' | 'copyTo' | 'printed'; anchor?: string; text: string }
  | { kind: 'part'; anchor: string; partId: string; text: string }
  | { kind: 'partText'; partId: string; text: string }
  | { kind: 'sector'; anchor: string; sectorId: string; text: string }
  | { kind: 'measure'; anchor: string; number: number; text: string };

/** Heading of a part as printed: 一、总体要求, with a part-level task force: 五、…（非营利性服务业专班负责）. */
export function partHeading(plan: Plan, partId: string): string {
  const p = plan.partById.get(partId)!;
  const tf = p.taskForceId ? plan.taskForceById.get(p.taskForceId) : undefined;
  return `${p.numeral}、${p.heading}${tf ? `（${tf.name}负责）` : ''}`;
}

/** Heading of a sector as printed: （一）现代金融（金融业专班负责）. */
export function sectorHeading(plan: Plan, sectorId: string): string {
  const s = plan.sectorById.get(sectorId)!;
  const tf = s.taskForceId ? plan.taskForceById.get(s.taskForceId) : undefined;
  return `（${s.numeral}）${s.heading}${tf ? `（${tf.name}负责）` : ''}`;
}

/** The printed line under the 抄送 block: 山西省人民政府办公厅 2022年4月16日印发. */
export function printedLine(plan: Plan): string {
  return `${plan.document.printedBy} ${cnDate(plan.document.printed)}印发`;
}

export function readingOrder(plan: Plan): Block[] {
  const d = plan.document;
  const blocks: Block[] = [
    { kind: 'header', text: d.header },
    { kind: 'number', text: d.number },
    { kind: 'noticeTitle', anchor: 'notice', text: d.noticeTitle },
    { kind: 'recipients', text: d.recipients },
    { kind: 'notice', text: d.notice },
    { kind: 'issuer', text: d.issuer },
    { kind: 'signed', text: cnDate(d.signed) },
    { kind: 'publication', text: d.publication },
    { kind: 'title', anchor: 'plan', text: d.title },
    { kind: 'preamble', text: d.preamble },
  ];
  const measure = (n: number): Block => {
    const m = plan.measureByNumber.get(n)!;
    return { kind: 'measure', anchor: `m${n}`, number: n, text: `${n}.${m.text}` };
  };
  for (const p of plan.parts) {
    blocks.push({ kind: 'part', anchor: `part-${p.number}`, partId: p.id, text: partHeading(plan, p.id) });
    for (const t of p.text) blocks.push({ kind: 'partText', partId: p.id, text: t });
    for (const m of partLevelMeasures(plan, p.id)) blocks.push(measure(m.number));
    for (const sid of p.sectorIds) {
      blocks.push({ kind: 'sector', anchor: `sector-${sid}`, sectorId: sid, text: sectorHeading(plan, sid) });
      for (const n of plan.sectorById.get(sid)!.measureNumbers) blocks.push(measure(n));
    }
  }
  for (const line of d.copyTo) blocks.push({ kind: 'copyTo', text: line });
  blocks.push({ kind: 'printed', text: printedLine(plan) });
  return blocks;
}
