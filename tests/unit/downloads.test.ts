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
import { loadDerived, loadOutcomes } from '../helpers/derived';
import { loadEdition } from '../helpers/edition';
import { DICTIONARIES } from '../../src/lib/i18n/dict';
import { BOM, guardFormula, parseCsv, parseCsvObjects, toCsv } from '../../src/lib/publishing/csv';
import {
  dataFiles,
  LIST_SEPARATOR,
  planText,
  TABLES,
  tableColumns,
  guardedCells,
  tableCsv,
  tableDescription,
  tableJson,
  type TableName,
} from '../../src/lib/publishing/downloads';
import { measuresJson } from '../../src/lib/publishing/api';
import { measuresJsonSchema, schemaFields } from '../../src/lib/publishing/measures-schema';
import { readingOrder } from '../../src/lib/model/reading-order';
import { withBase } from '../../src/lib/site/paths';
import { dataMeta, dataPackage } from '../../src/lib/publishing/data-meta';

const plan = loadPlan();
const derived = loadDerived();
// downloads carry absolute URLs: SITE_URL, then the base, then the path
const ORIGIN = 'https://plans.example.gov';
const url = (p: string) => new URL(withBase('/sub/', p), ORIGIN).href;
const outcomes = loadOutcomes();
const edition = loadEdition();
const english = {
  measureTitles: new Map([...edition.measures].map(([n, m]) => [n, m.title])),
  agencyNames: edition.agencyName,
};
const ctx = { plan, derived, outcomes, url, english };
const meta = dataMeta(plan, new Date('2026-11-27T08:00:00Z'), url);
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
      expect(r.url).toBe(`https://plans.example.gov/sub/measures/${m.number}/`);
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
        const expected = plan.measures
          .filter((m) => m.agencies.some((x) => x.id === r.id && x.role === role))
          .map((m) => String(m.number));
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

  it('outcomes.csv and outcomes.json round-trip every record of outcomes.yaml, with the columns the issue names', () => {
    const rows = csv('outcomes');
    const source = yaml('outcomes.yaml') as {
      kind: string;
      ref: string | number;
      status?: string;
      figure?: string;
      source?: { url: string; publisher: string; published: string; title: string };
      quote?: string;
      queries?: string[];
      checked: string;
    }[];
    expect(rows).toHaveLength(source.length);
    for (const name of ['kind', 'ref', 'status', 'figure', 'unit', 'period', 'comparability', 'source_url'])
      expect(Object.keys(rows[0]!), name).toContain(name);
    for (const o of source) {
      const r = rows.find((x) => x.kind === o.kind && x.ref === String(o.ref))!;
      expect(r, `${o.kind} ${o.ref}`).toBeDefined();
      if (o.status) expect(r.status).toBe(o.status);
      expect(r.figure).toBe(o.figure ?? '');
      expect(r.source_url).toBe(o.source?.url ?? '');
      expect(r.source_publisher).toBe(o.source?.publisher ?? '');
      expect(r.source_published).toBe(o.source?.published ?? '');
      expect(r.quote).toBe(o.quote ?? '');
      expect(split(r.queries)).toEqual(o.queries ?? []);
      expect(r.checked).toBe(o.checked);
    }
    const json = tableJson('outcomes', ctx, meta);
    expect(json.rows).toHaveLength(source.length);
    expect(json.meta).toEqual(meta);
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
      const chinese: Record<string, number> = { 第四: 4, 第三: 3 }; // the text's Chinese-numeral targets (measures 11, 34)
      const figure = t.figure === undefined ? undefined : String(t.figure);
      const expected =
        figure === undefined
          ? ''
          : /^\d/u.test(figure)
            ? String(Number(figure.split('-')[0]))
            : String(chinese[figure]);
      expect(r.value).toBe(expected);
      expect(r.source).toBe(
        t.measure
          ? `https://plans.example.gov/sub/measures/${t.measure}/#s${t.sentence}`
          : `https://plans.example.gov/sub/plan/#part-${t.part}-s${t.sentence}`, // the exact sentence of the part's text
      );
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
      expect(r.source).toBe(`https://plans.example.gov/sub/measures/${x.measure}/#s${x.sentence}`);
      expect(plan.measureByNumber.get(Number(x.measure))!.sentences[Number(x.sentence) - 1]).toBe(r.sentence_text);
      expect(split(r.contact_names).length).toBeGreaterThan(0);
    }
  });
});

describe('sentences.csv and sentences.json', () => {
  it('one row per sentence of every measure, with a clickable anchor URL, and the same rows in JSON', () => {
    const rows = csv('sentences');
    const expected = plan.measures.flatMap((m) =>
      m.sentences.map((text, i) => ({ measure: String(m.number), sentence: String(i + 1), text })),
    );
    expect(rows.map(({ measure, sentence, text }) => ({ measure, sentence, text }))).toEqual(expected);
    for (const r of rows) expect(r.url).toBe(`https://plans.example.gov/sub/measures/${r.measure}/#s${r.sentence}`);
    // every measure's sentences put together give its text before the responsibility parenthesis
    for (const m of plan.measures) {
      expect(
        rows
          .filter((r) => r.measure === String(m.number))
          .map((r) => r.text)
          .join('') + m.responsibility,
      ).toBe(m.text);
    }
    const json = JSON.parse(JSON.stringify(tableJson('sentences', ctx, meta)));
    expect(json.meta.version).toBe('2026-11-27');
    expect(
      json.rows.map((r: Record<string, unknown>) => ({
        ...r,
        measure: String(r.measure),
        sentence: String(r.sentence),
      })),
    ).toEqual(rows);
  });
});

describe('English columns', () => {
  const han = /\p{Script=Han}/u;
  it('measures.csv and measures.json give each translated measure its English title, an untranslated one an empty cell', () => {
    const rows = csv('measures');
    const json = measuresJson(plan, url, meta, english).measures;
    for (const m of plan.measures) {
      const en = edition.measures.get(m.number)?.title ?? '';
      expect(rows[m.number - 1]!.title_en, `measure ${m.number}`).toBe(en);
      expect(json[m.number - 1]!.titleEn).toBe(en);
      expect(en).not.toMatch(han);
    }
    expect(rows.filter((r) => r.title_en).length).toBe(edition.measures.size);
  });
  it('a measure without a translation gets an empty English title, not the Chinese one', () => {
    const partial = { ...ctx, english: { ...english, measureTitles: new Map([[1, 'Only one']]) } };
    const rows = parseCsvObjects(tableCsv('measures', partial));
    expect(rows[0]!.title_en).toBe('Only one');
    expect(rows.slice(1).every((r) => r.title_en === '')).toBe(true);
  });
  it("agencies.csv and measures.json give each agency the glossary's English name, or an empty cell", () => {
    const glossary = YAML.parse(readFileSync(join(CONTENT, 'glossary.yaml'), 'utf8')) as {
      agencies: { id: string; name: string }[];
    };
    const byId = new Map(glossary.agencies.map((a) => [a.id, a.name]));
    for (const r of csv('agencies')) {
      expect(r.name_en, r.id).toBe(byId.get(r.id!) ?? '');
      expect(r.name_en).not.toMatch(han);
    }
    for (const m of measuresJson(plan, url, meta, english).measures)
      for (const a of m.agencies) expect(a.nameEn).toBe(byId.get(a.id) ?? '');
  });
  it('every column and every measures.json field is described in both languages, the English without Chinese', () => {
    for (const name of Object.keys(TABLES) as TableName[])
      for (const lang of ['zh', 'en'] as const)
        for (const c of tableColumns(name, ctx, DICTIONARIES[lang].downloads)) {
          expect(c.description.length, `${lang} ${name}.${c.name}`).toBeGreaterThan(1);
          if (lang === 'en') expect(c.description, `${name}.${c.name}`).not.toMatch(han);
        }
    const fields = schemaFields(measuresJsonSchema('', plan.measures.length)).map((f) => f.path);
    expect(Object.keys(DICTIONARIES.en.measuresJson).sort()).toEqual([...fields].sort());
    for (const v of Object.values(DICTIONARIES.en.measuresJson)) expect(v).not.toMatch(han);
  });
});

describe('absolute URLs, version and licence', () => {
  it('every url and source column of every CSV is an absolute URL on SITE_URL', () => {
    for (const name of Object.keys(TABLES) as TableName[]) {
      const rows = csv(name);
      for (const col of ['url', 'source']) {
        for (const r of rows)
          if (col in r) expect(r[col], `${name}.${col}`).toMatch(/^https:\/\/plans\.example\.gov\/sub\//u);
      }
    }
    for (const m of measuresJson(plan, url, meta, english).measures)
      expect(m.url).toBe(`https://plans.example.gov/sub/measures/${m.number}/`);
  });

  it('the JSON files and datapackage.json carry the version date, the licence and the official source', () => {
    expect(meta.version).toBe('2026-11-27');
    expect(meta.licence.derived.name).toBe('CC-BY-4.0');
    expect(meta.licence.plan).toContain('此件公开发布');
    const doc = yaml('document.yaml')[0] as { officialSources: { url: string }[] };
    expect(meta.source.official.map((o) => o.url)).toEqual(doc.officialSources.map((o) => o.url));
    const pkg = dataPackage(ctx, meta);
    expect(pkg.version).toBe('2026-11-27');
    expect(pkg.licenses[0]!.name).toBe('CC-BY-4.0');
    expect(pkg.resources.map((r) => r.path)).toEqual(
      (Object.keys(TABLES) as TableName[]).map((n) => `https://plans.example.gov/sub/data/${TABLES[n].file}`),
    );
    for (const r of pkg.resources)
      expect(r.schema.fields.map((f) => f.name)).toEqual(tableColumns(r.name as TableName, ctx).map((c) => c.name));
  });
});

describe('formula injection', () => {
  it('a text cell starting with = + - @ (or tab, CR) gets an apostrophe; numbers and other text do not', () => {
    const text = toCsv(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      [['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', -3, '普通文本=1']],
    );
    expect(parseCsv(text)[1]).toEqual(['\'=HYPERLINK("http://x","y")', "'+1", "'-2", "'@SUM(A1)", '-3', '普通文本=1']);
  });

  it('no cell of the real downloads needs the guard, so the files round-trip unchanged', () => {
    for (const name of Object.keys(TABLES) as TableName[]) {
      const columns = tableColumns(name, ctx);
      const json = tableJson(name, ctx, null);
      for (const r of json.rows)
        for (const c of columns) expect(guardFormula(r[c.name]), `${name}.${c.name}`).toBe(String(r[c.name]));
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

describe('counts in the descriptions come from the content', () => {
  it('a plan with three measures is described as three measures, numbered 1–3', () => {
    const small = { ...ctx, plan: { ...plan, measures: plan.measures.slice(0, 3) } };
    expect(tableDescription('measures', small)).toMatch(/^3 条措施/u);
    expect(tableColumns('measures', small).find((c) => c.name === 'number')!.description).toContain('1–3，');
    expect(measuresJsonSchema('', 3).description).toContain('全部 3 条措施');
  });
  it('the real plan states its own count', () => {
    expect(tableDescription('measures', ctx)).toContain(`${plan.measures.length} 条措施`);
  });
});

describe('measures.json and its JSON Schema', () => {
  const schema = measuresJsonSchema('https://example.org/data/measures.schema.json', plan.measures.length);
  const validate = new Ajv({ allErrors: true }).compile(schema);

  it('the generated measures.json is valid', () => {
    const data = JSON.parse(JSON.stringify(measuresJson(plan, url, meta, english)));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the schema is not vacuous: a renamed field, a missing field or a bad role is rejected', () => {
    const data = JSON.parse(JSON.stringify(measuresJson(plan, url, meta, english)));
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
    const data = measuresJson(plan, url, meta, english);
    const paths = new Set<string>();
    const walk = (v: unknown, p: string) => {
      if (Array.isArray(v)) v.forEach((x) => walk(x, `${p}[]`));
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          const path = p ? `${p}.${k}` : k;
          paths.add(Array.isArray(x) ? `${path}[]` : path);
          walk(x, path);
        }
    };
    walk(data, '');
    expect(
      schemaFields(schema)
        .map((f) => f.path)
        .sort(),
    ).toEqual([...paths].sort());
  });
});

describe("the data page's count of guarded cells", () => {
  /** Cells whose CSV value differs from the table's own value: the apostrophe the CSV adds, counted from the files. */
  const changedInCsv = (c: typeof ctx) =>
    (Object.keys(TABLES) as TableName[]).reduce((sum, name) => {
      const rows = parseCsv(tableCsv(name, c)).slice(1);
      const values = tableJson(name, c, null).rows.map((r) => Object.values(r).map(String));
      return sum + rows.reduce((n, row, i) => n + row.filter((cell, j) => cell !== values[i]![j]).length, 0);
    }, 0);
  it('is the number of cells the CSV files change, for the current data and for a title a spreadsheet would run', () => {
    expect(guardedCells(ctx)).toBe(changedInCsv(ctx));
    const risky = { ...ctx, english: { ...english, measureTitles: new Map([[1, '=HYPERLINK("x")']]) } };
    expect(guardedCells(risky)).toBe(guardedCells(ctx) + 1);
    expect(changedInCsv(risky)).toBe(guardedCells(risky));
  });
});

describe("the data page's list of files", () => {
  const HAN = /\p{Script=Han}/u;
  const zhFiles = dataFiles(ctx, DICTIONARIES.zh);
  const enFiles = dataFiles(ctx, DICTIONARIES.en);

  it('offers every CSV table, its JSON twins, measures.json, the plain text and the data package, each once', () => {
    const names = zhFiles.map((f) => f.file);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        ...Object.values(TABLES).map((t) => t.file),
        'measures.json',
        'sentences.json',
        'outcomes.json',
        'plan.txt',
        'datapackage.json',
      ]),
    );
    for (const f of zhFiles) expect(f.href).toBe(`/data/${f.file}`);
  });
  it('counts the rows each file really holds', () => {
    for (const f of zhFiles.filter((x) => x.file.endsWith('.csv')))
      expect(f.rows, f.file).toBe(parseCsv(tableCsv(f.file.replace('.csv', '') as TableName, ctx)).length - 1);
    const byFile = new Map(zhFiles.map((f) => [f.file, f]));
    expect(byFile.get('measures.json')!.rows).toBe(measuresJson(plan, url, meta, english).measures.length);
    expect(byFile.get('sentences.json')!.rows).toBe(tableJson('sentences', ctx, meta).rows.length);
    expect(byFile.get('outcomes.json')!.rows).toBe(yaml('outcomes.yaml').length);
    expect(byFile.get('plan.txt')!.rows).toBeUndefined();
  });
  it('marks the editorial files (relief, targets, outcomes) and no other', () => {
    expect(zhFiles.filter((f) => f.editorial).map((f) => f.file)).toEqual(
      expect.arrayContaining(['relief.csv', 'targets.csv', 'outcomes.csv', 'outcomes.json']),
    );
    for (const f of zhFiles.filter((x) => /^(measures|agencies|sentences|responsibilities)\./u.test(x.file)))
      expect(f.editorial, f.file).toBe(false);
  });
  it("describes the same files in the reader's language: Chinese titles, English titles", () => {
    expect(enFiles.map((f) => [f.file, f.rows, f.editorial])).toEqual(
      zhFiles.map((f) => [f.file, f.rows, f.editorial]),
    );
    for (const f of zhFiles) expect(f.title, f.file).toMatch(HAN);
    for (const f of enFiles) expect(f.title, f.file).not.toMatch(HAN);
  });
});
