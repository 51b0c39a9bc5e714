/**
 * Measure page behaviour (no framework): copy a citation in one click, keep the citation in step with
 * the sentence in the URL (#sN), copy a sentence link when "link to this sentence" is used. The
 * citation formats load on first use (src/scripts/cite-render.ts); until then the menu shows the
 * server-rendered texts.
 */
import type { CiteSource } from '../lib/citation';

const root = document.querySelector<HTMLDetailsElement>('[data-cite]');
const status = document.querySelector<HTMLElement>('[data-cite-status]');

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
  const scope = root.querySelector<HTMLElement>('[data-cite-scope]')!;
  const whole = root.querySelector<HTMLButtonElement>('[data-cite-whole]')!;

  const sentence = () => {
    const m = /^#s(\d+)$/u.exec(location.hash);
    const n = m ? Number(m[1]) : 0;
    return n >= 1 && n <= count ? n : undefined;
  };
  let renderer: Promise<typeof import('./cite-render')> | undefined;
  /** Brings the texts up to date (loading the formats the first time); resolves when they are. */
  const render = async () => {
    const n = sentence();
    scope.textContent = `第${source.measure}条${n ? `第${n}句` : ''}`;
    whole.hidden = !n;
    if (!renderer && !root.open && !n) return;
    renderer ??= import('./cite-render');
    (await renderer).renderCitations(root, { ...source, sentence: n });
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
      announce((await copy(pre.textContent ?? '', pre)) ? `已复制${label}格式引文` : '浏览器不允许自动复制：引文已选中，请按 Ctrl+C（⌘C）复制');
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
      const n = Number(a.dataset.sentenceLink);
      const link = `${source.url}#s${n}`; // source.url is the permanent URL, without a fragment
      announce((await copy(link)) ? `已复制第${n}句的链接` : `第${n}句的链接：${link}`);
    });
  });
}
