/**
 * Every download, generated as the build generates it, parsed back and compared with the content:
 * nothing lost, nothing invented. Expectations come from content/ (the plan model and the raw YAML),
 * not from the generating functions.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import Ajv from 'ajv';
import { CONTENT, loadPlan } from '../helpers/content';
import { loadDerived } from '../helpers/derived';
import { BOM, parseCsv, parseCsvObjects } from '../../src/lib/csv';
import { LIST_SEPARATOR, planText, TABLES, tableColumns, tableCsv, type TableName } from '../../src/lib/downloads';
import { measuresJson } from '../../src/lib/api';
import { measuresJsonSchema, schemaFields } from '../../src/lib/measures-schema';
import { readingOrder } from '../../src/lib/reading-order';
import { withBase } from '../../src/lib/paths';

const plan = loadPlan();
const derived = loadDerived();
const url = (p: string) => withBase('/sub/', p);
const ctx = { plan, derived, url };
const csv = (name: TableName) => parseCsvObjects(tableCsv(name, ctx));
const split = (s: string | undefined) => (s ? s.split(LIST_SEPARATOR) : []);
const yaml = (file: string) => YAML.parse(readFileSync(join(CONTENT, file), 'utf8')) as Record<string, unknown>[];

describe('CSV files', () => {
  for (const name of Object.keys(TABLES) as TableName[]) {
    it(`${TABLES[name].file}: BOM, CRLF after every row, one field per documented column`, () => {
      const text = tableCsv(name, ctx);
      expect(text.startsWith(BOM)).toBe(true);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u); // no stray line breaks (no field has one)
      const [header] = parseCsv(text);
      expect(header).toEqual(tableColumns(name, ctx).map((c) => c.name));
      for (const c of tableColumns(name, ctx)) expect(c.description.length, c.name).toBeGreaterThan(1);
    });
  }

  it('measures.csv has all 66 measures with their text as published', () => {
    const rows = csv('measures');
    expect(rows.map((r) => Number(r.number))).toEqual(plan.measures.map((m) => m.number));
    for (const m of plan.measures) {
      const r = rows[m.number - 1]!;
      expect(r.title).toBe(m.title);
      expect(r.text).toBe(m.text);
      expect(String(r.text).endsWith(String(r.responsibility))).toBe(true);
      expect(Number(r.part)).toBe(plan.partById.get(m.partId)!.number);
      expect(r.sector).toBe(m.sectorId ?? '');
      expect(r.url).toBe(`/sub/measures/${m.number}/`);
    }
  });

  it('agencies.csv lists every body of agencies.yaml with the measures it leads, is responsible for, supports', () => {
    const rows = csv('agencies');
    const source = yaml('agencies.yaml');
    expect(rows.map((r) => r.id)).toEqual(source.map((a) => a.id));
    for (const r of rows) {
      const a = source.find((x) => x.id === r.id)!;
      expect(r.name).toBe(a.name);
      expect(split(r.aliases)).toEqual((a.aliases as string[] | undefined) ?? []);
      // recount roles straight from the measure files' front matter
      for (const role of ['lead', 'responsible', 'cooperate'] as const) {
        const expected = plan.measures.filter((m) => m.agencies.some((x) => x.id === r.id && x.role === role)).map((m) => String(m.number));
        expect(split(r[`${role}_measures`]!), `${r.id} ${role}`).toEqual(expected);
      }
    }
  });

  it('responsibilities.csv has one row per body and role in each parenthesis, in source order', () => {
    const rows = csv('responsibilities');
    const fromFiles = plan.measures.flatMap((m) => m.agencies.map((a, i) => [m.number, i + 1, a.id, a.role].join(' ')));
    expect(rows.map((r) => [r.measure, r.position, r.agency, r.role].join(' '))).toEqual(fromFiles);
    // names as each measure writes them
    for (const r of rows) expect(plan.measureByNumber.get(Number(r.measure))!.responsibility, r.name).toContain(r.name);
    expect(rows.filter((r) => r.measure === '61').map((r) => r.role_label)).toEqual(['牵头', '负责']);
  });

  it('targets.csv round-trips every entry of targets.yaml', () => {
    const rows = csv('targets');
    const source = yaml('targets.yaml');
    expect(rows.map((r) => r.id).sort()).toEqual(source.map((t) => String(t.id)).sort());
    for (const t of source) {
      const r = rows.find((x) => x.id === t.id)!;
      expect(r.quote).toBe(t.quote);
      expect(r.indicator).toBe(t.indicator);
      expect(r.figure).toBe(t.figure ?? '');
      expect(r.unit).toBe(t.unit ?? '');
      expect(r.goal).toBe(t.goal ?? '');
      expect(split(r.comparators)).toEqual(t.comparators ?? []);
      expect(r.deadline).toBe(t.deadline ?? '');
      expect(r.sentence_text).toContain(String(t.quote));
      const chinese: Record<string, number> = { 第四: 4 }; // the text's only Chinese-numeral target (measure 11)
      const figure = t.figure === undefined ? undefined : String(t.figure);
      const expected = figure === undefined ? '' : /^\d/u.test(figure) ? String(Number(figure.split('-')[0])) : String(chinese[figure]);
      expect(r.value).toBe(expected);
      expect(r.source).toBe(t.measure ? `/sub/measures/${t.measure}/#s${t.sentence}` : `/sub/plan/#part-${t.part}`);
    }
  });

  it('relief.csv round-trips every entry of relief.yaml', () => {
    const rows = csv('relief');
    const source = yaml('relief.yaml');
    expect(rows.map((r) => r.id).sort()).toEqual(source.map((x) => String(x.id)).sort());
    for (const x of source) {
      const r = rows.find((y) => y.id === x.id)!;
      expect(Number(r.measure)).toBe(x.measure);
      expect(r.support).toBe(x.support);
      expect(Number(r.sentence)).toBe(x.sentence);
      expect(r.quote).toBe(x.quote);
      expect(r.amount).toBe(x.amount ?? '');
      expect(r.recipient).toBe(x.recipient ?? '');
      expect(split(r.industries)).toEqual(x.industries ?? []);
      expect(split(r.firms)).toEqual(x.firms ?? []);
      expect(r.directness).toBe(x.directness);
      expect(r.source).toBe(`/sub/measures/${x.measure}/#s${x.sentence}`);
      expect(plan.measureByNumber.get(Number(x.measure))!.sentences[Number(x.sentence) - 1]).toBe(r.sentence_text);
      expect(split(r.contact_names).length).toBeGreaterThan(0);
    }
  });
});

describe('plan.txt', () => {
  it('is the whole document in reading order, one block per line', () => {
    const lines = planText(plan).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toEqual(readingOrder(plan).map((b) => b.text));
    const text = planText(plan);
    for (const m of plan.measures) expect(text).toContain(`${m.number}.${m.text}`);
    expect(text).toContain('2022年，全省服务业增加值增速力争达到7.5%左右。');
  });
});

describe('measures.json and its JSON Schema', () => {
  const schema = measuresJsonSchema('https://example.org/data/measures.schema.json');
  const validate = new Ajv({ allErrors: true }).compile(schema);

  it('the generated measures.json is valid', () => {
    const data = JSON.parse(JSON.stringify(measuresJson(plan, url)));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the schema is not vacuous: a renamed field, a missing field or a bad role is rejected', () => {
    const data = JSON.parse(JSON.stringify(measuresJson(plan, url)));
    const renamed = structuredClone(data);
    renamed.measures[0].name = renamed.measures[0].title;
    delete renamed.measures[0].title;
    expect(validate(renamed)).toBe(false);
    const missing = structuredClone(data);
    delete missing.document.signed;
    expect(validate(missing)).toBe(false);
    const role = structuredClone(data);
    role.measures[13].agencies[0].role = 'owner';
    expect(validate(role)).toBe(false);
  });

  it('the documented fields are exactly the fields of the file', () => {
    const data = measuresJson(plan, url);
    const paths = new Set<string>();
    const walk = (v: unknown, p: string) => {
      if (Array.isArray(v)) v.forEach((x) => walk(x, `${p}[]`));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) {
        const path = p ? `${p}.${k}` : k;
        paths.add(Array.isArray(x) ? `${path}[]` : path);
        walk(x, path);
      }
    };
    walk(data, '');
    expect(schemaFields(schema).map((f) => f.path).sort()).toEqual([...paths].sort());
  });
});
