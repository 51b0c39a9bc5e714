/**
 * Browser-test harness: serves a built site (dist/) on localhost and drives Debian's Chromium
 * through playwright-core. No test tool downloads a browser.
 *
 * Every browser test file starts with the one fixture, useBrowser(): it launches one Chromium and serves
 * the site for the whole file (beforeAll), closes both at the end (afterAll), and opens each page in a
 * context of its own:
 *
 *   const { open, site } = useBrowser();            // dist/ at /; or useBrowser({ site: () => serveWithNginx(dir) })
 *   it('…', async () => {
 *     const page = await open('measures/14/');       // desktop 1280×720, JavaScript on
 *     const phone = await open('', { ...PHONE });    // 390×844 with touch (TOUCH_PHONE), or { viewport: NARROW_PHONE }
 *     const plain = await open('plan/', { js: false, locale: 'en-US', colorScheme: 'dark' });
 *     const blank = await open();                    // no navigation: add listeners or init scripts, then goto
 *   });
 *
 * A page opened inside a test (or a beforeEach) is closed when that test ends; one opened in a beforeAll
 * lives until the file ends, for suites that walk one page through several tests. Every page is watched:
 * a page error or console error fails the running test (tests/e2e/page-errors.ts; expectPageError() for
 * one a test provokes). Sizes: PHONE (390×844), NARROW_PHONE (360×740, the narrowest page that must fit).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createRequire } from 'node:module';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, onTestFinished } from 'vitest';
import { headersFor } from '../../src/lib/build/headers';
import { instrument } from './page-errors';

export const ROOT = resolve(import.meta.dirname, '../..');

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * A program the tests need: the file in $`env` if set (which must exist), else the first of
 * `candidates` that exists. Fails with `missing` (how to install it) and the paths checked.
 */
export function findExecutable(env: string, candidates: string[], missing: string): string {
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${env} is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`${missing} Checked: ${candidates.join(', ')}`);
  return found;
}

/** The Chromium to drive: $CHROME_PATH, else Debian's. Fails with instructions when there is none. */
export function findChromium(): string {
  return findExecutable(
    'CHROME_PATH',
    CANDIDATES,
    "No Chromium found for the browser tests. Install Debian's: `sudo apt-get install -y chromium` " +
      '(or set CHROME_PATH to a Chromium or Chrome binary).',
  );
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The one Chromium of a test file (launch it once, in beforeAll). Every page it opens, directly or
 * through a context, is watched: a page error or console error fails the running test (see below).
 * `watch: false` for a suite that collects errors per page itself (the crawl).
 */
export async function launch({ watch = true } = {}): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  return watch ? instrument(browser) : browser;
}

export { expectPageError, watchErrors } from './page-errors';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

export interface Site {
  /** Origin plus base, ending in '/': http://127.0.0.1:PORT/sub/ */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site from `dir` under `base` (like a static host: index.html per folder, 404.html),
 * with the production headers (src/lib/build/headers.ts), so every browser test runs under the real policy.
 * The service worker (sw.js) is answered 404 unless asked for: it would precache the whole site in
 * every test's fresh browser context (tests/e2e/offline.test.ts tests it).
 */
export async function serve(dir = join(ROOT, 'dist'), base = '/', { serviceWorker = false } = {}): Promise<Site> {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`No built site in ${dir}. Run \`npm run build\` first (npm test does it for you).`);
  }
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer((req, res) => {
    const raw = new URL(req.url ?? '/', 'http://x').pathname;
    let pathname: string;
    try {
      pathname = decodeURIComponent(raw);
    } catch {
      // a malformed percent-encoding (/%E0%A4%A/) is the client's error, as a static host answers it
      res.writeHead(400, { ...headersFor(raw, base), 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Bad request: malformed percent-encoding in the path');
    }
    const notFound = () => {
      // like deploy/nginx.conf: a missing English address gets the English 404 page
      const page = join(dir, pathname.startsWith(`${prefix}en/`) ? 'en/404.html' : '404.html');
      res.writeHead(404, { ...headersFor(raw, base), 'Content-Type': TYPES['.html']! });
      res.end(existsSync(page) ? readFileSync(page) : 'Not found');
    };
    if (!pathname.startsWith(prefix) && pathname + '/' !== prefix) return notFound();
    if (!serviceWorker && pathname === `${prefix}sw.js`) return notFound();
    let file = normalize(join(dir, pathname.slice(prefix.length)));
    if (!file.startsWith(dir)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { ...headersFor(raw, base), Location: `${raw}/` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound();
    res.writeHead(200, {
      ...headersFor(raw, base),
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${prefix}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core (WCAG 2.x A and AA rules) on the page; returns the violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // evaluated through the DevTools protocol: an inline <script> would be refused by the site's CSP
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // @ts-expect-error axe is evaluated above
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return r.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** A readable summary of axe violations for assertion messages. */
export function describeViolations(v: AxeViolation[]): string {
  return v
    .map((x) => `${x.id} (${x.impact}): ${x.help}\n    ${x.nodes.map((n) => n.target.join(' ')).join('\n    ')}`)
    .join('\n');
}

/**
 * Brings the explorer live as a reader does: it hydrates when they reach for it (`client:intent`,
 * src/scripts/hydrate-on-intent.ts), here a pointer coming over it, and the test awaits the live island.
 */
export async function explorerLive(page: Page): Promise<void> {
  await page.locator('[data-explorer]').dispatchEvent('pointerover');
  await page.locator('[data-explorer][data-ready="true"]').waitFor();
}

/**
 * The rendered text of each element, as a reader scrolling down to it reads it. Long lists lay out their cards only
 * near the screen (`content-visibility: auto`), and text not laid out has no rendered form yet: each element is
 * scrolled into view and read once the browser has laid it out. The page's scroll position is restored after.
 */
export async function renderedTexts(list: Locator): Promise<string[]> {
  return list.evaluateAll(async (els: HTMLElement[]) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const [x, y] = [scrollX, scrollY];
    const out: string[] = [];
    for (const el of els) {
      el.scrollIntoView({ block: 'nearest' });
      // laid out once no ancestor is skipped; a few frames at most (the bound keeps a hidden element from hanging)
      for (let n = 0; n < 30 && !el.checkVisibility({ contentVisibilityAuto: true }); n++) await frame();
      out.push(el.innerText);
    }
    scrollTo(x, y);
    return out;
  });
}

/** The phone of every browser test (a common mid-range phone, 390×844 CSS px). */
export const PHONE = { width: 390, height: 844 };
/** The same phone as open() options: its viewport, a touch screen and the mobile layout viewport. */
export const TOUCH_PHONE = { viewport: PHONE, hasTouch: true, isMobile: true } as const;
/** The narrowest phone every page must still fit without sideways scrolling. */
export const NARROW_PHONE = { width: 360, height: 740 };

/** Opens `url` at the narrowest phone width and returns how far the page scrolls sideways (0 or less: it fits). */
export async function sidewaysOverflow(open: BrowserFixture['open'], url: string): Promise<number> {
  const phone = await open(undefined, { viewport: NARROW_PHONE });
  try {
    await phone.goto(url);
    return await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  } finally {
    await phone.close();
  }
}

/**
 * Records every Content Security Policy violation (Trusted Types included) in the pages of `target`:
 * securitypolicyviolation events, and the console messages of refusals that raise no event.
 */
export async function watchPolicyViolations(target: Page | BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await target.exposeFunction('__reportViolation', (v: string) => violations.push(v));
  await target.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      // @ts-expect-error exposed above
      window.__reportViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    ),
  );
  const onConsole = (m: { text(): string }) => {
    if (/Content Security Policy|Trusted ?Type|Offline reading is not available/u.test(m.text()))
      violations.push(`console: ${m.text()}`);
  };
  // pages and contexts both report console messages (a context: of all its pages)
  (target as Page).on('console', onConsole);
  return violations;
}

/** How many pages a suite loads at once (most of a page load is waiting; the machines have two cores). */
export const TABS = 4;

/** Runs `f` over `items`, at most `n` at once; the results in the items' order. */
export async function mapConcurrently<T, R>(items: readonly T[], f: (item: T) => Promise<R>, n = TABS): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await f(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return results;
}

/**
 * Visits every item in `tabs` pages of `context` at once, each page taking the next item from a queue, and
 * returns what `visit` returned for each item. For a suite that checks many pages: they load side by side.
 * The pages stay watched like every page (a page error or console error fails the running test or hook).
 */
export async function inTabs<T, R>(
  context: BrowserContext,
  items: readonly T[],
  visit: (page: Page, item: T) => Promise<R>,
  tabs = TABS,
): Promise<Map<T, R>> {
  const results = new Map<T, R>();
  let next = 0;
  const tab = async () => {
    const page = await context.newPage();
    try {
      while (next < items.length) {
        const item = items[next++]!;
        results.set(item, await visit(page, item));
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(tabs, items.length) }, tab));
  return results;
}

export interface OpenOptions extends BrowserContextOptions {
  /** false: the page with JavaScript off (as javaScriptEnabled: false) */
  js?: boolean;
}

export interface BrowserFixture {
  /** The file's Chromium (for what open() does not cover, e.g. a context shared by several pages). */
  readonly browser: Browser;
  /** The served site: url (origin plus base, ending in '/') and origin. */
  readonly site: Pick<Site, 'url' | 'origin'>;
  /**
   * A new page in a context of its own (options as browser.newContext, plus `js`), at site.url + `path`
   * (no navigation when `path` is undefined). Closed when the test that opened it ends; opened in a
   * beforeAll, when the file ends.
   */
  open(path?: string, options?: OpenOptions): Promise<Page>;
}

/**
 * The one browser fixture of a test file (see the top of this file): registers beforeAll/afterAll that
 * launch Chromium and serve the site, and returns them with open(). `site: null` serves nothing (a file
 * that serves its own sites); `watch: false` leaves page errors to the file (the crawl collects them per page).
 */
export function useBrowser({
  site: start = () => serve(),
  watch = true,
}: { site?: (() => Promise<Site>) | null; watch?: boolean } = {}): BrowserFixture {
  let browser: Browser | undefined;
  let served: Site | undefined;
  beforeAll(async () => {
    [browser, served] = await Promise.all([launch({ watch }), start?.()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not there: useBrowser() starts it in beforeAll.`);
    return value;
  };
  const site = {
    get url() {
      return ready(served, 'The served site').url;
    },
    get origin() {
      return ready(served, 'The served site').origin;
    },
  };
  return {
    get browser() {
      return ready(browser, 'The browser');
    },
    site,
    async open(path, { js = true, ...options } = {}) {
      const context = await ready(browser, 'The browser').newContext({ javaScriptEnabled: js, ...options });
      try {
        onTestFinished(() => context.close());
      } catch {
        // opened in a beforeAll: the context lives until afterAll closes the browser
      }
      const page = await context.newPage();
      if (path !== undefined) await page.goto(site.url + path);
      return page;
    },
  };
}
