/**
 * The cite menu on the document's own text (the full text, a part's page), loaded by ./measure.ts only there:
 * the sentence in the URL (#part-1-s3, #notice-s2 …) with its passage's name and its words as the page shows
 * them, and on the long full text the menu brought to that sentence's paragraph.
 */
import type { CiteSource } from '../lib/citation/citation';

/** The sentences #<key>-s1, #<key>-s2 … of a passage of the document's text, as the page shows them. */
function passageSentences(key: string): string[] {
  const out: string[] = [];
  for (let el; (el = document.getElementById(`${key}-s${out.length + 1}`));) out.push(el.textContent!.trim());
  return out;
}

/**
 * The sentence at `hash`, as what the citation adds to the page's source (undefined when it names none); on the
 * full text the menu is moved to it.
 */
export function passageAt(root: HTMLElement, hash: string): Partial<CiteSource> | undefined {
  const passages = JSON.parse(root.dataset.passages!) as Record<string, string>;
  const m = /^#(.+)-s(\d+)$/u.exec(hash);
  const name = m && Object.hasOwn(passages, m[1]!) ? passages[m[1]!] : undefined;
  if (!m || !name) return undefined;
  const sentences = passageSentences(m[1]!);
  const n = Number(m[2]);
  if (n < 1 || n > sentences.length) return undefined;
  // on the long full text (data-follow) the menu comes to the paragraph of the sentence cited
  const paragraph = document.getElementById(`${m[1]}-s${n}`)!.closest('p');
  if (root.dataset.follow !== undefined && paragraph && paragraph.nextElementSibling !== root) paragraph.after(root);
  return { passage: { key: m[1]!, name }, sentence: n, sentences };
}
