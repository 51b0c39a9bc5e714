/** English search: telling English from pinyin, the stemmer and synonym table, the English index and the judged set's floor. */
import { describe, expect, it } from 'vitest';
import { PlanText } from '../../../src/lib/search/engine/plan-text';
import { PinyinTable } from '../../../src/lib/search/engine/pinyin';
import { queryLanguage } from '../../../src/lib/search/engine/language';
import { EN_SYNONYMS, stem, tokenize } from '../../../src/lib/search/engine/english-words';
import { EnglishSearcher } from '../../../src/lib/search/engine/english';
import { buildEnglishIndex } from '../../../src/lib/search/indexer/english-build';
import { Searcher } from '../../../src/lib/search/engine/engine';
import { loadEdition } from '../../helpers/edition';
import { DEV_SET_EN, runEvaluation, siteSearcher } from '../../search/evaluate';
import { pinyinLookalikes } from '../../../src/lib/search/indexer/build';
import { index, plan } from './fixture';

const py = new PinyinTable(new PlanText(index), index.py);
const lang = (q: string) => queryLanguage(q, (w) => py.parseSyllables(w, true) !== undefined);
const edition = loadEdition();
const enIndex = buildEnglishIndex(plan, edition);
const en = new EnglishSearcher(enIndex);

describe('English or pinyin', () => {
  it('reads syllables, typed apart, together or with tone numbers or marks, and initials as pinyin', () => {
    for (const q of [
      'min shu',
      'jiazheng',
      'yang3 lao3',
      'yǎng lǎo',
      'jia zheng fu wu',
      'bxj',
      'Yang Lao',
      'nong ye seng chan',
    ])
      expect(lang(q), q).toBe('pinyin');
  });
  it('reads a query with a word that is not pinyin as English', () => {
    for (const q of [
      'green finance',
      'express delivery',
      'elderly care',
      'SME loans',
      'Elderly Care?',
      'what about childcare',
      '5G applications',
    ])
      expect(lang(q), q).toBe('en');
  });
  it('reads English words that also split into syllables as English, when the translation uses them in lower case (data, care); names stay pinyin', () => {
    const site = siteSearcher();
    for (const q of ['data', 'care', 'bank', 'rent', 'land', 'wages', 'long term'])
      expect(site.language(q), q).toBe('en');
    for (const q of ['taiyuan', 'datong', 'jia zheng', 'yanglao', 'min shu', 'jiazh'])
      expect(site.language(q), q).toBe('pinyin');
    expect(
      pinyinLookalikes(['Data and care in Datong; data'], new Set(['da', 'ta', 'cha', 're', 'tong', 'ban', 'ke'])),
    ).toEqual(['care', 'data']);
    expect(pinyinLookalikes(['the banks'], new Set(['ban', 'ke']))).toEqual(['bank']);
  });
  it('reads Han characters, and figures alone, as Chinese', () => {
    for (const q of ['养老', '5G养老', '200', '第12条', 'elderly 养老']) expect(lang(q), q).toBe('zh');
  });
});

describe('English words', () => {
  it('stems word forms to one stem (stemmer package)', () => {
    expect(stem('services')).toBe(stem('service'));
    expect(stem('Institutions')).toBe(stem('institution'));
    expect(stem('financing')).toBe(stem('finance'));
    expect(stem('2022')).toBe('2022');
  });
  it('finds words with their places, leaving marked Chinese out', () => {
    const t = tokenize('Green Bill Pass 绿票通 rediscount');
    expect(t.map((x) => x.stem)).toEqual([stem('green'), stem('bill'), stem('pass'), stem('rediscount')]);
    expect('Green Bill Pass 绿票通 rediscount'.slice(t[3]!.i, t[3]!.j)).toBe('rediscount');
  });
  it('every synonym rests on words the translation uses', () => {
    for (const [key, to] of Object.entries(EN_SYNONYMS)) {
      expect(to.length, key).toBeGreaterThan(0);
      for (const w of to) expect(en.occurs(w), `${key} → ${w}`).toBe(true);
    }
  });
});

describe('English index', () => {
  it('holds every translated measure with its sentences aligned to the Chinese anchors', () => {
    expect(enIndex.measures.length).toBe(edition.measures.size);
    for (const m of enIndex.measures) {
      const zh = plan.measures.find((x) => x.number === m.n)!;
      expect(m.s.length, `measure ${m.n}`).toBe(zh.sentences.length);
      expect(m.s.join(' ')).not.toMatch(/<span|\p{Script=Han}{0}<\//u);
    }
  });
  it('gives a measure the glossary terms of its Chinese (绿色金融 → green finance)', () => {
    const m5 = enIndex.measures.find((m) => m.n === 5)!;
    expect(m5.x.map((x) => enIndex.extras[x])).toContain('green finance');
  });
});

describe('English search', () => {
  it('finds the measure and points at the English sentence that holds the words', () => {
    const r = en.search('minimum wage', undefined, 5).results[0]!;
    expect(r.n).toBe(53);
    expect(r.lang).toBe('en');
    const sentence = enIndex.measures.find((m) => m.n === 53)!.s[r.sentence - 1]!;
    expect(sentence.toLowerCase()).toContain('minimum wage');
    expect(r.snippet.filter((s) => s.hit).map((s) => s.text.toLowerCase())).toContain('minimum wage');
  });
  it('says what the plan does not mention', () => {
    const o = en.search('cryptocurrency exchanges', undefined, 5);
    expect(o.results).toEqual([]);
    expect(o.notInPlan).toContain('cryptocurrency');
  });
  it('keeps to the chosen measures (facets)', () => {
    const o = en.search('elderly care', new Set([44]), 10);
    expect([...o.results, ...o.partial].map((r) => r.n)).toEqual([44]);
  });
  it('the Chinese engine asks for the English engine for an English query, and uses it once given', () => {
    const s = new Searcher(index);
    const before = s.search('green finance');
    expect(before.needsEnglish).toBe(true);
    expect(before.results).toEqual([]);
    expect(s.search('jia zheng').needsEnglish).toBeUndefined();
    s.useEnglish(en);
    const after = s.search('green finance');
    expect(after.english).toBe(true);
    expect(after.results[0]!.n).toBe(5);
  });
});

describe('English judged set (tests/search/dev-set-en.json)', () => {
  const e = runEvaluation(DEV_SET_EN);
  it('has at least 30 queries, some out of the plan', () => {
    expect(e.queries.length).toBeGreaterThanOrEqual(30);
    expect(e.queries.some((q) => q.relevant.length === 0)).toBe(true);
  });
  it('meets the floor: MRR ≥ 0.9, every out-of-plan query answered honestly', () => {
    expect(e.overall.mrr).toBeGreaterThanOrEqual(0.9);
    for (const q of e.queries.filter((x) => !x.relevant.length)) expect(q.honest, q.q).toBe(true);
  });
});
