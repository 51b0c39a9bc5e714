/** A production build without SITE_URL must say loudly that its links carry a placeholder. */
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE, siteFromEnv } from '../../src/lib/publishing/seo';

describe('SITE_URL', () => {
  it('is used as the origin when set', () => {
    expect(siteFromEnv({ SITE_URL: 'https://plans.example.gov' })).toEqual({ site: 'https://plans.example.gov' });
  });

  it('missing or blank: the placeholder, with a warning that names the variable, the placeholder and what it breaks', () => {
    for (const env of [{}, { SITE_URL: '  ' }]) {
      const r = siteFromEnv(env);
      expect(r.site).toBe(PLACEHOLDER_SITE);
      expect(r.warning).toMatch(/WARNING: SITE_URL is not set/u);
      expect(r.warning).toContain(PLACEHOLDER_SITE);
      expect(r.warning).toMatch(/canonical links, citations/u);
      expect(r.warning).toContain('SITE_URL=https://');
    }
  });
});
