/**
 * <search-box>: the header search box on every page. Starts loading the engine and index when the box
 * gets focus (saying so while it loads), shows the top results as you type (links to the matching
 * sentence; partial matches under 只匹配到：…; 计划中没有提到“…” when the plan has nothing), Enter opens
 * /search/?q=…, arrow keys move through the results, and the / key focuses the box from anywhere
 * (mentioned in the placeholder only where there is a keyboard). The panel never runs past the viewport.
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
  private partial!: HTMLElement;
  private partialHeading!: HTMLElement;
  private partialList!: HTMLElement;
  private searcher?: Searcher;
  private mods?: Modules;
  private failed = false;

  connectedCallback() {
    this.input = this.querySelector('input')!;
    this.panel = this.querySelector('.search-box__panel')!;
    this.list = this.querySelector('.search-box__list')!;
    this.status = this.querySelector('.search-box__status')!;
    this.more = this.querySelector('.search-box__more')!;
    this.partial = this.querySelector('[data-partial]')!;
    this.partialHeading = this.partial.querySelector('.search-box__partial-heading')!;
    this.partialList = this.partial.querySelector('ul')!;
    if (window.matchMedia('(hover: hover) and (pointer: fine)').matches) this.input.placeholder = '检索措施（按 / 键）';
    window.addEventListener('resize', () => this.place());
    const warm = () => void this.load();
    this.input.addEventListener('focus', warm, { once: true });
    this.addEventListener('pointerenter', warm, { once: true });
    this.input.addEventListener('input', () => void this.update());
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close();
      else this.mods?.[0].listKeys(this.panel, this.input, e);
    });
    this.panel.addEventListener('keydown', (e) => this.mods?.[0].listKeys(this.panel, this.input, e));
    this.addEventListener('focusout', (e) => {
      if (!this.contains(e.relatedTarget as Node | null)) this.close();
    });
  }

  private async load(): Promise<Searcher | undefined> {
    try {
      this.mods ??= await loadModules();
      this.searcher ??= await this.mods[1].loadSearcher();
    } catch {
      this.failed = true;
      this.status.textContent = '检索暂时无法加载，请打开检索页重试。';
    }
    return this.searcher;
  }

  /** Keeps the panel inside the viewport: moved left when the box sits near the right edge. */
  private place() {
    if (this.panel.hidden) return;
    this.panel.style.left = '0px';
    const r = this.panel.getBoundingClientRect();
    const over = r.right - (document.documentElement.clientWidth - 8);
    if (over > 0) this.panel.style.left = `${-Math.min(over, r.left - 8)}px`;
  }

  private open() {
    this.panel.hidden = false;
    this.place();
  }

  private close() {
    this.panel.hidden = true;
  }

  private async update() {
    const q = this.input.value;
    if (!this.searcher && q.trim()) {
      // still loading (slow network): say so instead of an empty panel
      this.failed = false;
      this.list.replaceChildren();
      this.partial.hidden = true;
      this.more.hidden = true;
      this.status.textContent = '正在加载检索……';
      this.panel.setAttribute('aria-busy', 'true');
      this.open();
    }
    const s = await this.load();
    this.panel.removeAttribute('aria-busy');
    if (!s || !this.mods || q !== this.input.value) {
      if (this.failed && q.trim()) this.open();
      return;
    }
    const [{ resultItem, notMentioned }, { loadWhatItNeeds, sitePath }] = this.mods;
    const o = s.search(q, {}, SHOWN);
    loadWhatItNeeds(s, o, () => {
      if (this.input.value === q) void this.update();
    });
    this.list.replaceChildren(...o.results.map((r) => resultItem(r, true)));
    this.partialList.replaceChildren(...o.partial.map((r) => resultItem(r, true)));
    this.partial.hidden = o.partial.length === 0;
    this.partialHeading.textContent = `只匹配到：${o.partialTerms.join('、')}`;
    this.more.href = sitePath(`/search/?q=${encodeURIComponent(q)}`);
    this.more.hidden = !o.query;
    const missing = o.notInPlan.length ? notMentioned(o.notInPlan) : '';
    this.status.textContent = !o.query
      ? o.reason === 'unsearchable'
        ? '检索词里没有可检索的文字，请输入汉字、拼音或数字。'
        : ''
      : o.total
        ? `找到 ${o.total} 条措施${o.total > SHOWN ? `，显示前 ${SHOWN} 条` : ''}${missing ? `。${missing}` : ''}`
        : o.partial.length
          ? `${missing || '没有同时含有各个检索词的措施'}。`
          : missing
            ? `${missing}。`
            : `没有找到与“${o.query}”相关的措施。试试更短的词、拼音，或措施编号如“第12条”。`;
    if (q.trim()) this.open();
    else this.close();
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
