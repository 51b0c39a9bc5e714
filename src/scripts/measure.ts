/**
 * Measure page behaviour (no framework): copy a citation in one click, keep the citation in step with
 * the sentence in the URL (#sN), copy a sentence link when "link to this sentence" is used.
 */
import { citeFormats, formatCitation, localIsoDate, citeUrl, type CiteSource } from '../lib/citation';

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
  const today = localIsoDate(new Date());
  const scope = root.querySelector<HTMLElement>('[data-cite-scope]')!;
  const whole = root.querySelector<HTMLButtonElement>('[data-cite-whole]')!;

  const sentence = () => {
    const m = /^#s(\d+)$/u.exec(location.hash);
    const n = m ? Number(m[1]) : 0;
    return n >= 1 && n <= count ? n : undefined;
  };
  const current = (): CiteSource => ({ ...source, sentence: sentence() });
  const render = () => {
    const src = current();
    for (const f of citeFormats(src)) {
      root.querySelector(`[data-format="${f}"] [data-cite-text]`)!.textContent = formatCitation(f, src, today);
    }
    scope.textContent = `第${source.measure}条${src.sentence ? `第${src.sentence}句` : ''}`;
    whole.hidden = !src.sentence;
  };
  render();
  addEventListener('hashchange', render);

  root.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const block = button.closest<HTMLElement>('[data-format]')!;
      const pre = block.querySelector('[data-cite-text]')!;
      const label = block.querySelector('h2')?.textContent ?? '';
      announce((await copy(pre.textContent ?? '', pre)) ? `已复制${label}格式引文` : '浏览器不允许自动复制：引文已选中，请按 Ctrl+C（⌘C）复制');
    });
  });
  whole.addEventListener('click', () => {
    history.replaceState(null, '', location.pathname + location.search);
    render();
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
      const link = citeUrl({ ...source, sentence: n });
      announce((await copy(link)) ? `已复制第${n}句的链接` : `第${n}句的链接：${link}`);
    });
  });
}
