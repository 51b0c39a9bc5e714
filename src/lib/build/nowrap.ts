/**
 * Every rendered page keeps each number-with-unit run on one line (src/middleware.ts): this wraps the
 * runs found by numberRuns (src/lib/site/number-runs.ts) in the page's text. Content inside
 * <astro-island> is left exactly as rendered: React hydrates it and would discard server HTML that
 * differs from its own (the islands wrap their numbers themselves).
 */
import { numberRuns } from '../site/number-runs';

/** Elements whose text is not page text, or cannot hold a <span>: left exactly as they are. */
const SKIP = new Set([
  'head',
  'script',
  'style',
  'title',
  'textarea',
  'svg',
  'math',
  'template',
  'option',
  'code',
  'kbd',
  // an island's server HTML must stay what React rendered, or hydration fails (React error #418)
  'astro-island',
]);
/** A tag (quoted attribute values may contain > and <), or a comment. */
const TAG =
  /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][^\s/>]*)((?:\s+[^\s"'=<>`/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?)>/gu;
/** Character references in text (&#39; &amp; …): never split. */
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/giu;

function wrapText(text: string): string {
  let out = '';
  let last = 0;
  const plain = (s: string) =>
    numberRuns(s)
      .map((seg) => (seg.keep ? `<span class="nowrap">${seg.text}</span>` : seg.text))
      .join('');
  for (const m of text.matchAll(ENTITY)) {
    out += plain(text.slice(last, m.index)) + m[0];
    last = m.index! + m[0].length;
  }
  return out + plain(text.slice(last));
}

/**
 * Wraps every number-with-unit run in the text of a rendered HTML page in `<span class="nowrap">`
 * (the site's middleware does this for every page). Markup, attributes, character references and the
 * contents of head, script, style, textarea, svg, code, option and similar elements are untouched,
 * so the page's text is exactly what it was.
 */
export function keepNumbersInHtml(html: string): string {
  let out = '';
  let last = 0;
  const open: string[] = []; // skipped elements we are inside
  for (const m of html.matchAll(TAG)) {
    const text = html.slice(last, m.index);
    out += open.length ? text : wrapText(text);
    out += m[0];
    last = m.index! + m[0].length;
    const name = m[2]?.toLowerCase();
    if (!name || !SKIP.has(name) || m[3]?.endsWith('/')) continue;
    if (m[1]) {
      const i = open.lastIndexOf(name);
      if (i >= 0) open.length = i;
    } else open.push(name);
  }
  const rest = html.slice(last);
  return out + (open.length ? rest : wrapText(rest));
}
