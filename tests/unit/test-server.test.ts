/** The browser tests' static server answers odd requests as a static host would, never by crashing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type Site } from '../e2e/harness';
import { headersFor } from '../../src/lib/build/headers';

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
  it('sends the production headers (src/lib/build/headers.ts) on pages, 404s and 400s', async () => {
    for (const [path, status] of [
      ['', 200],
      ['no-such-page/', 404],
      ['%E0%A4%A/', 400],
    ] as const) {
      const r = await fetch(`${site.url}${path}`);
      expect(r.status, path).toBe(status);
      for (const [name, value] of Object.entries(headersFor(new URL(`${site.url}${path}`).pathname, '/sub/'))) {
        expect(r.headers.get(name), `${name} on /sub/${path}`).toBe(value);
      }
    }
  });
});
