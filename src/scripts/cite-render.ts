/**
 * Renders the cite menu's texts for the sentence in the URL and today's date. Loaded by
 * src/scripts/measure.ts on first use (the menu opened, a sentence in the URL, a copy), so a measure
 * page ships the citation formats only to readers who cite.
 */
import { citeFormats, formatCitation, localIsoDate, type CiteSource } from '../lib/citation/citation';

/** Writes every format's text for `source`, with today (the reader's local date) as the access date. */
export function renderCitations(root: HTMLElement, source: CiteSource): void {
  const today = localIsoDate(new Date());
  for (const f of citeFormats(source)) {
    root.querySelector(`[data-format="${f}"] [data-cite-text]`)!.textContent = formatCitation(f, source, today);
  }
}
