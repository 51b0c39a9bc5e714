/**
 * Build-time only: turns the plan into the static search index. Segmentation (Intl.Segmenter),
 * pinyin (pinyin-pro) and the traditional→simplified map (opencc-js) are computed here, never in
 * the browser. Never import this module from browser code.
 */
import { pinyin } from 'pinyin-pro';
import * as OpenCC from 'opencc-js';
import type { Plan } from '../../model/model';
import type { HomophoneTable, IndexAgency, SearchIndex } from '../engine/types';
import { AGENCY_SHORT_FORMS, SYNONYMS } from './synonyms';
import { CONCEPTS } from './concepts';
import { NAMED_SHORT_NAMES } from './short-names';
import { fuzzyVariants } from '../engine/pinyin';
import { documentPassages } from './document';

const HAN = /\p{Script=Han}/u;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Word lengths of a sentence in base 36, one character per word (long runs split into 35s).
 * Intl.Segmenter's words, with a boundary added at both ends of every occurrence of one of the plan's
 * own names (`names`: agencies, sectors, task forces), so that 民政 in 省民政厅 starts a word while 民政
 * in 人民政府 stays inside two.
 */
export function wordLengths(sentence: string, names: string[] = []): string {
  const cuts = new Set<number>();
  let pos = 0;
  for (const { segment } of segmenter.segment(sentence)) {
    pos += segment.length;
    cuts.add(pos);
  }
  for (const name of names) {
    for (let i = sentence.indexOf(name); i >= 0; i = sentence.indexOf(name, i + 1)) {
      if (i > 0) cuts.add(i);
      cuts.add(i + name.length);
    }
  }
  let out = '';
  let from = 0;
  for (const at of [...cuts].sort((a, b) => a - b)) {
    let len = at - from;
    while (len > 35) {
      out += 'z';
      len -= 35;
    }
    if (len > 0) out += len.toString(36);
    from = at;
  }
  return out;
}

/** Tone-less pinyin syllables of a word, ü written v (as people type it). */
function syllables(word: string): string[] {
  return pinyin(word, { toneType: 'none', type: 'array' }).map((s) => s.replace(/ü/gu, 'v'));
}

function encodePinyin(map: Map<string, Set<string>>): string {
  const bySyllable = new Map<string, string[]>();
  for (const [ch, set] of map) for (const s of set) (bySyllable.get(s) ?? bySyllable.set(s, []).get(s)!).push(ch);
  return [...bySyllable.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([s, chars]) => `${s}:${chars.sort().join('')}`)
    .join('|');
}

/** The ways an agency is written: name, aliases, full name, and short forms without 省/山西省 and, for the core, without the 厅/局/委 suffix. */
export function agencyNames(a: { id: string; name: string; fullName: string; aliases: string[] }): string[] {
  const names = new Set<string>([a.name, a.fullName, ...a.aliases, ...(AGENCY_SHORT_FORMS[a.id] ?? [])]);
  for (const n of [...names]) {
    const short = n.replace(/^(山西省|山西|省)/u, '');
    if (short.length >= 2 && short !== n) names.add(short);
    const core = short.replace(/(厅|局|委|办)$/u, '');
    if (core.length >= 2 && core !== short && !/^(发展|服务)/u.test(core)) names.add(core);
  }
  return [...names].filter((n) => n.length >= 2);
}

/** The everyday-word table the engine reads: the older synonyms and the quoted concepts, merged. */
export function everydayWords(): [string, string[]][] {
  const out = new Map<string, string[]>(Object.entries(SYNONYMS).map(([w, t]) => [w, [...t]]));
  for (const c of CONCEPTS) for (const w of c.words) out.set(w, [...new Set([...(out.get(w) ?? []), ...c.to])]);
  for (const n of NAMED_SHORT_NAMES) for (const w of n.short) out.set(w, [...new Set([...(out.get(w) ?? []), n.name])]);
  return [...out.entries()];
}

/** Text the plan publishes, flattened: sentences and parentheses of every measure, and the document's other text. */
function planTexts(plan: Plan): string[] {
  return [
    ...plan.measures.flatMap((m) => [...m.sentences, m.responsibility]),
    ...documentPassages(plan).flatMap((p) => p.s),
  ];
}

/** Lower-case words of the English texts (four letters or more) that read as `syllables` as the engine reads pinyin (data → da ta, bank → ban k…). */
export function pinyinLookalikes(texts: string[], syllables: Set<string>): string[] {
  const reads = (w: string): boolean => {
    const ok: boolean[] = [true];
    for (let j = 1; j <= w.length; j++) {
      ok[j] = false;
      // as the engine reads pinyin: with the input methods' fuzzy spellings (care → cha re)
      for (let i = Math.max(0, j - 6); i < j && !ok[j]; i++)
        ok[j] = ok[i]! && fuzzyVariants(w.slice(i, j)).some((v) => syllables.has(v));
    }
    // the last syllable may be still being typed, as the engine reads it (bank → ban k…)
    return ok[w.length]! || ok.some((o, i) => o && i > 0 && w.length - i <= 5 && prefixes.has(w.slice(i)));
  };
  const prefixes = new Set(
    [...syllables].flatMap((s) => Array.from({ length: s.length }, (_, k) => s.slice(0, k + 1))),
  );
  // words written in lower case somewhere: names (Taiyuan, Datong, Shanxi) are pinyin in both editions
  // and their singulars (banks → bank)
  const lower = texts.flatMap((t) => t.match(/(?<![\p{L}\p{N}])[a-z]{4,}(?![\p{L}\p{N}])/gu) ?? []);
  const words = new Set([
    ...lower,
    ...lower.flatMap((w) => (/[^s]s$/u.test(w) && w.length > 4 ? [w.slice(0, -1)] : [])),
  ]);
  return [...words].filter(reads).sort();
}

/** `englishTexts`: the English translation's sentences, for the English words that read as pinyin (index.en). */
export function buildSearchIndex(plan: Plan, englishTexts: string[] = []): SearchIndex {
  const partIdx = new Map(plan.parts.map((p, i) => [p.id, i]));
  const sectorIdx = new Map(plan.sectors.map((s, i) => [s.id, i]));
  const tfIdx = new Map(plan.taskForces.map((t, i) => [t.id, i]));
  const agencyIdx = new Map(plan.agencies.map((a, i) => [a.id, i]));

  // pinyin of each character as read in its words
  const py = new Map<string, Set<string>>();
  const addWord = (word: string) => {
    if (!HAN.test(word)) return;
    const chars = Array.from(word);
    const syl = syllables(word);
    if (syl.length !== chars.length) return;
    chars.forEach((ch, i) => {
      if (HAN.test(ch)) (py.get(ch) ?? py.set(ch, new Set()).get(ch)!).add(syl[i]!);
    });
  };
  for (const text of planTexts(plan)) for (const { segment } of segmenter.segment(text)) addWord(segment);
  for (const a of plan.agencies)
    for (const n of [a.name, a.fullName, ...a.aliases])
      for (const { segment } of segmenter.segment(n)) addWord(segment);

  const agencies: IndexAgency[] = plan.agencies.map((a) => ({ id: a.id, label: a.name, names: agencyNames(a) }));
  // the plan's own names, longest first: their ends are word boundaries
  const names = [
    ...new Set([
      ...agencies.flatMap((a) => a.names),
      ...plan.sectors.map((x) => x.heading),
      ...plan.taskForces.map((t) => t.name),
    ]),
  ]
    .filter((n) => n.length >= 3)
    .sort((a, b) => b.length - a.length);
  return {
    v: 1,
    measures: plan.measures.map((m) => {
      const s = [...m.sentences, m.responsibility];
      return {
        n: m.number,
        s,
        w: s.map((x) => wordLengths(x, names)),
        p: partIdx.get(m.partId)!,
        c: m.sectorId ? sectorIdx.get(m.sectorId)! : -1,
        f: m.taskForceId ? tfIdx.get(m.taskForceId)! : -1,
        a: m.agencies.map((r) => [agencyIdx.get(r.id)!, r.role === 'cooperate' ? 1 : 0] as [number, 0 | 1]),
      };
    }),
    docs: documentPassages(plan).map(({ d, t, s, part }) => {
      const all = [...s, ''];
      const p = part === undefined ? -1 : plan.parts.findIndex((x) => x.number === part);
      // the title is left to the engine where it is the part's label or 通知
      const label = p >= 0 || t === '通知' ? {} : { t };
      return { d, ...label, s: all, w: all.map((x) => wordLengths(x, names)), ...(p >= 0 ? { p } : {}) };
    }),
    parts: plan.parts.map((p) => ({ id: p.id, label: `${p.numeral}、${p.heading}` })),
    sectors: plan.sectors.map((s) => ({ id: s.id, label: `（${s.numeral}）${s.heading}` })),
    taskForces: plan.taskForces.map((t) => ({ id: t.id, label: t.name })),
    agencies,
    py: encodePinyin(py),
    syn: everydayWords(),
    en: pinyinLookalikes(englishTexts, new Set([...py.values()].flatMap((s) => [...s]))).join(' ') || undefined,
  };
}

/** Traditional forms of the plan's characters → the plan's, from whole-text conversion (context-aware) and per character. */
export function traditionalMap(plan: Plan): string {
  const t2s = new Map<string, string>();
  const planChars = new Set(
    planTexts(plan)
      .join('')
      .split('')
      .filter((c) => HAN.test(c)),
  );
  for (const to of ['t', 'tw', 'hk'] as const) {
    const conv = OpenCC.Converter({ from: 'cn', to });
    for (const text of planTexts(plan)) {
      const trad = conv(text);
      if (trad.length !== text.length) continue;
      for (let i = 0; i < text.length; i++) if (trad[i] !== text[i] && HAN.test(trad[i]!)) t2s.set(trad[i]!, text[i]!);
    }
    for (const ch of planChars) {
      const t = conv(ch);
      if (t.length === 1 && t !== ch) t2s.set(t, ch);
    }
  }

  return [...t2s.entries()]
    .sort()
    .map(([t, s]) => t + s)
    .join('');
}

/** GB 2312 level-1 characters (the 3,755 most common) that the plan does not use, by pinyin; and the traditional map. */
export function buildHomophones(plan: Plan): HomophoneTable {
  const planChars = new Set(planTexts(plan).join(''));
  const planSyllables = new Set<string>();
  for (const text of planTexts(plan))
    for (const s of syllables(text.replace(/[^\p{Script=Han}]/gu, ''))) planSyllables.add(s);
  const dec = new TextDecoder('gb18030');
  const map = new Map<string, Set<string>>();
  for (let hi = 0xb0; hi <= 0xd7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length !== 1 || !HAN.test(ch) || planChars.has(ch)) continue;
      const readings = pinyin(ch, { toneType: 'none', type: 'array', multiple: true }).map((s) =>
        s.replace(/ü/gu, 'v'),
      );
      const keep = readings.filter((r) => planSyllables.has(r));
      if (keep.length) map.set(ch, new Set(keep));
    }
  }
  return { v: 1, py: encodePinyin(map), t2s: traditionalMap(plan) };
}
