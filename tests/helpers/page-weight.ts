/**
 * What a built page ships on load, read from dist/: its HTML, the CSS and JS it links, and every
 * JS module those import statically (including island component and renderer modules). Sizes are
 * gzipped (level 9), so they are deterministic and can be budgeted in tests and reported by the bench.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  files: string[];
}

export const gzipSize = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Resolves a URL found in a page or module to a file in dist, given the site's base. */
function toFile(dist: string, base: string, from: string, ref: string): string | null {
  if (/^(https?:)?\/\//u.test(ref) || ref.startsWith('data:')) return null;
  let p: string;
  if (ref.startsWith('/')) {
    const b = base.endsWith('/') ? base : `${base}/`;
    if (!ref.startsWith(b)) return null;
    p = ref.slice(b.length);
  } else {
    p = posix.normalize(posix.join(posix.dirname(from), ref));
  }
  p = p.split(/[?#]/u)[0]!;
  return existsSync(join(dist, p)) ? p : null;
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'u').exec(tag)?.slice(1).find(Boolean);

/** The weight of one page; `page` is a path inside dist like 'measures/1/index.html'. */
export function pageWeight(dist: string, page: string, base = '/'): PageWeight {
  const html = readFileSync(join(dist, page), 'utf8');
  const css = new Set<string>();
  const js = new Set<string>();
  let inlineCss = '';
  let inlineJs = '';
  for (const m of html.matchAll(/<link\b[^>]*>/gu)) {
    const rel = attr(m[0], 'rel');
    const href = attr(m[0], 'href');
    if (!href) continue;
    const f = toFile(dist, base, page, href);
    if (!f) continue;
    if (rel === 'stylesheet') css.add(f);
    if (rel === 'modulepreload') js.add(f);
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gu)) {
    const src = attr(m[1]!, 'src');
    const type = attr(m[1]!, 'type');
    if (src) {
      const f = toFile(dist, base, page, src);
      if (f) js.add(f);
    } else if (!type || type === 'module' || type === 'text/javascript') {
      inlineJs += m[2];
      for (const imp of m[2]!.matchAll(/import\s*\(?\s*["']([^"']+)["']/gu)) {
        const f = toFile(dist, base, page, imp[1]!);
        if (f) js.add(f);
      }
    }
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gu)) inlineCss += m[1];
  for (const m of html.matchAll(/<astro-island\b[^>]*>/gu)) {
    for (const name of ['component-url', 'renderer-url']) {
      const u = attr(m[0], name);
      const f = u ? toFile(dist, base, page, u) : null;
      if (f) js.add(f);
    }
  }
  // follow static imports of JS modules
  const queue = [...js];
  while (queue.length) {
    const f = queue.shift()!;
    const code = readFileSync(join(dist, f), 'utf8');
    for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/gu)) {
      const g = toFile(dist, base, f, m[1]!);
      if (g && !js.has(g)) {
        js.add(g);
        queue.push(g);
      }
    }
  }
  const sum = (files: Set<string>, inline: string) =>
    (inline ? gzipSize(inline) : 0) + [...files].reduce((n, f) => n + gzipSize(readFileSync(join(dist, f))), 0);
  return {
    page,
    html: gzipSize(html),
    css: sum(css, inlineCss),
    js: sum(js, inlineJs),
    files: [...css, ...js].sort(),
  };
}
