import { readFileSync } from 'node:fs';
import { contentAddressedName } from '../../src/lib/build/content-address';
import { describe, expect, it } from 'vitest';
import {
  CACHE,
  cacheControl,
  compareHeaders,
  contentSecurityPolicy,
  headersFor,
  metaContentSecurityPolicy,
  netlifyHeaders,
  nginxConf,
} from '../../src/lib/build/headers';

const directives = (policy: string) =>
  new Map(policy.split(/;\s*/u).map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));

describe('security headers (src/lib/build/headers.ts)', () => {
  it('is the strict policy of issue 13: self only, no inline, no eval, Trusted Types', () => {
    const csp = directives(contentSecurityPolicy());
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(csp.has('upgrade-insecure-requests')).toBe(true);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe/u);
  });

  it('leaves out of the meta policy only what a meta policy cannot carry', () => {
    const meta = directives(metaContentSecurityPolicy());
    const full = directives(contentSecurityPolicy());
    expect(meta.has('frame-ancestors')).toBe(false);
    expect([...meta.keys()]).toEqual([...full.keys()].filter((k) => k !== 'frame-ancestors'));
  });

  it('caches hashed bundles for a year and revalidates everything else, under any base', () => {
    expect(cacheControl('/_astro/page.DxY1.js')).toBe(CACHE.immutable);
    expect(cacheControl('/sub/_astro/page.DxY1.js', '/sub/')).toBe(CACHE.immutable);
    expect(cacheControl('/_astro/page.DxY1.js', '/sub/')).toBe(CACHE.revalidate);
    expect(cacheControl('/measures/1/')).toBe(CACHE.revalidate);
    expect(cacheControl('/')).toBe(CACHE.revalidate);
    expect(headersFor('/plan/')).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cache-Control': CACHE.revalidate,
    });
  });

  it('writes _headers with one Cache-Control rule per path (hosts join the values of overlapping rules)', () => {
    const text = netlifyHeaders('/sub/');
    expect(text).toMatch(/^\/sub\/\*\n {2}Content-Security-Policy: default-src 'self';/mu);
    expect(text).toMatch(/^\/sub\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/mu);
    expect(text).toMatch(/^\/sub\/search-data\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/mu);
    expect(text.match(/Cache-Control/gu)).toHaveLength(2);
  });

  it('deploy/nginx.conf is what the module writes (regenerate with `npm run deploy:nginx`)', () => {
    expect(readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8')).toBe(nginxConf());
  });

  it('the nginx configuration sends every header on every location, 404s included', () => {
    const conf = nginxConf({ base: '/sub/' });
    const locations = conf.split(/\n {2}location /u).slice(1);
    expect(locations.length).toBe(5);
    for (const l of locations) {
      for (const name of Object.keys(headersFor('/')))
        expect(l).toMatch(new RegExp(`add_header ${name} ".+" always;`, 'u'));
    }
    expect(conf).toMatch(/error_page 404 \/sub\/404\.html;/u);
    // the English edition's missing addresses get its own 404 page
    expect(conf).toMatch(/location \/sub\/en\/ \{\n {4}error_page 404 \/sub\/en\/404\.html;/u);
    expect(conf).toMatch(/location \/sub\/_astro\/ \{[^}]*Cache-Control "public, max-age=31536000, immutable"/u);
  });
});

describe('compareHeaders (npm run deploy:check)', () => {
  it('names each missing or different header, and nothing when all match', () => {
    const good = headersFor('/_astro/a.js');
    const get = (h: Record<string, string>) => (n: string) =>
      Object.entries(h).find(([k]) => k.toLowerCase() === n.toLowerCase())?.[1] ?? null;
    expect(compareHeaders('/_astro/a.js', '/', get(good))).toEqual([]);
    const missing: Record<string, string> = { ...good, 'Cache-Control': CACHE.revalidate };
    delete missing['X-Content-Type-Options'];
    expect(compareHeaders('/_astro/a.js', '/', get(missing))).toEqual([
      { name: 'X-Content-Type-Options', expected: 'nosniff', actual: null },
      { name: 'Cache-Control', expected: CACHE.immutable, actual: CACHE.revalidate },
    ]);
  });
});

describe('content-addressed search files', () => {
  it('get a new name when their content changes, and keep it while it does not', () => {
    const a = contentAddressedName('index', 'json', '{"m":[1]}');
    expect(a).toMatch(/^index\.[0-9a-f]{10}\.json$/u);
    expect(contentAddressedName('index', 'json', '{"m":[1]}')).toBe(a);
    expect(contentAddressedName('index', 'json', '{"m":[2]}')).not.toBe(a);
  });

  it('are cached as immutable, the fixed-name copies revalidated', () => {
    expect(cacheControl('/search-data/index.0123456789.json')).toBe(CACHE.immutable);
    expect(cacheControl('/sub/search-data/homophones.0123456789.json', '/sub/')).toBe(CACHE.immutable);
    expect(cacheControl('/search-index.json')).toBe(CACHE.revalidate);
  });
});
