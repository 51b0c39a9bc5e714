/** The pages of prose (content/pages/{zh,en}/<page>.md), read from their collection. */
import { getEntry } from 'astro:content';
import type { Lang } from '../lib/i18n/i18n';

export interface ProsePage {
  /** The file, for errors: 'content/pages/en/about.md'. */
  file: string;
  title: string;
  description: string;
  /** The body, rendered from Markdown by the content layer (placeholders still in it: src/lib/i18n/prose.ts). */
  html: string;
}

/** One edition's page of prose; a missing file fails the build naming it. */
export async function getProsePage(lang: Lang, name: string): Promise<ProsePage> {
  const file = `content/pages/${lang}/${name}.md`;
  const entry = await getEntry('pages', `${lang}/${name}`);
  if (!entry?.rendered) throw new Error(`${file}: file not found`);
  return { file, title: entry.data.title, description: entry.data.description, html: entry.rendered.html };
}
