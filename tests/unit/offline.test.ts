/**
 * The service worker's answer to a page it does not have, offline (src/lib/build/offline.ts, run inside sw.js):
 * what a cache holds for that address, else the offline page of the reader's edition, under any base.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { offlinePage } from '../../src/lib/build/offline';

/** A worker's globals: its scope, and caches holding `stored` (URL → body; matched as caches.match with ignoreSearch). */
function worker(scope: string, stored: Record<string, string>) {
  vi.stubGlobal('self', { registration: { scope } });
  vi.stubGlobal('caches', {
    match: async (r: Request | string, o?: { ignoreSearch?: boolean }) => {
      const url = typeof r === 'string' ? r : r.url;
      const hit = Object.keys(stored).find((k) => (o?.ignoreSearch ? k.replace(/\?.*$/u, '') : k) === url);
      return hit === undefined ? undefined : new Response(stored[hit]);
    },
  });
}

afterEach(() => vi.unstubAllGlobals());

const STORED = {
  'https://x.org/sub/offline/index.html?__WB_REVISION__=a1': 'zh',
  'https://x.org/sub/en/offline/index.html?__WB_REVISION__=b2': 'en',
  'https://x.org/sub/share/measure-3.png': 'card',
};
const answer = async (url: string) => (await offlinePage({ request: new Request(url) }))?.text();

describe('offline page', () => {
  it('answers an English address with the English offline page, any other with the Chinese one, under the base', async () => {
    worker('https://x.org/sub/', STORED);
    expect(await answer('https://x.org/sub/en/no-such-page/')).toBe('en');
    expect(await answer('https://x.org/sub/en/measures/3/?q=1')).toBe('en');
    expect(await answer('https://x.org/sub/no-such-page/')).toBe('zh');
    expect(await answer('https://x.org/sub/share/measure-4.png')).toBe('zh');
    // /english/ is not the English edition
    expect(await answer('https://x.org/sub/english/')).toBe('zh');
  });

  it('serves what a cache already holds for the address (a share card seen before) before the offline page', async () => {
    worker('https://x.org/sub/', STORED);
    expect(await answer('https://x.org/sub/share/measure-3.png')).toBe('card');
  });
});
