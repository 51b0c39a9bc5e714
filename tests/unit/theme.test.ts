/**
 * The light and dark themes (custom properties in src/styles/global.css): every colour switches, and
 * text, marks and chart palettes keep their contrast in both. Values are read from the stylesheet itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast, luminance } from '../helpers/contrast';
import { ROOT } from '../helpers/content';

const css = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');

/** The --c-* custom properties declared in the first block matching `selector`. */
function colours(block: string): Map<string, string> {
  return new Map([...block.matchAll(/(--c-[\w-]+):\s*([^;]+);/gu)].map((m) => [m[1]!, m[2]!.trim()]));
}
const light = colours(/^:root\s*\{([^}]*)\}/mu.exec(css)![1]!);
const darkBlock = /@media screen and \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/u.exec(css);
const dark = colours(darkBlock?.[1] ?? '');
const THEMES = { light, dark } as const;

// [foreground, background, minimum ratio, why]
const PAIRS: [string, string, number, string][] = [
  ['--c-text', '--c-bg', 4.5, 'body text'],
  ['--c-text', '--c-surface', 4.5, 'text on cards and header'],
  ['--c-muted', '--c-bg', 4.5, 'secondary text'],
  ['--c-muted', '--c-surface', 4.5, 'secondary text on cards'],
  ['--c-link', '--c-bg', 4.5, 'links'],
  ['--c-link', '--c-surface', 4.5, 'links on cards'],
  ['--c-accent', '--c-bg', 4.5, 'accent text (kicker, current page)'],
  ['--c-accent', '--c-surface', 4.5, 'accent text in the header'],
  ['--c-on-accent', '--c-accent', 4.5, 'buttons and the 牵头 badge'],
  ['--c-responsible', '--c-surface', 4.5, '负责 badge'],
  ['--c-cooperate', '--c-surface', 4.5, '配合 badge'],
  ['--c-lead', '--c-lead-tint', 4.5, 'matrix 牵头 mark'],
  ['--c-responsible', '--c-responsible-tint', 4.5, 'matrix 负责 mark'],
  ['--c-cooperate', '--c-cooperate-tint', 4.5, 'matrix 配合 mark'],
  ['--c-text', '--c-highlight', 4.5, 'highlighted search terms and sentences'],
  ['--c-muted', '--c-highlight', 4.5, 'counts in the current filter'],
  ['--c-link', '--c-highlight', 4.5, 'links in a highlighted sentence'],
  ['--c-text', '--c-subtle', 4.5, 'tags and table heads'],
  ['--c-ok-text', '--c-ok-bg', 4.5, 'copy confirmation'],
  ['--c-focus', '--c-bg', 3, 'focus ring'],
  ['--c-focus', '--c-surface', 3, 'focus ring on cards'],
  ['--c-lead', '--c-surface', 3, 'graph edges and bars (牵头)'],
  ['--c-rule-strong', '--c-surface', 3, 'matrix group rules'],
];
const PARTS = [2, 3, 4, 5, 6, 7].map((n) => `--c-part-${n}`);

describe.each(Object.entries(THEMES))('%s theme', (name, theme) => {
  const get = (prop: string) => {
    const v = theme.get(prop);
    if (!v) throw new Error(`${name} theme does not set ${prop}`);
    return v;
  };

  it('sets every colour the other theme sets', () => {
    expect([...theme.keys()].sort()).toEqual([...(name === 'light' ? dark : light).keys()].sort());
  });

  for (const [fg, bg, min, why] of PAIRS) {
    it(`${why}: ${fg} on ${bg} ≥ ${min}:1`, () => {
      expect(contrast(get(fg), get(bg))).toBeGreaterThanOrEqual(min);
    });
  }

  it('chart part colours: white numbers on top ≥ 4.5:1, shapes against the page and the chart ≥ 3:1', () => {
    for (const p of PARTS) {
      expect(contrast(get('--c-on-part'), get(p)), p).toBeGreaterThanOrEqual(4.5);
      expect(contrast(get(p), get('--c-bg')), p).toBeGreaterThanOrEqual(3);
      expect(contrast(get(p), get('--c-surface')), p).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('the two themes', () => {
  it('dark really is dark, light really is light', () => {
    expect(dark.size).toBeGreaterThan(10);
    expect(luminance(dark.get('--c-bg')!)).toBeLessThan(0.02);
    expect(luminance(light.get('--c-bg')!)).toBeGreaterThan(0.9);
  });
  it('print keeps the light theme: the dark block applies to screens only', () => {
    expect(css).not.toMatch(/@media\s*\(prefers-color-scheme:\s*dark\)/u);
    expect(darkBlock).not.toBeNull();
  });
});

describe('contrast()', () => {
  it('gives the WCAG extremes and a known middle value', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#fff', '#fff')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(() => contrast('red', '#fff')).toThrow(TypeError);
  });
});
