/**
 * The site works under a sub-path: build it with BASE_PATH=/sub/ into dist-sub, serve it there, and
 * crawl every page reachable from the home page. Every internal link must resolve, and every
 * #fragment must exist on its target page. Also: every page has its own title and description, and
 * the sitemap lists exactly the pages the crawl found. And every built page of both editions (every .html
 * in dist/) opens in Chromium without a page error or console error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { mapConcurrently, ROOT, serve, TABS, useBrowser, watchErrors, type Site, explorerLive } from './harness';
import { SUB_BASE as BASE, subPathBuild } from '../helpers/sub-build';

interface Fetched {
  status: number;
  type: string;
  body: string;
}
interface Link {
  from: string;
  href: string;
  target: URL;
}

let site: Site;
const pages = new Map<string, Fetched>();
const links: Link[] = [];

const decode = (s: string) =>
  s
    .replace(/&amp;/gu, '&')
    .replace(/&#39;/gu, "'")
    .replace(/&quot;/gu, '"');
const key = (u: URL) => u.origin + u.pathname;

function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(/\s(?:id|name)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gu))
    ids.add(decode(m[1] ?? m[2] ?? m[3] ?? ''));
  return ids;
}

function refsOf(html: string): string[] {
  const out: string[] = [];
  const clean = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gu, (s) =>
    /\ssrc=/u.test(s) ? s.replace(/>[\s\S]*<\/script>$/u, '></script>') : '',
  );
  for (const m of clean.matchAll(
    /<(?:a|link|script|img|source|iframe)\b[^>]*?\s(?:href|src)=(?:"([^"]*)"|'([^']*)')/gu,
  ))
    out.push(decode(m[1] ?? m[2] ?? ''));
  return out;
}

async function get(u: URL): Promise<Fetched> {
  const k = key(u);
  const hit = pages.get(k);
  if (hit) return hit;
  const res = await fetch(k, { redirect: 'follow' });
  const f = { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
  pages.set(k, f);
  return f;
}

beforeAll(async () => {
  site = await serve(await subPathBuild(), BASE);

  // breadth-first from the home page, following every internal link
  // the 404 page is reachable by no link, so it is a second starting point
  const notFound = new URL('no-such-page/', site.url);
  // level by level: a level's addresses are fetched several at a time, then read in order
  let level: URL[] = [new URL(site.url), notFound];
  const seen = new Set<string>(level.map(key));
  while (level.length) {
    const fetched = await mapConcurrently(level, get, 8);
    const next: URL[] = [];
    level.forEach((u, i) => {
      const page = fetched[i]!;
      const isNotFound = key(u) === key(notFound) && page.status === 404;
      if ((page.status !== 200 && !isNotFound) || !page.type.startsWith('text/html')) return;
      for (const href of refsOf(page.body)) {
        if (/^(mailto|tel|javascript|data):/iu.test(href)) continue;
        const target = new URL(href, u);
        if (target.origin !== site.origin) continue;
        links.push({ from: u.pathname, href, target });
        if (!seen.has(key(target))) {
          seen.add(key(target));
          next.push(target);
        }
      }
    });
    level = next;
  }
}, 600_000);

afterAll(async () => {
  await site?.close();
});

const htmlPages = () => [...pages].filter(([, p]) => p.status === 200 && p.type.startsWith('text/html'));

describe(`the site under the sub-path ${BASE}`, () => {
  it('serves its 404 page under the sub-path', () => {
    const page = pages.get(key(new URL('no-such-page/', site.url)));
    expect(page?.status).toBe(404);
    expect(page?.body).toContain('找不到这个页面');
    // a way on to every part and to the measure list — a short page, however many measures there are
    const from404 = links.filter((l) => l.from === `${BASE}no-such-page/`).map((l) => l.target.pathname);
    for (const n of [1, 2, 3, 4, 5, 6, 7]) expect(from404).toContain(`${BASE}parts/${n}/`);
    expect(from404).toContain(`${BASE}measures/`);
    expect(from404.length).toBeLessThan(66);
  });

  it('crawls every page type from the home page', () => {
    const paths = htmlPages().map(([k]) => new URL(k).pathname);
    for (const expected of [
      'plan/',
      'about/',
      'measures/',
      'measures/66/',
      'measures/part/3/',
      'parts/7/',
      'sectors/finance/',
      'task-forces/nonprofit/',
      'agencies/',
      'agencies/ndrc/',
    ]) {
      expect(paths, expected).toContain(`${BASE}${expected}`);
    }
    expect(paths.length).toBeGreaterThan(150);
  });

  it('has zero broken internal links, anchors included', async () => {
    const broken: string[] = [];
    for (const l of links) {
      const page = await get(l.target);
      const samePage = l.target.pathname === l.from; // e.g. the skip link #main, also on the 404 page
      if (page.status !== 200 && !samePage) {
        broken.push(`${l.from} → ${l.href} (HTTP ${page.status})`);
      } else if (!l.target.pathname.startsWith(BASE)) {
        broken.push(`${l.from} → ${l.href} (outside ${BASE})`);
      } else if (l.target.hash && page.type.startsWith('text/html')) {
        const id = decodeURIComponent(l.target.hash.slice(1));
        if (!idsOf(page.body).has(id))
          broken.push(`${l.from} → ${l.href} (no element with id "${id}" on ${l.target.pathname})`);
      }
    }
    expect(broken, `${broken.length} broken link(s):\n  ${broken.join('\n  ')}`).toEqual([]);
    expect(links.filter((l) => l.target.hash).length).toBeGreaterThan(100);
  });

  it('gives every page its own title and description, a canonical URL and link-preview tags', () => {
    const titles = new Map<string, string[]>();
    const descriptions = new Map<string, string[]>();
    const missing: string[] = [];
    for (const [k, p] of htmlPages()) {
      const path = new URL(k).pathname;
      const title = /<title>([^<]*)<\/title>/u.exec(p.body)?.[1];
      const desc = /<meta name="description" content="([^"]*)"/u.exec(p.body)?.[1];
      if (!title || !desc) missing.push(`${path}: title or description missing`);
      for (const tag of [
        '<link rel="canonical"',
        '<meta property="og:title"',
        '<meta property="og:url"',
        '<meta name="twitter:card"',
      ]) {
        if (!p.body.includes(tag)) missing.push(`${path}: no ${tag}>`);
      }
      titles.set(title ?? '', [...(titles.get(title ?? '') ?? []), path]);
      descriptions.set(desc ?? '', [...(descriptions.get(desc ?? '') ?? []), path]);
    }
    const dupes = (m: Map<string, string[]>) =>
      [...m].filter(([, ps]) => ps.length > 1).map(([t, ps]) => `"${t}" on ${ps.join(', ')}`);
    expect(missing).toEqual([]);
    expect(dupes(titles), 'duplicate titles').toEqual([]);
    expect(dupes(descriptions), 'duplicate descriptions').toEqual([]);
  });

  it('lists exactly the crawled pages in sitemap.xml, and robots.txt points at it', async () => {
    const robots = await get(new URL('robots.txt', site.url));
    const sitemapUrl = /^Sitemap:\s*(\S+)$/mu.exec(robots.body)?.[1];
    expect(sitemapUrl).toMatch(/\/sub\/sitemap\.xml$/u);
    const sitemap = await get(new URL(new URL(sitemapUrl!).pathname, site.origin));
    expect(sitemap.status).toBe(200);
    const listed = [...sitemap.body.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => new URL(m[1]!).pathname).sort();
    const crawled = htmlPages()
      .map(([k]) => new URL(k).pathname)
      .sort();
    expect(listed).toEqual(crawled);
  });
});

describe('every built page in Chromium', () => {
  /** Every .html file under dist/, as the path a reader opens. */
  const builtPages = (dir = join(ROOT, 'dist')): string[] =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) =>
        relative(dir, join(dir, f))
          .replace(/\\/gu, '/')
          .replace(/(^|\/)index\.html$/u, '$1'),
      )
      .sort();
  // pages are watched below, per page, so that one report lists every failing page
  const local = useBrowser({ watch: false });

  it('opens every page of both editions with no page error and no console error', async () => {
    const paths = builtPages();
    expect(paths).toContain('');
    expect(paths).toContain('en/');
    const failed = new Map<string, string[]>();
    const queue = [...paths];
    const tab = async (page: Page) => {
      let errors: string[] = [];
      watchErrors(page, (e) => errors.push(e));
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        errors = [];
        const res = await page.goto(local.site.url + path, { waitUntil: 'load' });
        if (!res?.ok()) errors.push(`HTTP ${res?.status()}`);
        // the explorer's island: await its hydration (errors such as React's #418 arrive by then)
        if (await page.locator('[data-explorer]').count()) await explorerLive(page);
        if (errors.length) failed.set(path, errors);
      }
    };
    const context = await local.browser.newContext({ serviceWorkers: 'block' });
    await Promise.all(Array.from({ length: TABS }, async () => tab(await context.newPage())));
    const report = [...failed].map(([p, e]) => `/${p}\n    ${e.join('\n    ')}`).join('\n');
    expect(failed.size, `${failed.size} of ${paths.length} pages failed:\n${report}`).toBe(0);
  }, 600_000);
});
