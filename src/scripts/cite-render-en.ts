/**
 * Renders the English cite menu's texts for the sentence in the URL and today's date. Loaded by
 * src/scripts/measure.ts on first use on English pages (the Chinese pages load ./cite-render.ts).
 */
import { localIsoDate, type CiteSource } from '../lib/citation/citation';
import { formatAnyCitation, type AnyCiteFormat } from '../lib/citation/citation-en';

/** Writes every format's text for `source`, with today (the reader's local date) as the access date. */
export function renderCitations(root: HTMLElement, source: CiteSource): void {
  const today = localIsoDate(new Date());
  root.querySelectorAll<HTMLElement>('[data-format]').forEach((block) => {
    block.querySelector('[data-cite-text]')!.textContent = formatAnyCitation(
      block.dataset.format as AnyCiteFormat,
      source,
      today,
    );
  });
}
