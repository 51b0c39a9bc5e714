/**
 * Renders the cite menu's texts for the sentence in the URL and today's date, in either edition: the formats are
 * the ones the page rendered (data-format blocks, from its edition's dictionary), so nothing here depends on the
 * language. Loaded by src/scripts/measure.ts on first use (the menu opened, a sentence in the URL, a copy), so a
 * measure page ships the citation formats only to readers who cite.
 */
import { localIsoDate, type CiteSource } from '../lib/citation/citation';
import { anyCiteFormats, formatAnyCitation, type AnyCiteFormat } from '../lib/citation/citation-en';

/**
 * Writes every format's text for `source`, with today (the reader's local date) as the access date; a format
 * the source does not support (the quote of the whole document) is hidden, and a group left empty with it.
 */
export function renderCitations(root: HTMLElement, source: CiteSource): void {
  const today = localIsoDate(new Date());
  const offered = anyCiteFormats(source);
  root.querySelectorAll<HTMLElement>('[data-format]').forEach((block) => {
    const f = block.dataset.format as AnyCiteFormat;
    block.hidden = !offered.includes(f);
    block.querySelector('[data-cite-text]')!.textContent = block.hidden ? '' : formatAnyCitation(f, source, today);
  });
  root.querySelectorAll<HTMLElement>('[data-cite-group]').forEach((g) => {
    g.hidden = !g.querySelector('[data-format]:not([hidden])');
  });
}
