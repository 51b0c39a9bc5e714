/**
 * Enhances the server-rendered graph (Graph.astro): nodes become toggle buttons; hover or focus
 * highlights neighbours; selecting an agency or measure fills the panel; filters, a find box,
 * zoom and pan (d3-zoom); the state lives in the URL. Reads everything from the SVG's data-*
 * attributes, so there is no second copy of the data.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomTransform } from 'd3-zoom';
import { ROLE_LABEL, parseGraphState, graphQuery, type GraphState, type GraphRole } from './graph-state';

const ROLES: GraphRole[] = ['lead', 'responsible', 'cooperate'];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

export function initGraph(root: HTMLElement) {
  const svg = root.querySelector<SVGSVGElement>('[data-graph-svg]')!;
  const viewport = svg.querySelector<SVGGElement>('.graph-viewport')!;
  const panelTitle = root.querySelector<HTMLElement>('#graph-panel-title')!;
  const panelBody = root.querySelector<HTMLElement>('[data-graph-panel-body]')!;
  const status = root.querySelector<HTMLElement>('[data-graph-status]')!;
  const controls = root.querySelector<HTMLElement>('[data-graph-controls]')!;
  const findForm = root.querySelector<HTMLFormElement>('[data-graph-find]')!;
  const filters = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

  const agencies = new Map<string, SVGAElement>();
  const measures = new Map<string, SVGAElement>();
  for (const n of svg.querySelectorAll<SVGAElement>('a.node')) {
    n.dataset.href = n.getAttribute('href') ?? '';
    n.removeAttribute('href');
    n.setAttribute('tabindex', '0');
    n.setAttribute('role', 'button');
    n.setAttribute('aria-pressed', 'false');
    if (n.dataset.agency) agencies.set(n.dataset.agency, n);
    else if (n.dataset.measure) measures.set(n.dataset.measure, n);
  }
  const edges = [...svg.querySelectorAll<SVGLineElement>('line.edge')];
  const edgesOf = new Map<string, SVGLineElement[]>();
  for (const e of edges) {
    for (const key of [`a:${e.dataset.agency}`, `m:${e.dataset.measure}`]) edgesOf.set(key, [...(edgesOf.get(key) ?? []), e]);
  }
  const known = {
    agencies: new Set(agencies.keys()),
    measures: new Set(measures.keys()),
    ...Object.fromEntries(filters.map((f) => [f.dataset.filter!, new Set([...f.options].map((o) => o.value).filter(Boolean))])),
  } as Parameters<typeof parseGraphState>[1];

  let state: GraphState = parseGraphState(location.search, known);

  // ----- filters -----
  function applyFilters(): { measures: number; agencies: number } {
    const { part, sector, tf, role } = state;
    const active = Boolean(part || sector || tf || role);
    const visibleMeasure = new Set<string>();
    for (const [n, node] of measures) {
      const d = node.dataset;
      if ((!part || d.part === part) && (!sector || d.sector === sector) && (!tf || d.tf === tf)) visibleMeasure.add(n);
    }
    const linkedMeasure = new Set<string>();
    const linkedAgency = new Set<string>();
    for (const e of edges) {
      const on = visibleMeasure.has(e.dataset.measure!) && (!role || e.dataset.roles!.split(' ').includes(role));
      e.classList.toggle('is-out', !on);
      if (on) {
        linkedMeasure.add(e.dataset.measure!);
        linkedAgency.add(e.dataset.agency!);
      }
    }
    const setOut = (node: SVGAElement, out: boolean) => {
      node.classList.toggle('is-out', out);
      node.setAttribute('tabindex', out ? '-1' : '0');
      if (out) node.setAttribute('aria-hidden', 'true');
      else node.removeAttribute('aria-hidden');
    };
    for (const [n, node] of measures) setOut(node, !(visibleMeasure.has(n) && (!role || linkedMeasure.has(n))));
    for (const [id, node] of agencies) setOut(node, active && !linkedAgency.has(id));
    return {
      measures: [...measures.values()].filter((n) => !n.classList.contains('is-out')).length,
      agencies: [...agencies.values()].filter((n) => !n.classList.contains('is-out')).length,
    };
  }

  // ----- neighbours highlight (hover / focus) -----
  function highlight(node: SVGAElement | null) {
    svg.classList.toggle('is-focusing', Boolean(node));
    for (const x of svg.querySelectorAll('.is-hl')) x.classList.remove('is-hl');
    if (!node) return;
    node.classList.add('is-hl');
    const key = node.dataset.agency ? `a:${node.dataset.agency}` : `m:${node.dataset.measure}`;
    for (const e of edgesOf.get(key) ?? []) {
      if (e.classList.contains('is-out')) continue;
      e.classList.add('is-hl');
      (node.dataset.agency ? measures.get(e.dataset.measure!) : agencies.get(e.dataset.agency!))?.classList.add('is-hl');
    }
  }
  const selectedNode = () => (state.agency ? agencies.get(state.agency) : state.measure ? measures.get(state.measure) : undefined) ?? null;

  // ----- panel -----
  function measureLink(n: string) {
    const node = measures.get(n)!;
    return el('a', { href: node.dataset.href! }, `第${n}条 ${node.dataset.title}`);
  }
  function renderPanel() {
    panelBody.replaceChildren();
    if (state.agency) {
      const node = agencies.get(state.agency)!;
      panelTitle.textContent = node.dataset.name!;
      const byRole = new Map<GraphRole, string[]>(ROLES.map((r) => [r, []]));
      for (const e of edgesOf.get(`a:${state.agency}`) ?? []) {
        for (const r of e.dataset.roles!.split(' ') as GraphRole[]) byRole.get(r)!.push(e.dataset.measure!);
      }
      panelBody.append(
        el('p', {}, `共 ${node.dataset.count} 条措施 · `, el('a', { href: node.dataset.href! }, '单位页面')),
      );
      for (const r of ROLES) {
        const ns = byRole.get(r)!.sort((a, b) => Number(a) - Number(b));
        if (!ns.length) continue;
        const list = el('ul', { className: 'graph-panel__list' }, ...ns.map((n) => el('li', {}, measureLink(n))));
        list.dataset.role = r;
        panelBody.append(el('h3', {}, `${ROLE_LABEL[r]}（${ns.length}）`), list);
      }
    } else if (state.measure) {
      const node = measures.get(state.measure)!;
      panelTitle.textContent = `第${state.measure}条 ${node.dataset.title}`;
      panelBody.append(el('p', {}, el('a', { href: node.dataset.href! }, '阅读本条全文')), el('h3', {}, '责任单位'));
      const list = el('ul', { className: 'graph-panel__list' });
      for (const e of edgesOf.get(`m:${state.measure}`) ?? []) {
        const a = agencies.get(e.dataset.agency!)!;
        const roles = (e.dataset.roles!.split(' ') as GraphRole[]).map((r) => ROLE_LABEL[r]).join('、');
        const button = el('button', { type: 'button', className: 'linkish' }, a.dataset.name!);
        button.addEventListener('click', () => choose({ agency: a.dataset.agency }, true));
        list.append(el('li', {}, el('span', { className: 'graph-panel__role' }, roles), ' ', button));
      }
      panelBody.append(list);
    } else {
      panelTitle.textContent = '详情';
      panelBody.append(el('p', {}, '选择图中的单位（大圆）或措施（小圆点），或在上方查找单位，即可在此查看对应的措施与责任单位。按 Esc 取消选择。'));
      return;
    }
    const clear = el('button', { type: 'button' }, '取消选择');
    clear.addEventListener('click', () => choose({}, false));
    panelBody.append(clear);
  }

  // ----- state → view -----
  function render() {
    for (const f of filters) f.value = state[f.dataset.filter as keyof GraphState] ?? '';
    const shown = applyFilters();
    for (const n of svg.querySelectorAll('.is-selected')) n.classList.remove('is-selected');
    for (const n of svg.querySelectorAll('[aria-pressed="true"]')) n.setAttribute('aria-pressed', 'false');
    const sel = selectedNode();
    if (sel) {
      sel.classList.add('is-selected');
      sel.setAttribute('aria-pressed', 'true');
    }
    renderPanel();
    highlight(sel);
    status.textContent = `显示 ${shown.measures} 条措施、${shown.agencies} 个单位${sel ? `；已选择：${panelTitle.textContent}` : ''}`;
    const q = graphQuery(state);
    history.replaceState(history.state, '', `${location.pathname}${q}${location.hash}`);
  }

  function choose(sel: { agency?: string; measure?: string }, focusPanel: boolean) {
    state = { ...state, agency: sel.agency, measure: sel.measure };
    render();
    if (focusPanel) panelTitle.focus();
  }

  // ----- events -----
  for (const node of [...agencies.values(), ...measures.values()]) {
    const pick = () => {
      const isAgency = Boolean(node.dataset.agency);
      const same = isAgency ? state.agency === node.dataset.agency : state.measure === node.dataset.measure;
      choose(same ? {} : isAgency ? { agency: node.dataset.agency } : { measure: node.dataset.measure }, false);
    };
    node.addEventListener('click', pick);
    node.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        pick();
      }
    });
    node.addEventListener('pointerenter', () => highlight(node));
    node.addEventListener('focus', () => highlight(node));
    node.addEventListener('pointerleave', () => highlight(selectedNode()));
    node.addEventListener('blur', () => highlight(selectedNode()));
  }
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && (state.agency || state.measure)) choose({}, false);
  });
  for (const f of filters) {
    f.addEventListener('change', () => {
      state = { ...state, [f.dataset.filter!]: f.value || undefined };
      render();
    });
  }
  root.querySelector('[data-graph-reset]')!.addEventListener('click', () => {
    state = {};
    render();
  });
  findForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = (new FormData(findForm).get('q') ?? '').toString().trim();
    if (!q) return;
    const names = [...agencies.values()].map((n) => ({ id: n.dataset.agency!, names: [n.dataset.name!, ...n.dataset.aliases!.split('|').filter(Boolean)] }));
    const hit = names.find((a) => a.names.includes(q)) ?? names.find((a) => a.names.some((n) => n.includes(q)));
    if (!hit) {
      status.textContent = `没有找到名称包含“${q}”的单位。`;
      return;
    }
    choose({ agency: hit.id }, true);
  });

  // ----- zoom and pan -----
  const zoomer = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.6, 8])
    .filter((e: Event & { button?: number; ctrlKey?: boolean; metaKey?: boolean }) => (e.type === 'wheel' ? Boolean(e.ctrlKey || e.metaKey) : !e.button))
    .on('zoom', (e: { transform: ZoomTransform }) => viewport.setAttribute('transform', e.transform.toString()));
  const svgSel = select(svg).call(zoomer);
  let frame = 0;
  function zoomTo(target: ZoomTransform) {
    cancelAnimationFrame(frame);
    const from = zoomTransform(svg);
    if (reduceMotion.matches) return svgSel.call(zoomer.transform, target);
    const t0 = performance.now();
    const step = (now: number) => {
      const p = Math.min(1, (now - t0) / 250);
      const ease = p * (2 - p);
      const k = from.k + (target.k - from.k) * ease;
      svgSel.call(zoomer.transform, zoomIdentity.translate(from.x + (target.x - from.x) * ease, from.y + (target.y - from.y) * ease).scale(k));
      if (p < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
  }
  const [vw, vh] = [svg.viewBox.baseVal.width, svg.viewBox.baseVal.height];
  const scaled = (f: number) => {
    const t = zoomTransform(svg);
    const k = Math.max(0.6, Math.min(8, t.k * f));
    // keep the centre of the view in place
    const cx = (vw / 2 - t.x) / t.k;
    const cy = (vh / 2 - t.y) / t.k;
    return zoomIdentity.translate(vw / 2 - cx * k, vh / 2 - cy * k).scale(k);
  };
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
    b.addEventListener('click', () => zoomTo(b.dataset.zoom === 'in' ? scaled(1.5) : b.dataset.zoom === 'out' ? scaled(1 / 1.5) : zoomIdentity));
  }

  controls.hidden = false;
  root.dataset.ready = 'true';
  render();
}
