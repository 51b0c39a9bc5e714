/**
 * The English edition's build checks: every Chinese sentence has exactly one non-empty English sentence,
 * numbers carried over, agencies under their glossary names, no Chinese outside marked terms — each
 * failure naming file and field. Broken fixtures are made from a valid translation of measure 20.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEdition, type EditionInput } from '../../src/lib/i18n/edition';
import { ContentError } from '../../src/lib/model/model';
import { missingNumbers, segments, sentenceProblems, strayChinese } from '../../src/lib/i18n/translation-check';
import { ROOT, loadPlan } from '../helpers/content';
import { enMeasureEntry, loadEdition, loadEditionInput } from '../helpers/edition';

const FIXTURE = readFileSync(join(ROOT, 'tests/fixtures/translations/20.yaml'), 'utf8');
const FILE = 'content/translations/en/measures/20.yaml';

/** The real glossary and document translation with one measure file (edited), in place of the real measure files. */
function withMeasure(edit: (text: string) => string = (t) => t, file = FILE): EditionInput {
  const input = loadEditionInput();
  const text = edit(FIXTURE);
  return {
    ...input,
    measures: [...input.measures.filter((e) => !e.id.endsWith('20')), enMeasureEntry(text, file)],
  };
}

function problemsOf(input: EditionInput): string[] {
  try {
    buildEdition(loadPlan(), input);
  } catch (e) {
    if (e instanceof ContentError) return e.problems.map((p) => `${p.file} → ${p.field}: ${p.message}`);
    throw e;
  }
  return [];
}

describe('the English edition as committed', () => {
  it('passes every check, and reports which measures still lack a translation', () => {
    const edition = loadEdition();
    const total = loadPlan().measures.length;
    console.log(
      `English translation: ${edition.measures.size} of ${total} measures translated; missing: ${edition.missing.join(', ') || 'none'}`,
    );
    expect(edition.measures.size + edition.missing.length).toBe(total);
    expect(edition.missing.every((n) => !edition.measures.has(n))).toBe(true);
  });

  it('gives every agency, task force, sector and part an English name', () => {
    const plan = loadPlan();
    const edition = loadEdition();
    for (const a of plan.agencies) expect(edition.agencyName.get(a.id), a.id).toMatch(/^[^\p{Script=Han}]+$/u);
    expect(edition.taskForceName.size).toBe(8);
    expect(edition.sectorHeading.size).toBe(14);
    expect(edition.partHeading.size).toBe(7);
  });

  it('aligns a translated measure with the Chinese sentence by sentence', () => {
    const edition = buildEdition(loadPlan(), withMeasure());
    const m = edition.measures.get(20)!;
    expect(m.sentences).toHaveLength(loadPlan().measureByNumber.get(20)!.sentences.length);
    expect(m.sentences[0]).toBe('Expand integrated digital applications');
  });
});

describe('one spelling throughout', () => {
  // British forms the translators have used; the glossary asks for American spelling everywhere
  const BRITISH =
    /\b\w*?(?:organis|optimis|standardis|utilis|stabilis|specialis|revitalis|publicis|normalis|commercialis|modernis|prioritis|digitalis|marketis|urbanis|industrialis|internationalis|recognis|harmonis|mobilis|subsidis|categoris|formalis|socialis|centralis|localis|rationalis|customis|romanis|summaris|personalis|institutionalis|professionalis)(?:e|ed|es|ing|ation|ations)\b|\b\w*(?:honour|behaviour|favour|colour|neighbour|labour|centre|programme|catalogue|calibre)\w*|\b\w*(?:analys|paralys|catalys)(?:e|ed|es|ing)\b/giu;
  it('spells the American way in the glossary and every translation file', () => {
    const { glossary, document, measures } = loadEditionInput();
    const texts: [string, string][] = [
      ['content/glossary.yaml', JSON.stringify(glossary[0]!.data)],
      ['content/translations/en/document.yaml', JSON.stringify(document[0]!.data)],
      ...measures.map((m): [string, string] => [m.filePath ?? m.id, JSON.stringify(m.data)]),
    ];
    const british = texts.flatMap(([file, text]) => (text.match(BRITISH) ?? []).map((w) => `${file}: ${w}`));
    expect(british).toEqual([]);
  });
  it('would notice a British form', () => {
    expect('the organisation of time-honoured brands'.match(BRITISH)).toEqual(['organisation', 'honoured']);
    expect('analysing high-calibre staff'.match(BRITISH)).toEqual(['analysing', 'calibre']);
  });
});

describe('one rendering throughout (independent data review, 2026)', () => {
  const plan = loadPlan();
  const edition = loadEdition();
  /** Every English sentence whose Chinese sentence contains `zh`. */
  const renderingsOf = (zh: string) =>
    plan.measures.flatMap((m) => {
      const en = edition.measures.get(m.number);
      if (!en) return [];
      const zhs = m.sentences;
      const ens = en.sentences; // the edition aligns them with the plan: [title, s2, s3, …]
      return zhs.flatMap((z, i) => (z.includes(zh) ? [{ measure: m.number, en: ens[i] ?? '' }] : []));
    });
  const all = () => [...edition.measures.values()].flatMap((m) => [m.title, ...m.sentences, m.responsibility]);

  it('我省 is “the province” and 常态化 疫情防控 “regular epidemic prevention and control” wherever they occur', () => {
    const ours = renderingsOf('我省');
    expect(ours.length).toBeGreaterThan(3);
    for (const r of ours) expect(r.en, `measure ${r.measure}`).not.toMatch(/\bour province/iu);
    for (const r of renderingsOf('常态化'))
      expect(r.en, `measure ${r.measure}`).toContain('regular epidemic prevention');
  });
  it('钟楼 is the Bell Tower in every measure', () => {
    const bell = renderingsOf('钟楼');
    expect(bell.map((r) => r.measure)).toEqual([32, 38]);
    for (const r of bell) expect(r.en, `measure ${r.measure}`).toContain('Bell Tower');
  });
  it('one ratio sign (2:2:4:2, 5:5) and one apostrophe (straight) in every translation', () => {
    const text = all().join('\n');
    expect(text).not.toContain('∶');
    expect(text).toMatch(/2:2:4:2/u);
    expect(text).toMatch(/5:5/u);
    expect(text.match(/\w’\w/gu) ?? []).toEqual([]);
  });
  it('measure 1 carries a translator’s note on 失业保险稳岗缓还, and a note on a term not in its sentence fails', () => {
    expect(edition.measures.get(1)!.notes.map((n) => n.term)).toContain('失业保险稳岗缓还');
    const bad = withMeasure((t) => `${t}\nnotes:\n  - { sentence: 2, term: 不存在的词, note: "A note." }\n`);
    expect(problemsOf(bad)).toContainEqual(
      expect.stringMatching(/20\.yaml → notes\[0\]\.term: "不存在的词" is not in sentence 2/u),
    );
  });
  it('measure 10: 2022年末…达到 is “by the end of 2022”', () => {
    expect(edition.measures.get(10)!.sentences.join(' ')).toContain('by the end of 2022');
  });
});

describe('a broken translation fails the build, naming file and field', () => {
  it('one sentence too few', () => {
    const p = problemsOf(withMeasure((t) => t.replace(/\n {2}- "Promote the digital[^\n]*/u, '')));
    expect(p).toContainEqual(
      expect.stringMatching(
        /^content\/translations\/en\/measures\/20\.yaml → sentences: has 1 sentence, the Chinese has 2/u,
      ),
    );
    expect(p).toContainEqual(
      expect.stringMatching(
        /20\.yaml → sentences\[1\]: missing: the Chinese has a sentence here: "推动公共服务领域数字化发展/u,
      ),
    );
  });

  it('an empty sentence', () => {
    const p = problemsOf(withMeasure((t) => t.replace(/"Promote the digital[^\n]*"/u, '""')));
    expect(p).toContain(`${FILE} → sentences[1]: is empty`);
  });

  it('a number of the Chinese left out', () => {
    const p = problemsOf(withMeasure((t) => t.replace('for 15 key fields', 'for fifteen key fields')));
    expect(p).toContainEqual(expect.stringMatching(/20\.yaml → sentences\[0\]: lacks the number 15 of the Chinese/u));
  });

  it('Chinese outside a marked original term, and a marked term that is fine', () => {
    expect(problemsOf(withMeasure((t) => t.replace('“Sail Far”', '“扬帆远航”')))).toContainEqual(
      `${FILE} → sentences[0]: contains Chinese outside <span lang="zh-CN">…</span>: 扬 帆 远 航`,
    );
    expect(
      problemsOf(withMeasure((t) => t.replace('“Sail Far”', '“Sail Far” (<span lang=\\"zh-CN\\">扬帆远航</span>)'))),
    ).toEqual([]);
  });

  it('an agency not under its glossary name, and a role left out', () => {
    const p = problemsOf(
      withMeasure((t) =>
        t.replace('Provincial Health Commission,', 'Health Commission of Shanxi,').replace(' lead;', ';'),
      ),
    );
    expect(p).toContain(
      `${FILE} → responsibility: does not name 省卫健委 as "Provincial Health Commission" (its name in content/glossary.yaml)`,
    );
    expect(p).toContain(`${FILE} → responsibility: does not give the role "lead" that the Chinese gives`);
  });

  it('a number that does not match the file name', () => {
    const p = problemsOf(withMeasure((t) => t, 'content/translations/en/measures/21.yaml'));
    expect(p).toContain('content/translations/en/measures/21.yaml → number: 20 does not match the file name 21');
  });

  it('a glossary without an agency', () => {
    const input = withMeasure();
    const g = input.glossary[0]!.data;
    const p = problemsOf({
      ...input,
      glossary: [
        {
          id: 'en',
          data: { ...g, agencies: g.agencies.filter((a) => a.id !== 'postal') },
        },
      ],
    });
    expect(p).toContain('content/glossary.yaml → agencies: no English for "postal"');
  });

  it('a part text with a sentence merged away', () => {
    const input = withMeasure();
    const d = input.document[0]!.data;
    const merged = [[d.partTexts['1']![0]!.slice(0, 2).join(' ')]];
    const p = problemsOf({
      ...input,
      document: [
        {
          id: 'en',
          data: { ...d, partTexts: { ...d.partTexts, '1': merged } },
        },
      ],
    });
    expect(p).toContainEqual(
      expect.stringMatching(
        /^content\/translations\/en\/document\.yaml → partTexts\.1\[0\]: has 1 sentence, the Chinese has 3/u,
      ),
    );
  });
});

describe('sentence checks', () => {
  it('accepts numbers as written, with thousands separators, converted from 万/亿, and months by name', () => {
    expect(missingNumbers('新建5G基站3万个', 'build 30,000 5G base stations')).toEqual([]);
    expect(
      missingNumbers(
        '按照省级100万元、国家级200万元',
        '1 million yuan at provincial level and 2 million yuan at national level',
      ),
    ).toEqual([]);
    expect(missingNumbers('力争达到7.5%左右', 'strive for around 7.5%')).toEqual([]);
    expect(missingNumbers('每年5-10个', '5–10 each year')).toEqual([]);
    expect(missingNumbers('2022年4月14日', 'April 14, 2022')).toEqual([]);
    expect(missingNumbers('给予1000万元奖励', 'an award of 10 million yuan')).toEqual([]);
  });

  it('finds numbers that are missing or changed', () => {
    expect(missingNumbers('力争达到7.5%左右', 'strive for around 7%')).toEqual(['7.5']);
    expect(missingNumbers('新建5G基站3万个', 'build 3,000 5G base stations')).toEqual(['3']);
    expect(missingNumbers('每年5-10个', '5–12 each year')).toEqual(['10']);
    expect(missingNumbers('4月底前', 'by the end of May')).toEqual(['4']);
  });

  it('finds Chinese characters and full-width punctuation outside marked terms', () => {
    expect(strayChinese('relief (<span lang="zh-CN">纾困</span>)')).toEqual([]);
    expect(strayChinese('relief（纾困）')).toEqual(['（', '纾', '困', '）']);
    expect(sentenceProblems('纾困。', 'relief <b>now</b>')).toEqual([
      'contains markup other than <span lang="zh-CN">…</span>: <b> </b>',
    ]);
  });

  it('splits a sentence into plain text and marked terms', () => {
    expect(segments('the <span lang="zh-CN">专班</span> meets')).toEqual([
      { text: 'the ', zh: false },
      { text: '专班', zh: true },
      { text: ' meets', zh: false },
    ]);
  });
});
