/**
 * The pages of prose (content/pages/{zh,en}/<page>.md) made into a page: the Markdown as rendered by the content
 * layer, with its `{name}` placeholders filled from the page's values (text, escaped) or cut at its blocks (components
 * the page renders there), its root-relative links under the site's base, and, on English pages, its links to Chinese
 * pages marked hreflang="zh-CN". Pure.
 */
import { withBase } from '../site/paths';
import type { Lang } from './i18n';

/** A run of ready HTML, or the name of a block the page renders in its place. */
export type ProsePiece = { html: string } | { block: string };

export interface ProseOptions {
  /** The file, for errors: 'content/pages/en/about.md'. */
  file: string;
  lang: Lang;
  /** Astro's base ('/' or '/sub/'). */
  base: string;
  /** Text values by name (inserted escaped). */
  values: Record<string, string>;
  /** The names of the blocks the page renders (a placeholder alone in a paragraph stands for the whole paragraph). */
  blocks: readonly string[];
}

const PLACEHOLDER = /\{([A-Za-z][\w-]*)\}/gu;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/gu, (c) => ESCAPES[c]!);

const unknown = (file: string, name: string, known: string[]) =>
  new Error(`${file}: unknown placeholder {${name}} (this page knows ${known.map((k) => `{${k}}`).join(', ')})`);

/** A front-matter text (title, description) with its placeholders filled: plain text, for Astro to escape. */
export function fillText(text: string, file: string, field: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw unknown(`${file}: ${field}`, name, Object.keys(values));
    return value;
  });
}

/** The links of rendered prose: root-relative ones under the base; on English pages, Chinese pages marked. */
function links(html: string, lang: Lang, base: string): string {
  return html.replace(/<a href="(\/(?!\/)[^"]*)"/gu, (_, path: string) => {
    const zhPage = lang === 'en' && !/^\/en(\/|$)/u.test(path);
    return `<a href="${escapeHtml(withBase(base, path))}"${zhPage ? ' hreflang="zh-CN"' : ''}`;
  });
}

/** Rendered Markdown made into the page's pieces (see the module's comment). */
export function fillProse(html: string, { file, lang, base, values, blocks }: ProseOptions): ProsePiece[] {
  const known = [...Object.keys(values), ...blocks];
  // the renderer's newlines between block elements: not part of the page
  const compact = links(html.trim().replace(/>\n+</gu, '><'), lang, base);
  const pieces: ProsePiece[] = [];
  let rest = '';
  const flush = () => {
    if (rest) pieces.push({ html: rest });
    rest = '';
  };
  const parts = compact.split(/<p>\{([A-Za-z][\w-]*)\}<\/p>|\{([A-Za-z][\w-]*)\}/u);
  for (let i = 0; i < parts.length; i += 3) {
    rest += parts[i]!;
    const name = parts[i + 1] ?? parts[i + 2];
    if (name === undefined) continue;
    if (blocks.includes(name)) {
      flush();
      pieces.push({ block: name });
    } else if (name in values) {
      // a value alone in its paragraph keeps the paragraph
      rest += parts[i + 1] ? `<p>${escapeHtml(values[name]!)}</p>` : escapeHtml(values[name]!);
    } else throw unknown(file, name, known);
  }
  flush();
  return pieces;
}
