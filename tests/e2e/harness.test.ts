/** The browser tests' own server behaves like the production host: same headers, clear answers to bad paths. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { headersFor } from '../../src/lib/headers';
import { serve, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await serve();
});
afterAll(() => site?.close());

/** A raw GET (fetch would normalise the path). */
function get(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((ok, fail) => {
    const req = request(`${site.origin}${path}`, (res) => {
      res.resume();
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('test server (tests/e2e/harness.ts)', () => {
  it('answers a malformed percent-encoded path with 400, and keeps serving', async () => {
    expect((await get('/measures/%E0%A4%A/')).status).toBe(400);
    expect((await get('/%')).status).toBe(400);
    expect((await get('/measures/37/')).status).toBe(200);
  });

  it('sends the production headers on pages, assets and 404s', async () => {
    for (const [path, status] of [['/plan/', 200], ['/no-such-page/', 404], ['/favicon.svg', 200]] as const) {
      const r = await get(path);
      expect(r.status, path).toBe(status);
      for (const [name, value] of Object.entries(headersFor(path))) expect(r.headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
    }
  });
});
