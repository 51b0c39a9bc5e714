/** The documents the plan cites (content/documents.yaml): one entry per 《title》 of the measures, checked against the text. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { citedDocumentSchema } from '../../src/schemas/cited-document';
import { citedDocuments, citedTitles } from '../../src/lib/model/documents';
import { ContentError } from '../../src/lib/model/model';
import { CONTENT, loadPlan } from '../helpers/content';

const plan = loadPlan();
const raw = () => YAML.parse(readFileSync(join(CONTENT, 'documents.yaml'), 'utf8')) as Record<string, unknown>[];
const build = (items: Record<string, unknown>[]) =>
  citedDocuments(
    plan,
    items.map(({ id, ...d }) => ({ id: String(id), data: citedDocumentSchema.parse(d) })),
  );
const problems = (items: Record<string, unknown>[]) => {
  try {
    build(items);
  } catch (e) {
    if (e instanceof ContentError) return e.message;
    throw e;
  }
  return '';
};

describe('documents the plan cites', () => {
  it('finds every 《title》 in the measures, the plan’s own title aside, with the number printed after it', () => {
    // read from the text: measure 1 cites 发改财金〔2022〕271号, measure 10 cites 晋政办发〔2022〕6号
    const titles = citedTitles(plan);
    expect([...titles.keys()].sort()).toEqual(
      ['关于促进服务业领域困难行业恢复发展的若干政策', '山西省促进网络货运行业健康发展工作方案'].sort(),
    );
    expect(titles.get('关于促进服务业领域困难行业恢复发展的若干政策')).toEqual({
      numbers: new Set(['发改财金〔2022〕271号']),
      measures: [1],
    });
  });

  it('the committed file has one entry per cited title, each with the measures that cite it', () => {
    const docs = build(raw());
    expect(docs.map((d) => [d.number, d.measures])).toEqual([
      ['发改财金〔2022〕271号', [1]],
      ['晋政办发〔2022〕6号', [10]],
    ]);
  });

  it('fails, naming the entry and field, on a missing entry, a wrong number, an issuer not in the text, an unknown kind', () => {
    const [a, b] = raw() as [Record<string, unknown>, Record<string, unknown>];
    expect(problems([a])).toMatch(
      /content\/documents\.yaml → \(missing\)\.title: 《山西省促进网络货运行业健康发展工作方案》, cited by measure 10, has no entry/u,
    );
    expect(problems([a, { ...b, number: '晋政办发〔2022〕7号' }])).toMatch(
      /jzbf-2022-6\.number: the plan does not print 晋政办发〔2022〕7号/u,
    );
    expect(problems([{ ...a, issuer: '国务院' }, b])).toMatch(/fgcj-2022-271\.issuer: "国务院" is not in the text/u);
    const term = {
      kind: 'lottery',
      term: '一项条款',
      source: { url: 'https://example.org/', publisher: '某网站', published: '2022-03-01', title: '标题' },
      quote: '一项条款',
    };
    expect(problems([{ ...a, terms: [term] }, b])).toMatch(/fgcj-2022-271\.terms\[0\]\.kind: "lottery" is not one of/u);
  });
});
