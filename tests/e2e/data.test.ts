/**
 * The open-data page and the built downloads: every link works, every file parses, and what it holds
 * is what content/ holds — read from the served files, not from the generating functions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import Ajv from 'ajv';
import type { Page } from 'playwright-core';
import { axe, describeViolations, renderedTexts, ROOT, sidewaysOverflow, useBrowser } from './harness';
import { loadPlan } from '../helpers/content';
import { parseCsvObjects } from '../../src/lib/publishing/csv';

let page: Page;
const plan = loadPlan();
const yaml = (f: string) => YAML.parse(readFileSync(join(ROOT, 'content', f), 'utf8')) as { id: string }[];

const { open, site } = useBrowser();
beforeAll(async () => {
  page = await open();
});

async function fetchText(path: string): Promise<{ status: number; type: string; text: string; bytes: Buffer }> {
  const res = await page.request.get(new URL(path, site.url).href);
  const bytes = await res.body();
  return { status: res.status(), type: res.headers()['content-type'] ?? '', text: bytes.toString('utf8'), bytes };
}

describe('/data/ page', () => {
  it('is in the header navigation and every download link works', async () => {
    await page.goto(site.url);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '数据' }).click();
    await page.waitForURL(/\/data\/$/);
    const links = await page.locator('main a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.map((l) => l.split('/').pop()).sort()).toEqual(
      [
        'agencies.csv',
        'datapackage.json',
        'measures.csv',
        'measures.json',
        'outcomes.csv',
        'outcomes.json',
        'plan.txt',
        'relief.csv',
        'responsibilities.csv',
        'sentences.csv',
        'sentences.json',
        'targets.csv',
      ].sort(),
    );
    for (const href of [...links, (await page.getByRole('link', { name: 'JSON Schema' }).getAttribute('href'))!]) {
      const r = await fetchText(href);
      expect(r.status, href).toBe(200);
      expect(r.bytes.length, href).toBeGreaterThan(100);
    }
  });

  it('documents each CSV column, the licence status and how to cite', async () => {
    await page.goto(`${site.url}data/`);
    const text = await page.locator('main').innerText();
    for (const h of ['版权与性质', '如何引用', 'relief.csv', 'targets.csv'])
      expect(await page.getByRole('heading', { name: h }).count(), h).toBe(1);
    expect(text).toContain('编辑整理');
    expect(text).toContain('[DS/OL]');
    const header = (await fetchText('data/relief.csv')).text.split('\r\n')[0]!.replace('\uFEFF', '').split(',');
    // the field tables are laid out as the reader scrolls to them: read them as the reader sees them
    const documented = await renderedTexts(
      page.getByRole('region', { name: 'relief.csv 字段' }).locator('tbody tr td:first-child'),
    );
    expect(documented).toEqual(header);
  });

  it('states the version date and the licence, on the page and inside the files', async () => {
    await page.goto(`${site.url}data/`);
    const version = (await page.locator('[data-version]').getAttribute('datetime'))!;
    expect(version).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    expect(await page.locator('[data-licence]').innerText()).toMatch(/此件公开发布.*CC BY 4\.0/su);
    const sentences = JSON.parse((await fetchText('data/sentences.json')).text);
    const measures = JSON.parse((await fetchText('data/measures.json')).text);
    const pkg = JSON.parse((await fetchText('data/datapackage.json')).text);
    for (const meta of [sentences.meta, measures.meta, pkg]) expect(meta.version).toBe(version);
    expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
  });

  it('sentences.csv: one row per sentence, each with an absolute link that opens that sentence', async () => {
    const rows = parseCsvObjects((await fetchText('data/sentences.csv')).text);
    expect(rows).toHaveLength(plan.measures.reduce((n, m) => n + m.sentences.length, 0));
    const row = rows.find((r) => r.measure === '14' && r.sentence === '3')!;
    expect(row.text).toBe(plan.measureByNumber.get(14)!.sentences[2]);
    expect(row.url).toMatch(/^https?:\/\/[^/]+\/.*measures\/14\/#s3$/u);
    // the link's path opens the sentence on the served site
    await page.goto(new URL(new URL(row.url!).pathname.replace(/^\//u, '') + '#s3', site.url).href);
    expect(await page.locator('#s3').innerText()).toBe(row.text);
  });

  it('has zero axe violations and fits a 360 px phone', async () => {
    await page.goto(`${site.url}data/`);
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    const overflow = await sidewaysOverflow(open, `${site.url}data/`);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('/en/data/ page', () => {
  const hrefs = async () =>
    (await page.locator('main a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).sort();

  it('is in the English navigation and offers the same files as /data/, described in English', async () => {
    await page.goto(`${site.url}data/`);
    const zhFiles = await hrefs();
    await page.goto(`${site.url}en/`);
    await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Data' }).click();
    await page.waitForURL(/\/en\/data\/$/);
    expect(await hrefs()).toEqual(zhFiles);
    for (const h of ['Copyright and nature', 'How to cite', 'relief.csv', 'measures.json'])
      expect(await page.getByRole('heading', { name: h }).count(), h).toBe(1);
    const header = (await fetchText('data/measures.csv')).text.split('\r\n')[0]!.replace('\uFEFF', '').split(',');
    const documented = page.getByRole('region', { name: 'Fields of measures.csv' }).locator('tbody tr');
    expect(await renderedTexts(documented.locator('td:first-child'))).toEqual(header);
    expect((await renderedTexts(documented.filter({ hasText: 'title_en' })))[0]).toMatch(/title in English/u);
    // no Chinese outside what is marked as Chinese (the original title in the citations)
    const han = await page.locator('main').evaluate((main) => {
      const out: string[] = [];
      const walk = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode())
        if (/\p{Script=Han}/u.test(n.textContent ?? '') && !n.parentElement?.closest('[lang="zh-CN"]'))
          out.push(n.textContent!);
      return out;
    });
    expect(han).toEqual([]);
    expect(await page.locator('link[hreflang="zh-CN"]').getAttribute('href')).toMatch(/\/data\/$/u);
  });

  it('has zero axe violations and fits a 360 px phone', async () => {
    await page.goto(`${site.url}en/data/`);
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    expect(await sidewaysOverflow(open, `${site.url}en/data/`)).toBeLessThanOrEqual(0);
  });

  it('measures.csv and agencies.csv carry the English titles and names the English pages show', async () => {
    const measures = parseCsvObjects((await fetchText('data/measures.csv')).text);
    const m14 = measures.find((r) => r.number === '14')!;
    await page.goto(`${site.url}en/measures/14/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(m14.title_en);
    expect(measures.every((r) => r.title_en && !/\p{Script=Han}/u.test(r.title_en))).toBe(true);
    const agencies = parseCsvObjects((await fetchText('data/agencies.csv')).text);
    const commerce = agencies.find((a) => a.id === 'commerce')!;
    await page.goto(`${site.url}en/agencies/commerce/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(commerce.name_en);
  });
});

describe('the built downloads hold what content/ holds', () => {
  it('CSV files are UTF-8 with BOM and CRLF, served as text/csv', async () => {
    for (const f of ['measures', 'agencies', 'responsibilities', 'targets', 'relief']) {
      const r = await fetchText(`data/${f}.csv`);
      expect([...r.bytes.subarray(0, 3)], f).toEqual([0xef, 0xbb, 0xbf]);
      expect(r.text.endsWith('\r\n'), f).toBe(true);
      expect(
        r.text.split('\r\n').every((line) => !line.includes('\n')),
        f,
      ).toBe(true);
      expect(r.type, f).toContain('text/csv');
    }
  });

  it('measures.csv: every measure, its text as published', async () => {
    const rows = parseCsvObjects((await fetchText('data/measures.csv')).text);
    expect(rows.map((r) => Number(r.number))).toEqual(plan.measures.map((m) => m.number));
    for (const m of plan.measures) expect(rows[m.number - 1]!.text).toBe(m.text);
  });

  it('agencies.csv and responsibilities.csv: every body and every role of every parenthesis', async () => {
    const agencies = parseCsvObjects((await fetchText('data/agencies.csv')).text);
    expect(agencies.map((a) => a.id)).toEqual(yaml('agencies.yaml').map((a) => a.id));
    const resp = parseCsvObjects((await fetchText('data/responsibilities.csv')).text);
    expect(resp.map((r) => `${r.measure}:${r.agency}:${r.role}`)).toEqual(
      plan.measures.flatMap((m) => m.agencies.map((a) => `${m.number}:${a.id}:${a.role}`)),
    );
  });

  it('targets.csv and relief.csv: every entry of targets.yaml and relief.yaml, none invented', async () => {
    const targets = parseCsvObjects((await fetchText('data/targets.csv')).text);
    expect(targets.map((t) => t.id).sort()).toEqual(
      yaml('targets.yaml')
        .map((t) => t.id)
        .sort(),
    );
    const relief = parseCsvObjects((await fetchText('data/relief.csv')).text);
    expect(relief.map((r) => r.id).sort()).toEqual(
      yaml('relief.yaml')
        .map((r) => r.id)
        .sort(),
    );
    for (const r of relief) expect(r.sentence_text, r.id).toContain(r.quote);
  });

  it('plan.txt: the whole document, every measure on its own line', async () => {
    const r = await fetchText('data/plan.txt');
    expect(r.type).toContain('text/plain');
    const lines = r.text.split('\n');
    for (const m of plan.measures) expect(lines, `measure ${m.number}`).toContain(`${m.number}.${m.text}`);
    expect(lines[1]).toBe(plan.document.number);
    expect(r.text).toContain('2022年，全省服务业增加值增速力争达到7.5%左右。');
  });

  it('measures.json is valid against the published measures.schema.json', async () => {
    const schema = JSON.parse((await fetchText('data/measures.schema.json')).text);
    const data = JSON.parse((await fetchText('data/measures.json')).text);
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.measures).toHaveLength(plan.measures.length);
  });
});
