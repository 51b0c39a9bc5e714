/**
 * Quantified targets and the completeness of numbers: every number in the text of the parts and
 * the measures is either a target (its figure or its deadline) or listed, with a reason, as not one.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { CONTENT, loadPlan } from '../helpers/content';
import { loadDerived, loadDerivedInput } from '../helpers/derived';
import { buildDerived, targetPhrase } from '../../src/lib/editorial/derived';
import {
  assertNumbersAccounted,
  auditNumbers,
  chineseNumeralValue,
  describeOccurrence,
  numberTokens,
} from '../../src/lib/editorial/numbers';
import { ContentError } from '../../src/lib/model/model';

const plan = loadPlan();
const derived = loadDerived();

describe('numbers in the text', () => {
  it('tokenises decimals, ranges, ratios and names as the text prints them', () => {
    expect(numberTokens('增速力争达到7.5%左右')).toEqual(['7.5']);
    expect(numberTokens('布局建设3-5个省实验室')).toEqual(['3-5']);
    expect(numberTokens('与银行2∶2∶4∶2风险分担')).toEqual(['2∶2∶4∶2']);
    expect(numberTokens('构建“1+3+N”一体化，新建5G基站3万个')).toEqual(['1+3', '5', '3']);
    expect(numberTokens('发改财金〔2022〕271号')).toEqual(['2022', '271']);
  });

  it('counts quantities in Chinese numerals, not the article 一', () => {
    expect(numberTokens('再贷款两项工具落地见效')).toEqual(['两']);
    expect(numberTokens('适时引进第四家基地航空公司')).toEqual(['第四']);
    expect(numberTokens('党的十九大和十九届历次全会')).toEqual(['十九', '十九']);
    expect(numberTokens('培育一批示范企业，推动一体化运营，进一步消化，一次性给予')).toEqual([]);
    expect(numberTokens('“一控二降三提升”原则')).toEqual(['二', '三']);
    expect(chineseNumeralValue('第四')).toBe(4);
    expect(chineseNumeralValue('十九')).toBe(19);
    expect(chineseNumeralValue('两')).toBe(2);
    expect(chineseNumeralValue('二十')).toBe(20);
  });

  it('a Chinese-numeral quantity listed nowhere fails the build check, naming where it is (八大工作专班, measure 66)', () => {
    const input = loadDerivedInput();
    const d = buildDerived(plan, { ...input, nonTargets: input.nonTargets.filter((n) => n.id !== 'm66-task-forces') });
    expect(() => assertNumbersAccounted(plan, d)).toThrow(
      /第66条 s4 “八”: this number in the text is neither a target/,
    );
  });

  it('counted independently: the Chinese numeral characters of the text equal those the two files account for', () => {
    // Every 二两三四五六七八九十百千 of the published text, character by character, without the tokeniser.
    const chars = (s: string) => s.match(/[二两三四五六七八九十百千]/gu) ?? [];
    const inText = [...plan.parts.flatMap((p) => p.text), ...plan.measures.map((m) => m.text)].flatMap(chars).sort();
    const targets = YAML.parse(readFileSync(join(CONTENT, 'targets.yaml'), 'utf8')) as { figure?: string }[];
    const others = YAML.parse(readFileSync(join(CONTENT, 'non-targets.yaml'), 'utf8')) as { number: string }[];
    const claimed = [...targets.map((t) => t.figure ?? ''), ...others.map((n) => n.number)].flatMap(chars).sort();
    expect(claimed).toEqual(inText);
  });

  it('every number in parts and measures is a target or listed with a reason (completeness)', () => {
    const audit = auditNumbers(plan, derived);
    expect(
      audit.missing.map((o) => describeOccurrence(plan, o)),
      'numbers listed nowhere',
    ).toEqual([]);
    expect(
      audit.extra.map((o) => `${o.by}: ${describeOccurrence(plan, o)}`),
      'entries naming numbers not in the text',
    ).toEqual([]);
  });

  it('counted independently: the digit runs of the published text equal those the two files account for', () => {
    // A plain /\d+/ over the text as published, part by part and measure by measure, without the tokeniser.
    const digitRuns = (s: string) => s.match(/\d+/gu) ?? [];
    const inText = [...plan.parts.flatMap((p) => p.text), ...plan.measures.map((m) => m.text)]
      .flatMap(digitRuns)
      .sort();
    const targets = YAML.parse(readFileSync(join(CONTENT, 'targets.yaml'), 'utf8')) as {
      figure?: string;
      deadline?: string;
    }[];
    const others = YAML.parse(readFileSync(join(CONTENT, 'non-targets.yaml'), 'utf8')) as { number: string }[];
    const claimed = [...targets.flatMap((t) => [t.figure ?? '', t.deadline ?? '']), ...others.map((n) => n.number)]
      .flatMap(digitRuns)
      .sort();
    expect(claimed).toEqual(inText);
  });

  it('a number missing from both files fails the build check, naming where it is', () => {
    const input = loadDerivedInput();
    const d = buildDerived(plan, { ...input, nonTargets: input.nonTargets.filter((n) => n.id !== 'm01-docno') });
    expect(() => assertNumbersAccounted(plan, d)).toThrow(ContentError);
    expect(() => assertNumbersAccounted(plan, d)).toThrow(
      /content\/non-targets\.yaml → 第1条 s2 “271”: this number in the text is neither a target/,
    );
  });

  it('an entry naming a number its sentence does not have fails', () => {
    const yaml = '- { id: ghost, measure: 2, sentence: 3, number: "5", reason: count, note: x }\n';
    expect(() => buildDerived(plan, loadDerivedInput({ nonTargets: yaml }))).toThrow(
      /content\/non-targets\.yaml → ghost\.number: "5" does not occur in sentence 3/,
    );
  });
});

describe('targets', () => {
  it('the headline target of part 一: 2022年，全省服务业增加值增速力争达到7.5%左右', () => {
    const t = derived.targets.find((x) => x.location.part === 1)!;
    expect(plan.parts[0]!.text.join('')).toContain(t.sentenceText);
    expect(t).toMatchObject({
      figure: '7.5',
      value: 7.5,
      unit: '%',
      comparators: ['力争', '达到', '左右'],
      deadline: '2022年',
      agencies: [],
    });
    expect(targetPhrase(t)).toEqual({ before: '力争达到', figure: '7.5%', after: '左右' });
  });

  it('the measures that set goal numbers, read from the text', () => {
    const measures = [...new Set(derived.targets.flatMap((t) => (t.location.measure ? [t.location.measure] : [])))];
    expect(measures).toEqual([8, 10, 11, 12, 15, 16, 17, 18, 19, 25, 28, 29, 34, 37, 43, 44, 47, 48, 50]);
  });

  it('one rule for ordinals and dated commitments: 34’s 第三批 is a target like 11’s 第四家, 48’s 年底前选树一批 like 12’s 全覆盖', () => {
    expect(derived.targets.find((x) => x.location.measure === 34)).toMatchObject({
      figure: '第三',
      value: 3,
      unit: '批',
    });
    expect(derived.nonTargets.some((n) => n.location.measure === 34 && n.reason === 'ordinal')).toBe(false);
    const m48 = derived.targets.find((x) => x.location.measure === 48)!;
    expect(m48.figure).toBe('');
    expect(m48.goal).toContain('示范项目');
    expect(m48.deadline).toBe('年底前');
  });

  it('measure 11: 第四家基地航空公司 is a target, its figure in Chinese numerals', () => {
    const t = derived.targets.find((x) => x.id === 'm11-base-airline')!;
    expect(t).toMatchObject({ figure: '第四', value: 4, unit: '家' });
    expect(targetPhrase(t).figure).toBe('第四家');
  });

  it('measure 12: the dated commitment 2022年底…全覆盖 is a target without a figure, and its year is no longer a non-target', () => {
    const t = derived.targets.find((x) => x.location.measure === 12)!;
    expect(t).toMatchObject({ goal: '全覆盖', deadline: '2022年底', value: null, figure: '' });
    expect(targetPhrase(t)).toEqual({ before: '', figure: '全覆盖', after: '' });
    expect(derived.nonTargets.some((n) => n.location.measure === 12)).toBe(false);
    // the old reading (2022 as a mere date) now claims a number already accounted for by the target
    const input = loadDerivedInput({
      nonTargets: '- { id: m12-deadline, measure: 12, sentence: 3, number: "2022", reason: date, note: x }\n',
    });
    const d = buildDerived(plan, { ...input, nonTargets: [...loadDerivedInput().nonTargets, ...input.nonTargets] });
    expect(() => assertNumbersAccounted(plan, d)).toThrow(/non-targets\.yaml → m12-deadline: claims 第12条 s3 “2022”/);
  });

  it('ranges keep both bounds; deadlines are as printed', () => {
    const byId = new Map(derived.targets.map((t) => [t.id, t]));
    expect(byId.get('m15-labs')).toMatchObject({ value: 3, valueMax: 5, unit: '个' });
    expect(byId.get('m10-freight-turnover')).toMatchObject({ value: 1000, unit: '亿元', deadline: '2022年末' });
    expect(byId.get('m47-build-cycle')).toMatchObject({ value: 24, unit: '个月', comparators: ['压减至'] });
    expect(targetPhrase(byId.get('m08-guarantee-fee')!)).toEqual({ before: '降至', figure: '1%', after: '以下' });
  });

  it('responsible agencies come from the measure: 牵头 and 负责, not 配合', () => {
    const t = derived.targets.find((x) => x.id === 'm10-freight-turnover')!;
    expect(t.agencies.map((a) => a.name)).toEqual(['省交通厅']); // （省交通厅负责）
    for (const x of derived.targets) {
      if (x.location.measure === undefined) continue;
      const m = plan.measureByNumber.get(x.location.measure)!;
      expect(
        x.agencies.map((a) => a.id),
        x.id,
      ).toEqual([...new Set(m.agencies.filter((a) => a.role !== 'cooperate').map((a) => a.id))]);
    }
  });

  it('a figure that is not in the quote fails, naming file and field', () => {
    const yaml =
      '- id: bad\n  measure: 10\n  sentence: 3\n  quote: 网络货运营业额达到1000亿元\n  indicator: x\n  figure: "100"\n  unit: 亿元\n';
    expect(() => buildDerived(plan, loadDerivedInput({ targets: yaml }))).toThrow(
      /content\/targets\.yaml → bad\.figure: the quote does not contain "100亿元"/,
    );
  });

  it('a target anchored to the wrong sentence fails', () => {
    const yaml =
      '- id: bad\n  measure: 10\n  sentence: 2\n  quote: 网络货运营业额达到1000亿元\n  indicator: x\n  figure: "1000"\n  unit: 亿元\n';
    expect(() => buildDerived(plan, loadDerivedInput({ targets: yaml }))).toThrow(
      /bad\.quote: .*it occurs in sentence 3/,
    );
  });
});
