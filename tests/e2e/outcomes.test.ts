/**
 * What happened since, in Chromium: the outcomes page's counts and filter (and every record without JavaScript),
 * the 此后 section of a measure page, the outcomes on /targets/, the English page. Expectations come from the raw
 * content files (content/outcomes.yaml, the measures' front matter), not from the site's model.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { axe, describeViolations, sidewaysOverflow, ROOT, useBrowser } from './harness';
import { splitFrontMatter } from '../helpers/content';

const { open, site } = useBrowser();

interface RawOutcome {
  kind: string;
  ref: string | number;
  status?: string;
  source?: { url: string };
  quote?: string;
}
const records = YAML.parse(readFileSync(join(ROOT, 'content/outcomes.yaml'), 'utf8')) as RawOutcome[];
const rawTargets = YAML.parse(readFileSync(join(ROOT, 'content/targets.yaml'), 'utf8')) as {
  id: string;
  measure?: number;
}[];
const targetIds = rawTargets.map((t) => t.id);
const measureFiles = readdirSync(join(ROOT, 'content/measures')).filter((f) => f.endsWith('.md'));
const agenciesOf = new Map(
  measureFiles.map((f) => {
    const { data } = splitFrontMatter(readFileSync(join(ROOT, 'content/measures', f), 'utf8'), f) as {
      data: { number: number; part: string; agencies: { agency: string }[] };
    };
    return [data.number, { part: data.part, agencies: data.agencies.map((a) => a.agency) }];
  }),
);

describe('/outcomes/', () => {
  it('lists one record per target and measure, and its counts add up to what it lists', async () => {
    const page = await open();
    await page.goto(`${site.url}outcomes/`);
    const listed = page.locator('[data-outcome]');
    expect(await listed.count()).toBe(targetIds.length + measureFiles.length);
    let sum = 0;
    for (const row of await page.locator('[data-count-status]').all()) {
      const status = (await row.getAttribute('data-count-status'))!;
      const n = Number(await row.locator('dd strong').textContent());
      expect(n, status).toBe(await page.locator(`[data-outcome] .outcome[data-status="${status}"]`).count());
      sum += n;
    }
    expect(sum).toBe(targetIds.length + measureFiles.length);
  });

  it('filters by part and by body, says how many show, and keeps the filter in the address', async () => {
    const page = await open();
    await page.goto(`${site.url}outcomes/`);
    await page.locator('select[name=part]').selectOption('3');
    const shown = page.locator('[data-outcome]:visible');
    // a record belongs to its measure's part: the measure's own record and those of the targets in it
    const countRecords = (keep: (m: { part: string; agencies: string[] }) => boolean) =>
      [...agenciesOf.values()].filter(keep).length +
      rawTargets.filter((t) => t.measure !== undefined && keep(agenciesOf.get(t.measure)!)).length;
    const partThree = countRecords((m) => m.part === '3');
    await expect.poll(() => shown.count()).toBe(partThree);
    await expect.poll(() => page.locator('[data-outcome-count]').textContent()).toContain(String(partThree));
    expect(new URL(page.url()).searchParams.get('part')).toBe('3');

    await page.goto(`${site.url}outcomes/?agency=commerce`);
    const withCommerce = countRecords((m) => m.agencies.includes('commerce'));
    await expect.poll(() => shown.count()).toBe(withCommerce);
    expect(await page.locator('select[name=agency]').inputValue()).toBe('commerce');
  });

  it('shows every record and no filter without JavaScript', async () => {
    const page = await open(undefined, { js: false });
    await page.goto(`${site.url}outcomes/`);
    expect(await page.locator('[data-outcome]:visible').count()).toBe(targetIds.length + measureFiles.length);
    expect(await page.locator('[data-outcome-filter]').isVisible()).toBe(false);
  });

  for (const path of ['outcomes/', 'en/outcomes/']) {
    it(`/${path} has zero axe violations and fits a 360 px phone`, async () => {
      const page = await open();
      await page.goto(`${site.url}${path}`);
      expect(describeViolations(await axe(page))).toBe('');
      expect(await sidewaysOverflow(open, `${site.url}${path}`)).toBe(0);
    });
  }

  it('/en/outcomes/ keeps every Chinese word inside an element marked lang="zh-CN"', async () => {
    const page = await open();
    await page.goto(`${site.url}en/outcomes/`);
    const stray = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!/\p{Script=Han}/u.test(n.textContent ?? '')) continue;
        if (!n.parentElement?.closest('[lang^="zh"], [aria-hidden="true"]'))
          out.push(n.textContent!.trim().slice(0, 40));
      }
      return out;
    });
    expect(stray).toEqual([]);
  });
});

describe('a measure page says what happened since', () => {
  for (const n of [1, 19, 50]) {
    it(`/measures/${n}/: the measure's record, with its source when it has one`, async () => {
      const record = records.find((r) => r.kind === 'measure' && Number(r.ref) === n)!;
      const page = await open();
      await page.goto(`${site.url}measures/${n}/`);
      const section = page.getByRole('region', { name: '此后' });
      await expect.poll(() => section.isVisible()).toBe(true);
      if (record.status === 'no-evidence-found') expect(await section.textContent()).toContain('未找到公开证据');
      else {
        expect(await section.locator(`a[href="${record.source!.url}"]`).count()).toBeGreaterThan(0);
        expect(await section.textContent()).toContain(record.quote!);
      }
      // the records of the targets that stand in the measure are there too
      const targetsHere = records.filter(
        (r) => r.kind === 'target' && String(r.ref).startsWith(`m${String(n).padStart(2, '0')}-`),
      );
      expect(await section.locator('.outcome').count()).toBe(1 + targetsHere.length);
    });
  }
});

describe('/targets/ shows the outcome beside each target', () => {
  it('a result for every target, and one chart row per comparable target', async () => {
    const page = await open();
    await page.goto(`${site.url}targets/`);
    expect(await page.locator('table.targets tbody tr .status-badge').count()).toBe(targetIds.length);
    const comparable = records.filter((r) => r.kind === 'target' && (r as { comparable?: boolean }).comparable);
    expect(await page.locator('svg.chart--progress [data-row]').count()).toBeLessThanOrEqual(comparable.length);
    expect(await page.locator('.target-outcomes > li').count()).toBe(targetIds.length);
  });
});

describe('asking readers to report says where', () => {
  for (const path of ['about/', 'en/about/', 'outcomes/', 'en/outcomes/']) {
    it(`/${path} gives the deployment's report address, or says none was set`, async () => {
      const page = await open();
      await page.goto(`${site.url}${path}`);
      const report = page.locator('[data-report]').first();
      if (process.env.REPORT_URL) expect(await report.locator('a').getAttribute('href')).toBe(process.env.REPORT_URL);
      else expect(await report.textContent()).toContain('REPORT_URL');
    });
  }
});

describe('documents the plan cites', () => {
  it('measure 1 links the national policy it implements, whose page lists measure 1, its number and the issuer in the plan’s words', async () => {
    const page = await open();
    await page.goto(`${site.url}measures/1/`);
    await page.getByRole('link', { name: '《关于促进服务业领域困难行业恢复发展的若干政策》' }).click();
    await page.waitForURL(/\/documents\/[\w-]+\/$/u);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      '《关于促进服务业领域困难行业恢复发展的若干政策》',
    );
    const facts = await page.locator('.doc-facts').textContent();
    expect(facts).toContain('发改财金〔2022〕271号');
    expect(facts).toContain('国家发展改革委等14部委');
    expect(await page.locator('.doc-measures a').first().getAttribute('href')).toMatch(/\/measures\/1\/$/u);
  });
  for (const path of ['documents/', 'en/documents/']) {
    it(`/${path} lists every cited document and has zero axe violations`, async () => {
      const page = await open();
      await page.goto(`${site.url}${path}`);
      expect(await page.locator('.doc-list li').count()).toBe(2);
      expect(describeViolations(await axe(page))).toBe('');
    });
  }
});
