/**
 * Cite menu behaviour (no framework), on measure pages, the full text and part pages: copy a citation in one
 * click, keep the citation in step with the sentence in the URL (#sN of a measure; #part-1-s3, #notice-s2 … of
 * the document's own text, whose words are read from the page), copy a sentence link when "link to this
 * sentence" is used, keep the sentence when the language switch is used. The citation formats load on first use
 * of the cite menu (src/scripts/cite-render.ts, the same for both editions), and the document's text
 * handling only on its pages (./cite-passage.ts); until then the menu shows the server-rendered texts. The words come
 * from the cite menu's data-t-* attributes, in the page's language.
 */
import type { CiteSource } from '../lib/citation/citation';

const root = document.querySelector<HTMLDetailsElement>('[data-cite]');
const status = document.querySelector<HTMLElement>('[data-cite-status]');

// the language switch keeps the sentence: /measures/20/#s2 ↔ /en/measures/20/#s2
document
  .querySelectorAll<HTMLAnchorElement>('a[data-lang-switch="same"]')
  .forEach((a) => a.addEventListener('click', () => (a.hash = location.hash)));

// English measure pages: the button that hides or shows the Chinese column (src/components/ZhToggle.astro)
document.querySelectorAll<HTMLElement>('[data-bilingual]').forEach((bilingual) => {
  const button = bilingual.querySelector<HTMLButtonElement>('[data-zh-toggle]');
  if (!button) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    const show = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(show));
    bilingual.classList.toggle('bilingual--en-only', !show);
  });
});

/** Copies with the Clipboard API; where it is refused, selects `fallback` so the reader can copy by hand. */
async function copy(text: string, fallback?: Element): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (fallback) getSelection()?.selectAllChildren(fallback);
    return false;
  }
}

let timer = 0;
function announce(message: string) {
  if (!status) return;
  status.textContent = message;
  clearTimeout(timer);
  timer = window.setTimeout(() => (status.textContent = ''), 6000);
}

if (root && status) {
  const source = JSON.parse(root.dataset.cite!) as CiteSource;
  const count = Number(root.dataset.sentences);
  const doc = root.dataset.passages ? import('./cite-passage') : undefined;
  const scope = root.querySelector<HTMLElement>('[data-cite-scope]')!;
  const whole = root.querySelector<HTMLButtonElement>('[data-cite-whole]')!;
  /** A message of the page's language with {m}, {s}, {label}, {url} filled in. */
  const msg = (name: string, vars: Record<string, string | number | undefined>) =>
    root.dataset[name]!.replace(/\{(\w+)\}/gu, (_, k: string) => String(vars[k]));

  /**
   * The sentence at `hash` (#s3; #part-1-s3 on the document's text, where the menu then follows it), as what the
   * citation adds to the source.
   */
  const sentence = async (hash: string): Promise<Partial<CiteSource> | undefined> => {
    if (doc) return (await doc).passageAt(root, hash);
    const n = Number(/^#s(\d+)$/u.exec(hash)?.[1]); // NaN when none
    return n >= 1 && n <= count ? { sentence: n } : undefined;
  };
  /** 第14条第3句 / 一、总体要求第3句 (the page's words) of a sentence added to the source. */
  const where = (s: Partial<CiteSource>, name: string) =>
    msg(name, { m: source.measure, p: s.passage?.name, s: s.sentence });
  let renderer: Promise<typeof import('./cite-render')> | undefined;
  /** Brings the texts up to date (loading the formats the first time); resolves when they are. */
  const render = async () => {
    // busy at once (before the sentence is looked up) when the formats load: a menu opened meanwhile calls again
    if (!renderer && root.open) root.setAttribute('aria-busy', 'true');
    const n = await sentence(location.hash);
    scope.textContent = n ? where(n, 'tScopeS') : msg('tScope', { m: source.measure });
    whole.hidden = !n;
    // a reader arriving at #sN loads nothing more: the formats load when the menu is first opened
    if (!renderer && !root.open) return;
    renderer ??= import('./cite-render');
    (await renderer).renderCitations(root, { ...source, ...n });
    root.removeAttribute('aria-busy');
  };
  void render();
  addEventListener('hashchange', () => void render());
  root.addEventListener('toggle', () => root.open && void render());

  root.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', async () => {
      await render();
      const block = button.closest<HTMLElement>('[data-format]')!;
      const pre = block.querySelector('[data-cite-text]')!;
      const label = block.querySelector('h2')?.textContent ?? '';
      announce((await copy(pre.textContent ?? '', pre)) ? msg('tCopied', { label }) : root.dataset.tRefused!);
    });
  });
  whole.addEventListener('click', () => {
    history.replaceState(null, '', location.pathname + location.search);
    void render();
    root.querySelector<HTMLElement>('summary')!.focus();
  });
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && root.open) {
      root.open = false;
      root.querySelector<HTMLElement>('summary')!.focus();
    }
  });

  document.querySelectorAll<HTMLAnchorElement>('[data-sentence-link]').forEach((a) => {
    a.addEventListener('click', async () => {
      const link = `${source.url}${a.hash}`; // source.url is the permanent URL, without a fragment
      const w = where((await sentence(a.hash)) ?? {}, 'tWhere');
      announce((await copy(link)) ? msg('tLinked', { w }) : msg('tLink', { w, url: link }));
    });
  });
}
