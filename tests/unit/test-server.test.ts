/** The browser tests' static server answers odd requests as a static host would, never by crashing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type Site } from '../e2e/harness';

let dir: string;
let site: Site;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plan-explorer-serve-'));
  writeFileSync(join(dir, 'index.html'), '<p>home</p>');
  writeFileSync(join(dir, '404.html'), '<p>not here</p>');
  mkdirSync(join(dir, '搜索'));
  writeFileSync(join(dir, '搜索', 'index.html'), '<p>search</p>');
  site = await serve(dir, '/sub/');
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('test server', () => {
  it('answers a malformed percent-encoded path with 400, and keeps serving', async () => {
    const bad = await fetch(`${site.url}%E0%A4%A/`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('malformed percent-encoding');
    expect((await fetch(site.url)).status).toBe(200);
  });

  it('serves an encoded folder name and redirects it to its trailing slash without decoding the Location', async () => {
    const r = await fetch(`${site.url}%E6%90%9C%E7%B4%A2`, { redirect: 'manual' });
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/sub/%E6%90%9C%E7%B4%A2/');
    expect(await (await fetch(`${site.url}%E6%90%9C%E7%B4%A2/`)).text()).toContain('search');
  });

  it('answers an unknown path with the 404 page', async () => {
    const r = await fetch(`${site.url}no-such-page/`);
    expect(r.status).toBe(404);
    expect(await r.text()).toContain('not here');
  });
});

describe('test server headers', () => {
  // the policy a browser enforces in every browser test, as the production host sends it
  const directive = (csp: string, name: string) =>
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `));

  it('sends the strict policy on pages, 404s and 400s: scripts and styles from the site only, no inline code', async () => {
    for (const [path, status] of [
      ['', 200],
      ['no-such-page/', 404],
      ['%E0%A4%A/', 400],
    ] as const) {
      const r = await fetch(`${site.url}${path}`);
      expect(r.status, path).toBe(status);
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(directive(csp, 'script-src'), path).toBe("script-src 'self'");
      expect(directive(csp, 'style-src'), path).toBe("style-src 'self'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).not.toContain('unsafe-eval');
      expect(directive(csp, 'frame-ancestors'), path).toBe("frame-ancestors 'none'");
      expect(csp, path).toContain("require-trusted-types-for 'script'");
      expect(r.headers.get('x-content-type-options'), path).toBe('nosniff');
      // HSTS is the deployment's choice (deploy/nginx.conf), never sent to a local http:// origin
      expect(r.headers.get('strict-transport-security'), path).toBeNull();
      // pages are revalidated on every visit: a redeploy is seen at once
      expect(r.headers.get('cache-control'), path).toMatch(/max-age=0/u);
    }
  });

  it('lets browsers keep hashed build assets (/_astro/) for a year without asking again', async () => {
    mkdirSync(join(dir, '_astro'), { recursive: true });
    writeFileSync(join(dir, '_astro', 'app.abc123.js'), 'export {};');
    const r = await fetch(`${site.url}_astro/app.abc123.js`);
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toMatch(/max-age=31536000/u);
    expect(r.headers.get('cache-control')).toContain('immutable');
  });
});
