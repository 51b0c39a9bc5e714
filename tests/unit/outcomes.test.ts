/** Outcomes (content/outcomes.yaml): one record per target and measure, statuses of targets computed from figures. */
import { describe, expect, it } from 'vitest';
import { outcomeSchema, type OutcomeData } from '../../src/schemas/outcome';
import { agencySchema } from '../../src/schemas/agency';
import { reportFromEnv } from '../../src/lib/site/report';
import { buildOutcomes, countByStatus, inBaseUnit, targetStatus } from '../../src/lib/editorial/outcomes';
import { ContentError } from '../../src/lib/model/model';
import { outcomeCitation } from '../../src/lib/citation/outcome';
import { progressChart, progressRows } from '../../src/lib/editorial/outcome-chart';
import { loadPlan } from '../helpers/content';
import { loadDerived } from '../helpers/derived';

const floor = { value: 1000, valueMax: 1000, unit: '亿元', comparators: ['达到' as const] };
const q = (figure: number, unit: string, quote = '') => ({ figure, unit, quote });

describe('the status of a target, from its figure and the outcome’s', () => {
  it('a floor is met at or above the figure, partly met from half of it, not met below', () => {
    expect(targetStatus(floor, q(1200, '亿元'))).toBe('met');
    expect(targetStatus(floor, q(1000, '亿元'))).toBe('met');
    expect(targetStatus(floor, q(600, '亿元'))).toBe('partly-met');
    expect(targetStatus(floor, q(400, '亿元'))).toBe('not-met');
  });
  it('a ceiling (降至…以下) is met at or below the figure only', () => {
    const ceiling = { value: 1, valueMax: 1, unit: '%', comparators: ['降至' as const, '以下' as const] };
    expect(targetStatus(ceiling, q(0.8, '%'))).toBe('met');
    expect(targetStatus(ceiling, q(1.3, '%'))).toBe('not-met');
  });
  it('“around” (左右) allows 5% short of the figure; growth of 2.7% is far from 7.5%', () => {
    const around = {
      value: 7.5,
      valueMax: 7.5,
      unit: '%',
      comparators: ['力争' as const, '达到' as const, '左右' as const],
    };
    expect(targetStatus(around, q(7.2, '%'))).toBe('met');
    expect(targetStatus(around, q(2.7, '%'))).toBe('not-met');
  });
  it('a range is met from its lower bound', () => {
    const range = { value: 3, valueMax: 5, unit: '个', comparators: [] };
    expect(targetStatus(range, q(3, '个'))).toBe('met');
    expect(targetStatus(range, q(2, '个'))).toBe('partly-met');
  });
  it('compares 万个 with 个, and nothing across different units', () => {
    expect(inBaseUnit(3, '万个')).toEqual({ value: 30000, unit: '个' });
    const fiveG = { value: 3, valueMax: 3, unit: '万个', comparators: [] };
    expect(targetStatus(fiveG, q(32000, '个'))).toBe('met');
    expect(targetStatus(fiveG, q(2.9, '万个'))).toBe('partly-met');
    expect(targetStatus(fiveG, q(3, '%'))).toBe('no-comparable-figure');
  });
  it('a commitment without a figure (全覆盖) is met when the quote states the goal', () => {
    const goal = { value: null, valueMax: null, unit: '', comparators: [], goal: '全覆盖' };
    expect(targetStatus(goal, q(100, '%', '实现农村寄递物流服务全覆盖'))).toBe('met');
    expect(targetStatus(goal, q(98, '%', '覆盖率达到98%'))).toBe('no-comparable-figure');
  });
});

describe('content/outcomes.yaml is checked against the plan and the targets', () => {
  const plan = loadPlan();
  const { targets } = loadDerived();
  const parse = (d: Record<string, unknown>) => outcomeSchema.parse({ checked: '2026-12-04', ...d });
  const none = (kind: 'target' | 'measure', ref: string | number) =>
    parse({ kind, ref, status: 'no-evidence-found', queries: ['山西 2022'] });
  const all = (): Record<string, OutcomeData> =>
    Object.fromEntries([
      ...targets.map((t) => [`target:${t.id}`, none('target', t.id)]),
      ...plan.measures.map((m) => [`measure:${m.number}`, none('measure', m.number)]),
    ]);
  const run = (records: Record<string, OutcomeData>) =>
    buildOutcomes(
      plan,
      targets,
      Object.values(records).map((data, i) => ({ id: String(i), data })),
    );
  const problems = (records: Record<string, OutcomeData>) => {
    try {
      run(records);
    } catch (e) {
      if (e instanceof ContentError) return e.message;
      throw e;
    }
    return '';
  };
  const growth = targets.find((t) => t.location.part === 1)!;
  const evidence = {
    source: {
      url: 'https://example.org/bulletin',
      publisher: '新华网山西频道',
      original_publisher: '山西省统计局',
      published: '2023-03-27',
      title: '公报',
    },
  };

  it('one record each: all present passes, and the build computes the target statuses', () => {
    const records = all();
    records[`target:${growth.id}`] = parse({
      kind: 'target',
      ref: growth.id,
      figure: '2.7',
      unit: '%',
      period: '2022',
      comparable: true,
      quote: '全年服务业增加值增长2.7%',
      ...evidence,
    });
    const out = run(records);
    expect(out).toHaveLength(targets.length + plan.measures.length);
    expect(out.find((o) => o.ref === growth.id)?.status).toBe('not-met');
    expect(countByStatus(out)).toEqual([
      { status: 'not-met', count: 1 },
      { status: 'no-evidence-found', count: out.length - 1 },
    ]);
  });

  it('a missing or second record fails, naming the target or measure', () => {
    const records = all();
    delete records['measure:12'];
    expect(problems(records)).toMatch(/content\/outcomes\.yaml .*measure 12 has no record/u);
    const twice = { ...all(), extra: none('measure', 3) };
    expect(problems(twice)).toMatch(/\(measure 3\)\.ref: a second record for measure 3/u);
  });

  it('a status typed on a target, an early date, a quote without the figure, a missing source all fail', () => {
    const base = { kind: 'target', ref: growth.id, figure: '2.7', unit: '%', period: '2022', comparable: true };
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...base, status: 'met', quote: '增长2.7%', ...evidence }, /status: the status of a target is computed/u],
      [
        { ...base, quote: '增长2.7%', source: { ...evidence.source, published: '2022-01-20' } },
        /source\.published: 2022-01-20 precedes the plan/u,
      ],
      [{ ...base, quote: '增长2.8%', ...evidence }, /quote: the quote does not contain the figure 2\.7/u],
      [{ ...base, quote: '增长2.7%' }, /source: a record with evidence needs source/u],
      [{ ...base, comparable: false, quote: '增长2.7%', ...evidence }, /comparability: say what the figure measures/u],
    ];
    for (const [record, message] of cases) {
      const records = { ...all(), [`target:${growth.id}`]: parse(record) };
      expect(problems(records), JSON.stringify(record)).toMatch(message);
    }
  });

  it('a measure record states evidence with an action, or no evidence with the queries tried', () => {
    const noAction = {
      ...all(),
      'measure:1': parse({ kind: 'measure', ref: 1, status: 'evidence-of-action', quote: '印发', ...evidence }),
    };
    expect(problems(noAction)).toMatch(/\(measure 1\)\.action/u);
    const noQueries = { ...all(), 'measure:1': parse({ kind: 'measure', ref: 1, status: 'no-evidence-found' }) };
    expect(problems(noQueries)).toMatch(/\(measure 1\)\.queries: list the queries tried/u);
    expect(() => parse({ kind: 'measure', ref: 1, quote: 'x'.repeat(61) })).toThrow(/at most 60 characters/u);
  });
});

describe('citing the evidence of an outcome', () => {
  const source = {
    url: 'http://sx.news.cn/2023-03/27/c_1129467009.htm',
    publisher: '新华网山西频道',
    original_publisher: '山西省统计局',
    published: '2023-03-27',
    title: '全省地区生产总值去年首破2.5万亿',
  };
  it('cites the source in GB/T 7714 [EB/OL] form, the original publisher of a reprint, and this page only as where it was compiled', () => {
    const text = outcomeCitation(source, 'https://plans.example.gov/targets/', '2026-12-04');
    expect(
      text.startsWith(
        '新华网山西频道. 全省地区生产总值去年首破2.5万亿[EB/OL]. (2023-03-27)[2026-12-04]. http://sx.news.cn/',
      ),
    ).toBe(true);
    expect(text).toContain('原发布机构：山西省统计局');
    expect(text.endsWith('整理自：https://plans.example.gov/targets/')).toBe(true);
    const en = outcomeCitation(source, 'https://plans.example.gov/en/targets/', '2026-12-04', 'en');
    expect(en).toContain('Original source: 山西省统计局.');
    expect(en).not.toContain('整理自');
  });
});

describe('a reorganised body names its successor only with a source', () => {
  const base = { name: '人行太原中心支行', kind: 'central-branch' };
  const successor = {
    name: '中国人民银行山西省分行',
    date: '2023-08-18',
    source: { url: 'https://example.org/a', publisher: '山西晚报', published: '2023-08-19', title: '挂牌' },
    quote: '中国人民银行山西省分行挂牌',
  };
  it('accepts a successor with its date, source and quote', () => {
    expect(agencySchema.parse({ ...base, successor }).successor?.name).toBe('中国人民银行山西省分行');
  });
  it('refuses one without a source or quote, or dated before the plan', () => {
    expect(() => agencySchema.parse({ ...base, successor: { ...successor, source: undefined } })).toThrow(/source/u);
    expect(() => agencySchema.parse({ ...base, successor: { ...successor, quote: undefined } })).toThrow(/quote/u);
    expect(() => agencySchema.parse({ ...base, successor: { ...successor, date: '2021-01-01' } })).toThrow(
      /after the plan was signed/u,
    );
  });
});

describe('the report address is a deployment setting', () => {
  it('takes an http(s) or mailto: address, and warns loudly without one or with anything else', () => {
    expect(reportFromEnv({ REPORT_URL: 'https://github.com/org/plan/issues/new' })).toEqual({
      url: 'https://github.com/org/plan/issues/new',
    });
    expect(reportFromEnv({ REPORT_URL: ' mailto:plans@example.gov ' }).url).toBe('mailto:plans@example.gov');
    expect(reportFromEnv({}).warning).toMatch(/REPORT_URL is not set/u);
    expect(reportFromEnv({ REPORT_URL: 'javascript:alert(1)' })).toEqual({
      warning: expect.stringMatching(/not an http\(s\) or mailto: address/u),
    });
    expect(reportFromEnv({ REPORT_URL: 'issues page' }).url).toBeUndefined();
  });
});

describe('the promise-versus-outcome chart', () => {
  const { targets } = loadDerived();
  const growth = targets.find((t) => t.location.part === 1)!;
  const fiveG = targets.find((t) => t.unit === '万个')!;
  const record = (ref: string, figure: string, unit: string, comparable: boolean) =>
    ({ kind: 'target', ref, status: 'met', figure, unit, period: '2022', comparable }) as never;
  it('draws one row per comparable target with a figure, its bar as the outcome over the target', () => {
    const rows = progressRows(
      targets,
      [record(growth.id, '2.7', '%', true), record(fiveG.id, '32000', '个', true), record('x', '1', '%', false)],
      () => '已达到',
      () => '#',
    );
    expect(rows.map((r) => r.key)).toEqual([growth.id, fiveG.id]);
    expect(rows[0]!.percent).toBe(36); // 2.7 of 7.5
    expect(rows[1]!.percent).toBeCloseTo((32000 / (Number(fiveG.figure) * 10000)) * 100, 1);
    const svg = progressChart(rows, '目标与实际');
    expect(svg.match(/<g data-row=/gu)).toHaveLength(2);
    expect(svg).toContain('aria-label="目标与实际"');
    expect(svg).not.toContain('<a ');
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/gu)].map((m) => Number(m[1]));
    expect(widths[1]! / widths[0]!).toBeCloseTo(rows[1]!.percent / rows[0]!.percent, 1);
  });
});

describe('units as sources print them', () => {
  it('counts 億元 (traditional characters) as 亿元', () => {
    expect(inBaseUnit(1058, '億元')).toEqual(inBaseUnit(1058, '亿元'));
    expect(targetStatus(floor, q(1058, '億元'))).toBe('met');
  });
});
