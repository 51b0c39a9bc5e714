/**
 * Numbers and their units are read as one word: a line must not break inside `7.5%`, `200家`,
 * `2022年`, `5-10个` or `2∶2∶4∶2`. Chinese text may otherwise break between any two characters, so
 * each number-with-unit run is wrapped in a no-wrap span: by the build for server-rendered pages
 * (src/lib/build/nowrap.ts) and by the islands themselves (src/islands/explorer/Nums.tsx), so the
 * islands' server HTML is exactly what React renders in the browser.
 * Pure and browser-safe; concatenating the segments gives back the input exactly.
 */

/** Measure words and units that follow a number in the plan's kind of text (longest first where they overlap). */
const UNITS = [
  '平方公里',
  '平方米',
  '公里',
  '千米',
  '万亩',
  '人次',
  '小时',
  '个月',
  '周岁',
  '千瓦',
  '万吨',
  '%',
  '‰',
  '℃',
  '年',
  '月',
  '日',
  '号',
  '家',
  '个',
  '项',
  '条',
  '所',
  '座',
  '张',
  '次',
  '倍',
  '户',
  '辆',
  '架',
  '亩',
  '米',
  '吨',
  '台',
  '名',
  '人',
  '元',
  '万',
  '亿',
  '千',
  '百',
  '场',
  '批',
  '类',
  '部',
  '天',
  '岁',
  '届',
  '期',
  '级',
  '星',
  '处',
  '件',
  '种',
  '位',
  '支',
  '套',
  '间',
  '床',
  '栋',
  '片',
  '点',
  '成',
  'G',
  'A',
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const UNIT = `(?:${UNITS.map(escape).join('|')})`;
/**
 * A number: digits with decimals, thousands separators, ratios (∶ : 梄), ranges (- ~ 至 到 — –) and
 * 万/亿 multipliers, optionally preceded by 第, optionally followed by up to two units (2.5万元, 3万个).
 * Latin units must not run into a following Latin word.
 */
const NUMBER = `第?\\d+(?:[.,]\\d+)*(?:[∶:梄/]\\d+(?:\\.\\d+)*)*(?:[-~～—–至到]\\d+(?:\\.\\d+)*)?(?:${UNIT}(?![a-z])){0,2}`;
/** An ordinal in Chinese numerals with its measure word: 第四家, 第十二条 (without 第, too many ordinary words match). */
const ORDINAL = `第[一二三四五六七八九十百千两]+${UNIT}`;
const RUN = new RegExp(`${ORDINAL}|${NUMBER}`, 'gu');

export interface Segment {
  text: string;
  /** Whether the segment is a number with its unit, to be kept on one line. */
  keep: boolean;
}

/** Splits text into plain segments and number-with-unit runs. A run of one character is left plain. */
export function numberRuns(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(RUN)) {
    const run = m[0];
    if (Array.from(run).length < 2) continue;
    const at = m.index!;
    if (at > last) out.push({ text: text.slice(last, at), keep: false });
    out.push({ text: run, keep: true });
    last = at + run.length;
  }
  if (last < text.length) out.push({ text: text.slice(last), keep: false });
  return out;
}
