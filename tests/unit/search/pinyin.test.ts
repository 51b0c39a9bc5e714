/** src/lib/search/engine/pinyin: the plan's syllables and the syllable scanner. */
import { describe, expect, it } from 'vitest';
import { PlanText, type TermHits } from '../../../src/lib/search/engine/plan-text';
import { decodePinyin, PinyinTable } from '../../../src/lib/search/engine/pinyin';
import { index } from './fixture';

const text = new PlanText(index);
const py = new PinyinTable(text, index.py);
const name = (set: Set<number>) => [...set].map((id) => py.sylNames[id]).sort();

describe('pinyin', () => {
  it('decodes the "syllable:chars|…" form', () => {
    const into = new Map<string, number[]>();
    const ids = new Map<string, number>();
    const names: string[] = [];
    decodePinyin('hang:行|xing:行星', into, ids, names);
    expect(names).toEqual(['hang', 'xing']);
    expect(into.get('行')).toEqual([0, 1]);
  });

  it('splits typed letters into syllables, the last one possibly unfinished', () => {
    const parse = py.parseSyllables('jiazheng')!;
    expect(parse.map(name)).toEqual([['jia'], ['zheng']]);
    expect(py.parseSyllables('jiazhe')!.length).toBe(2);
    expect(py.parseSyllables('qqqq')).toBeUndefined();
  });

  it('scans for characters whose syllables match, at word boundaries', () => {
    const hits: TermHits = new Map();
    py.scan(py.parseSyllables('jiazheng')!, [], text.prepared, hits, () => 1, false);
    const found = new Set<string>();
    for (const [x, occs] of hits) for (const o of occs) found.add(text.prepared[x]!.m.s[o.k]!.slice(o.i, o.j));
    expect(found).toContain('家政');
    for (const w of found) expect(w).toHaveLength(2);
  });

  it('knows characters outside the plan only once the homophone table is loaded', () => {
    const t = new PinyinTable(text, index.py);
    expect(t.syllablesOf('拖')).toBeUndefined();
    t.addExtra('tuo:拖');
    expect(t.extraLoaded).toBe(true);
    expect(t.syllablesOf('拖')!.map((id) => t.sylNames[id])).toEqual(['tuo']);
  });
});
