/**
 * <search-box>: the header search box on every page. Starts loading the engine and index when the box
 * gets focus (saying so while it loads), shows the top results as you type (links to the matching
 * sentence; partial matches under 只匹配到：…; 计划中没有提到“…” when the plan has nothing), Enter opens
 * /search/?q=…, arrow keys move through the results, and the / key focuses the box from anywhere
 * (mentioned in the placeholder only where there is a keyboard). The panel never runs past the viewport.
 */
import type { Searcher } from '../../lib/search/engine/engine';

type Modules = [typeof import('./render'), typeof import('./load'), typeof import('./panel')];
let modules: Promise<Modules> | undefined;
/** Rendering and loading code comes with the engine, on first use: every page ships only this element. */
const loadModules = () => (modules ??= Promise.all([import('./render'), import('./load'), import('./panel')]));

class SearchBox extends HTMLElement {
  private input!: HTMLInputElement;
  private panel!: HTMLElement;
  private status!: HTMLElement;
  private searcher?: Searcher;
  private mods?: Modules;
  private failed = false;

  connectedCallback() {
    this.input = this.querySelector('input')!;
    this.panel = this.querySelector('.search-box__panel')!;
    this.status = this.querySelector('.search-box__status')!;
    if (window.matchMedia('(hover: hover) and (pointer: fine)').matches)
      this.input.placeholder = this.dataset.placeholderKeys ?? '';
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
      this.status.textContent = this.dataset.failed ?? '';
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
    const busy = !this.searcher && q.trim();
    if (busy) {
      // still loading (slow network): say so instead of a blank panel
      this.failed = false;
      this.panel.setAttribute('aria-busy', 'true');
      this.status.textContent = this.dataset.loading ?? '';
      this.querySelector<HTMLElement>('.search-box__more')!.hidden = true;
      this.open();
    }
    const s = await this.load();
    this.panel.removeAttribute('aria-busy');
    if (!s || !this.mods || q !== this.input.value) {
      if (this.failed && q.trim()) this.open();
      return;
    }
    this.mods[2].fillPanel(this, s, q, () => {
      if (this.input.value === q) void this.update();
    });
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
  const box =
    document.querySelector<HTMLInputElement>('[data-search-primary]') ??
    document.querySelector<HTMLInputElement>('search-box input');
  if (!box) return;
  e.preventDefault();
  box.focus();
});
