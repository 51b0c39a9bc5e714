/**
 * Share cards: every measure page and every other page names a 1200×630 PNG of at most 80 KB as
 * og:image (absolute URL) with twitter:card summary_large_image; the measure's card is its own.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const DIST = join(ROOT, 'dist');
const SITE = process.env.SITE_URL || 'https://plan-explorer.example.org';
const meta = (html: string, key: string) =>
  html.match(new RegExp(`<meta (?:property|name)="${key.replace(/\./gu, '\\.')}" content="([^"]*)"`, 'u'))?.[1];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number; bytes: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), bytes: b.length };
}

function cardOf(page: string): { url: string; file: string } {
  const html = readFileSync(join(DIST, page), 'utf8');
  expect(meta(html, 'twitter:card'), page).toBe('summary_large_image');
  const url = meta(html, 'og:image');
  expect(url, `${page} has og:image`).toBeDefined();
  expect(url!.startsWith(`${new URL(SITE).origin}/`), `${url} is absolute on the site`).toBe(true);
  expect(meta(html, 'twitter:image')).toBe(url);
  return { url: url!, file: join(DIST, new URL(url!).pathname) };
}

describe('share cards', () => {
  const measures = readdirSync(join(DIST, 'measures')).filter((d) => /^\d+$/u.test(d));

  it('every measure page has its own 1200×630 card of at most 80 KB', () => {
    expect(measures).toHaveLength(66);
    const seen = new Set<string>();
    for (const n of measures) {
      const { url, file } = cardOf(`measures/${n}/index.html`);
      expect(url).toMatch(new RegExp(`/share/measure-${n}\\.png$`, 'u'));
      expect(existsSync(file), file).toBe(true);
      const png = pngSize(file);
      expect([png.width, png.height], url).toEqual([1200, 630]);
      expect(png.bytes, url).toBeLessThanOrEqual(80 * 1024);
      seen.add(readFileSync(file).toString('base64'));
    }
    expect(seen.size, 'no two measures share a picture').toBe(66);
  });

  it('every English measure page has its own English card, not the Chinese one', () => {
    for (const n of measures) {
      const { url, file } = cardOf(`en/measures/${n}/index.html`);
      expect(url).toMatch(new RegExp(`/share/en/measure-${n}\\.png$`, 'u'));
      const png = pngSize(file);
      expect([png.width, png.height], url).toEqual([1200, 630]);
      expect(png.bytes, url).toBeLessThanOrEqual(80 * 1024);
      expect(readFileSync(file).equals(readFileSync(join(DIST, `share/measure-${n}.png`))), url).toBe(false);
    }
    const html = readFileSync(join(DIST, 'en/measures/14/index.html'), 'utf8');
    expect(meta(html, 'og:image:alt')).toMatch(/Measure 14: /u);
    expect(meta(html, 'og:image:alt')).not.toMatch(/\p{Script=Han}/u);
  });

  it('the other English pages share the English site card', () => {
    for (const page of ['en/index.html', 'en/plan/index.html', 'en/data/index.html', 'en/404.html']) {
      const { url, file } = cardOf(page);
      expect(url, page).toMatch(/\/share\/en\/site\.png$/u);
      expect(pngSize(file).bytes).toBeLessThanOrEqual(80 * 1024);
      expect(meta(readFileSync(join(DIST, page), 'utf8'), 'og:image:alt'), page).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('the other pages share the site card', () => {
    for (const page of ['index.html', 'plan/index.html', 'search/index.html', 'agencies/commerce/index.html']) {
      const { url, file } = cardOf(page);
      expect(url).toMatch(/\/share\/site\.png$/u);
      const png = pngSize(file);
      expect([png.width, png.height]).toEqual([1200, 630]);
      expect(png.bytes).toBeLessThanOrEqual(80 * 1024);
    }
  });
});

describe('the favicon', () => {
  it('draws white 晋 on the red disc with no font at all, so no page lays out text or looks up a font for it', () => {
    const svg = readFileSync(join(DIST, 'favicon.svg'), 'utf8');
    expect(svg).not.toMatch(/<text\b/u);
    // drawn as a browser would with no font installed
    const img = new Resvg(svg, { fitTo: { mode: 'width', value: 64 }, font: { loadSystemFonts: false } }).render();
    const px = (x: number, y: number) => [...img.pixels.subarray((y * 64 + x) * 4, (y * 64 + x) * 4 + 4)];
    expect(px(1, 1)[3], 'outside the disc: transparent').toBe(0);
    expect(px(32, 3), 'the disc: the accent red').toEqual([0xa3, 0x12, 0x0f, 255]);
    let white = 0;
    for (let i = 0; i < img.pixels.length; i += 4) if (img.pixels[i]! > 240 && img.pixels[i + 1]! > 240) white++;
    expect(white / (64 * 64), 'the character is drawn: a good part of the disc is white').toBeGreaterThan(0.08);
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
  });
});
