// @vitest-environment happy-dom
/**
 * The explorer island in a DOM (happy-dom) through Testing Library: found by role and name, as a reader
 * or a screen reader meets it. Expected facts come from the raw measure files, not from the island.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import Explorer from '../../src/islands/explorer/Explorer';
import { explore as t } from '../../src/lib/i18n/dict/zh/explore';
import { explorerData } from '../../src/lib/explore/data';
import { keepNumbersInHtml } from '../../src/lib/build/nowrap';
import { loadPlan, loadPlanInput } from '../helpers/content';

const plan = loadPlan();
const json = JSON.stringify(explorerData(plan));
const raw = loadPlanInput().measures.map((e) => ({
  number: e.data.number,
  title: e.data.title,
  rows: e.data.agencies.map((a) => ({ id: a.agency.id, role: a.role })),
}));
const nameOf = (id: string) => plan.agencyById.get(id)!.name;
const measuresOf = (id: string) => raw.filter((m) => m.rows.some((r) => r.id === id)).map((m) => m.number);

beforeEach(() => {
  history.replaceState(null, '', '/explore/graph/');
  // happy-dom has no layout; the phone media query is never true here
  window.matchMedia ??= ((q: string) => ({
    matches: false,
    media: q,
    addEventListener() {},
    removeEventListener() {},
  })) as never;
});
let hydrationErrors: string[] = [];
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  // every hydrated test fails on a recoverable error (a hydration mismatch: React error #418) or console.error
  expect(hydrationErrors).toEqual([]);
  hydrationErrors = [];
});

/**
 * Hydrates the island as the browser does: the server HTML as the built page carries it (rendered, then
 * through the site's HTML pass inside <astro-island>), then hydrateRoot into that HTML.
 */
async function hydrate(ui: ReactElement) {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    hydrationErrors.push(`console.error: ${args.map(String).join(' ')}`);
  });
  const page = keepNumbersInHtml(`<body><astro-island>${renderToString(ui)}</astro-island></body>`);
  const container = document.createElement('astro-island');
  container.innerHTML = /<astro-island>([\s\S]*)<\/astro-island>/u.exec(page)![1]!;
  document.body.appendChild(container);
  const result = render(ui, {
    container,
    hydrate: true,
    onRecoverableError: (e: unknown) => hydrationErrors.push(`recoverable: ${String(e)}`),
  });
  await act(async () => {});
  return result;
}

describe('server-rendered (no JavaScript)', () => {
  it('every node is a link to its page and nothing is a button', () => {
    const html = renderToString(<Explorer json={json} view="graph" base="/sub/" t={t} />);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('svg a[data-agency]')).toHaveLength(plan.agencies.length);
    expect(doc.querySelectorAll('svg a[data-measure]')).toHaveLength(plan.measures.length);
    expect(doc.querySelector('svg a[data-measure="14"]')!.getAttribute('href')).toBe('/sub/measures/14/');
    expect(doc.querySelector('svg a[data-agency="commerce"]')!.getAttribute('href')).toBe('/sub/agencies/commerce/');
    expect(doc.querySelectorAll('button, [role="button"]')).toHaveLength(0);
    expect(html).not.toMatch(/\sstyle="/u);
  });

  it('renders the matrix view as a table of links, one per responsibility', () => {
    const html = renderToString(<Explorer json={json} view="matrix" base="/" t={t} />);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const pairs = new Set(raw.flatMap((m) => m.rows.map((r) => `${r.id}|${m.number}`)));
    expect(doc.querySelectorAll('table.matrix td.cell a')).toHaveLength(pairs.size);
    expect(doc.querySelectorAll('table.matrix tbody tr')).toHaveLength(plan.agencies.length);
  });
});

describe('hydrated', () => {
  it('selecting an agency marks it in the network and the sector table, fills the panel, and writes the URL', async () => {
    await hydrate(<Explorer json={json} view="graph" base="/" t={t} />);
    const node = await screen.findByRole('button', { name: new RegExp(`^${nameOf('commerce')}：`, 'u') });
    expect(node.getAttribute('aria-pressed')).toBe('false');
    await act(async () => fireEvent.click(node));
    expect(node.getAttribute('aria-pressed')).toBe('true');
    expect(node.getAttribute('data-selected')).toBe('true');
    expect(location.search).toBe('?agency=commerce');
    const panel = screen.getByRole('complementary', { name: nameOf('commerce') });
    const shown = within(panel)
      .getAllByRole('link', { name: /^第\d+条/u })
      .map((a) => Number(/第(\d+)条/u.exec(a.textContent!)![1]));
    expect(new Set(shown)).toEqual(new Set(measuresOf('commerce')));
    // the sector table beside it counts the agency's measures per sector: h / n, adding up to all of them
    const sectors = screen.getByRole('table', { name: /与所选对象有关的条数/u });
    const hits = within(sectors)
      .getAllByRole('row')
      .slice(1)
      .map((r) => Number(/^(\d+) \//u.exec(r.querySelectorAll('td')[0]!.textContent!)![1]));
    expect(hits.reduce((a, b) => a + b, 0)).toBe(measuresOf('commerce').length);
    // the live region says what changed in the other views
    expect(screen.getByRole('status').textContent).toContain(`${measuresOf('commerce').length}条措施`);
    // partners are buttons that select the partner
    const partners = within(panel).getByRole('region', { name: '合作单位' });
    const first = within(partners).getAllByRole('button')[0]!;
    await act(async () => fireEvent.click(first));
    expect(location.search).toMatch(/^\?agency=[\w-]+$/u);
    expect(location.search).not.toBe('?agency=commerce');
  });

  it('reads the state from the URL and follows back/forward', async () => {
    history.replaceState(null, '', '/explore/matrix/?measure=20&role=lead');
    await hydrate(<Explorer json={json} view="matrix" base="/" t={t} />);
    const title = raw.find((m) => m.number === 20)!.title;
    expect(await screen.findByRole('complementary', { name: `第20条 ${title}` })).toBeTruthy();
    expect((screen.getByLabelText('职责') as HTMLSelectElement).value).toBe('lead');
    const header = screen.getByRole('button', { name: `第20条 ${title}` });
    expect(header.getAttribute('aria-pressed')).toBe('true');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: nameOf('samr') })));
    expect(location.search).toBe('?agency=samr&role=lead');
    await act(async () => history.back());
    // popstate arrives asynchronously: await the panel that the previous URL selects
    await waitFor(() => expect(screen.getByRole('complementary', { name: `第20条 ${title}` })).toBeTruthy());
  });

  it('compares up to three agencies and lists the measures they share', async () => {
    history.replaceState(null, '', '/explore/graph/?agency=commerce&compare=culture-tourism');
    await hydrate(<Explorer json={json} view="graph" base="/" t={t} />);
    await act(async () => fireEvent.click(await screen.findByRole('button', { name: /^加入比较/u })));
    const table = screen.getByRole('table', { name: '所比较单位的措施数与职责' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    const shared = raw
      .filter((m) => m.rows.some((r) => r.id === 'commerce') && m.rows.some((r) => r.id === 'culture-tourism'))
      .map((m) => `第${m.number}条`);
    expect(screen.getByText(/^共同承担的措施/u).textContent).toBe(`共同承担的措施：${shared.join('、')}`);
    expect(location.search).toBe('?agency=commerce&compare=culture-tourism,commerce');
    // the network marks the compared agencies
    expect(
      [...document.querySelectorAll('svg a.is-compared')].map((a) => a.getAttribute('data-agency')).sort(),
    ).toEqual(['commerce', 'culture-tourism']);
  });

  it('moves between network nodes with arrow keys, one tab stop for the whole view', async () => {
    await hydrate(<Explorer json={json} view="graph" base="/" t={t} />);
    const buttons = await screen.findAllByRole('button', { pressed: false });
    const nodes = buttons.filter((b) => b.closest('svg'));
    expect(nodes.filter((n) => n.getAttribute('tabindex') === '0')).toHaveLength(1);
    const first = nodes.find((n) => n.getAttribute('tabindex') === '0')!;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement).not.toBe(first);
    expect(document.activeElement?.closest('svg')).toBeTruthy();
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0');
    expect(first.getAttribute('tabindex')).toBe('-1');
  });
});
