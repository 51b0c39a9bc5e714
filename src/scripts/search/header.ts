/**
 * <search-box>: the header search box on every page. Loads the engine and index on first focus,
 * shows the top results as you type (links to the matching sentence), Enter opens /search/?q=…,
 * arrow keys move through the results, and the / key focuses the box from anywhere.
 */
import type { Searcher } from '../../lib/search/engine';

const SHOWN = 6;

type Modules = [typeof import('./render'), typeof import('./load')];
let modules: Promise<Modules> | undefined;
/** Rendering and loading code comes with the engine, on first use: every page ships only this element. */
const loadModules = () => (modules ??= Promise.all([import('./render'), import('./load')]));

class SearchBox extends HTMLElement {
  private input!: HTMLInputElement;
  private panel!: HTMLElement;
  private list!: HTMLElement;
  private status!: HTMLElement;
  private more!: HTMLAnchorElement;
  private searcher?: Searcher;
  private mods?: Modules;

  connectedCallback() {
    this.input = this.querySelector('input')!;
    this.panel = this.querySelector('.search-box__panel')!;
    this.list = this.querySelector('.search-box__list')!;
    this.status = this.querySelector('.search-box__status')!;
    this.more = this.querySelector('.search-box__more')!;
    const warm = () => void this.load();
    this.input.addEventListener('focus', warm, { once: true });
    this.addEventListener('pointerenter', warm, { once: true });
    this.input.addEventListener('input', () => void this.update());
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close();
      else this.mods?.[0].listKeys(this.list, this.input, e);
    });
    this.list.addEventListener('keydown', (e) => this.mods?.[0].listKeys(this.list, this.input, e));
    this.addEventListener('focusout', (e) => {
      if (!this.contains(e.relatedTarget as Node | null)) this.close();
    });
  }

  private async load(): Promise<Searcher | undefined> {
    try {
      this.mods ??= await loadModules();
      this.searcher ??= await this.mods[1].loadSearcher();
    } catch {
      this.status.textContent = '检索暂时无法加载，请打开检索页重试。';
    }
    return this.searcher;
  }

  private close() {
    this.panel.hidden = true;
  }

  private async update() {
    const q = this.input.value;
    const s = await this.load();
    if (!s || !this.mods || q !== this.input.value) return;
    const [{ resultItem }, { loadHomophones, sitePath }] = this.mods;
    const o = s.search(q, {}, SHOWN);
    if (o.needsHomophones && !s.homophonesLoaded) {
      void loadHomophones(s).then(() => {
        if (this.input.value === q) void this.update();
      });
    }
    this.list.replaceChildren(...o.results.map((r) => resultItem(r, true)));
    this.more.href = sitePath(`/search/?q=${encodeURIComponent(q)}`);
    this.more.hidden = !o.query;
    this.status.textContent = !o.query
      ? o.reason === 'unsearchable'
        ? '检索词里没有可检索的文字，请输入汉字、拼音或数字。'
        : ''
      : o.total
        ? `找到 ${o.total} 条措施${o.total > SHOWN ? `，显示前 ${SHOWN} 条` : ''}`
        : `没有找到与“${o.query}”相关的措施。试试更短的词、拼音，或措施编号如“第12条”。`;
    const open = Boolean(q.trim());
    this.panel.hidden = !open;
  }
}

if (!customElements.get('search-box')) customElements.define('search-box', SearchBox);

// "/" focuses the search box (the search page's own box, if there is one)
document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target as HTMLElement | null;
  if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/u.test(t.tagName))) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-primary]') ?? document.querySelector<HTMLInputElement>('search-box input');
  if (!box) return;
  e.preventDefault();
  box.focus();
});
