// @vitest-environment happy-dom
/**
 * The matrix body as server HTML: one link per responsibility, the role in words for screen readers in each edition,
 * and the marks a state writes onto it. Expected facts come from the raw measure files.
 */
import { describe, expect, it } from 'vitest';
import { explorerData } from '../../src/lib/explore/data';
import { groupStarts, markMatrix, matrixBodyHtml } from '../../src/lib/explore/matrix-html';
import { columnParts, partsOf, partToShow } from '../../src/lib/explore/matrix-parts';
import { fill } from '../../src/lib/explore/text';
import { explore as en } from '../../src/lib/i18n/dict/en/explore';
import { explore as zh } from '../../src/lib/i18n/dict/zh/explore';
import { loadPlan, loadPlanInput } from '../helpers/content';

const plan = loadPlan();
const data = explorerData(plan);
const input = loadPlanInput();
const pairs = new Set(input.measures.flatMap((e) => e.data.agencies.map((a) => `${a.agency.id}|${e.data.number}`)));
/** Each measure's part as its file gives it ("2"). */
const partOfMeasure = new Map(input.measures.map((e) => [e.data.number, e.data.part.id]));

function body(t = zh, starts = data.matrix.columns.map(() => false)) {
  const tbody = document.createElement('tbody');
  tbody.innerHTML = matrixBodyHtml({
    data,
    rows: data.byLoad,
    starts,
    parts: columnParts(data),
    measureHref: (n) => `/en/measures/${n}/`,
    agencyHref: (id) => `/en/agencies/${id}/`,
    t,
  });
  return tbody;
}

describe('matrixBodyHtml', () => {
  it('one row per agency and one link per agency–measure pair, to the measure', () => {
    const tb = body();
    expect(tb.querySelectorAll('tr')).toHaveLength(plan.agencies.length);
    const cells = [...tb.querySelectorAll('td.cell a')];
    expect(
      new Set(
        cells.map((a) =>
          a
            .getAttribute('data-key')!
            .slice(2)
            .replace(/:(\d+)$/u, '|$1'),
        ),
      ),
    ).toEqual(pairs);
    expect(tb.querySelector('tr[data-agency="commerce"] td[data-measure="20"] a')?.getAttribute('href')).toBe(
      pairs.has('commerce|20') ? '/en/measures/20/' : undefined,
    );
  });

  it('says each role in the edition’s words', () => {
    const said = (t: typeof zh) => body(t).querySelector('td.cell .visually-hidden')!.textContent!;
    expect(said(zh)).toMatch(/^第\d+条：(牵头|负责|配合)/u);
    expect(said(en)).toMatch(/^Measure \d+: (lead|responsible|cooperating)/u);
  });
});

describe('matrixBodyHtml: empty runs', () => {
  // the part and sector of each column, read from the data's measures: a group starts where either changes
  const group = (n: number) => {
    const m = data.measures.find((x) => x.number === n)!;
    return `${m.partId}/${m.sectorId}`;
  };
  const cols = data.matrix.columns;
  const starts = cols.map((n, i) => i === 0 || group(cols[i - 1]!) !== group(n));

  it('a part or sector starts a group where the measure before it is in another', () => {
    expect(groupStarts(data)).toEqual(starts);
    expect(starts.filter(Boolean).length).toBe(new Set(cols.map(group)).size);
  });

  it('every cell sits under its measure’s column, and each row spans all columns', () => {
    for (const tr of body(zh, starts).querySelectorAll('tr')) {
      let col = 0;
      for (const td of [...tr.querySelectorAll('td')].slice(4)) {
        if (td.classList.contains('cell')) expect(cols[col]).toBe(Number(td.dataset.measure));
        col += td.colSpan;
      }
      expect(col).toBe(cols.length);
    }
  });

  it('draws the rule of every part and sector in every row, and merges the empty columns between', () => {
    const tb = body(zh, starts);
    for (const tr of tb.querySelectorAll('tr')) {
      let col = 0;
      const ruled = new Set<number>();
      for (const td of [...tr.querySelectorAll('td')].slice(4)) {
        if (td.classList.contains('group-start')) ruled.add(col);
        col += td.colSpan;
      }
      expect([...ruled]).toEqual(starts.flatMap((s, i) => (s ? [i] : [])));
    }
    // far fewer boxes than agencies × measures
    expect(tb.querySelectorAll('td:not(.matrix-total)').length).toBeLessThan((data.agencies.length * cols.length) / 2);
  });
});

describe('matrixBodyHtml: parts (a phone shows one at a time)', () => {
  const cols = data.matrix.columns;

  it('every cell and every run of empty columns belongs to the part of the measures it spans', () => {
    for (const tr of body().querySelectorAll('tr')) {
      let col = 0;
      for (const td of [...tr.querySelectorAll('td')].slice(4)) {
        const spanned = new Set(cols.slice(col, col + td.colSpan).map((n) => partOfMeasure.get(n)));
        expect(partsOf(td), `${tr.dataset.agency} column ${col + 1}`).toEqual([...spanned]);
        col += td.colSpan;
      }
    }
  });

  it('each agency row belongs to the parts whose measures name the agency', () => {
    for (const tr of body().querySelectorAll('tr')) {
      const named = input.measures.filter((e) => e.data.agencies.some((a) => a.agency.id === tr.dataset.agency));
      expect(partsOf(tr).sort()).toEqual([...new Set(named.map((e) => e.data.part.id))].sort());
    }
  });
});

describe('partToShow: the part a phone brings into view', () => {
  const none = { filters: {}, selection: null };
  const partIds = [...new Set(input.measures.map((e) => e.data.part.id))].sort();
  const m = input.measures.find((e) => e.data.part.id === partIds.at(-1))!;

  it('keeps the part shown when nothing asks for another, or when all parts are shown', () => {
    expect(partToShow(data, none, partIds[0]!)).toBeNull();
    expect(partToShow(data, { filters: { part: partIds.at(-1) }, selection: null }, 'all')).toBeNull();
  });

  it('shows the part filtered to, or the part of the sector filtered to', () => {
    expect(partToShow(data, { filters: { part: partIds.at(-1) }, selection: null }, partIds[0]!)).toBe(partIds.at(-1));
    expect(partToShow(data, { filters: { part: partIds[0] }, selection: null }, partIds[0]!)).toBeNull();
    const s = input.measures.find((e) => e.data.sector)!;
    const other = partIds.find((p) => p !== s.data.part.id)!;
    expect(partToShow(data, { filters: { sector: s.data.sector!.id }, selection: null }, other)).toBe(s.data.part.id);
  });

  it('shows the selected measure’s part, and the selected agency’s first part unless the part shown names it', () => {
    const measure = { kind: 'measure' as const, number: m.data.number };
    expect(partToShow(data, { filters: {}, selection: measure }, partIds[0]!)).toBe(m.data.part.id);
    expect(partToShow(data, { filters: {}, selection: measure }, m.data.part.id)).toBeNull();
    // an agency named in some parts but not all, from the measure files
    const partsOfAgency = (id: string) =>
      [
        ...new Set(
          input.measures.filter((e) => e.data.agencies.some((a) => a.agency.id === id)).map((e) => e.data.part.id),
        ),
      ].sort();
    const ids = [...new Set(input.measures.flatMap((e) => e.data.agencies.map((a) => a.agency.id)))];
    const id = ids.find((x) => partsOfAgency(x).length > 1 && partsOfAgency(x).length < partIds.length)!;
    const own = partsOfAgency(id);
    const agency = { kind: 'agency' as const, id };
    for (const p of own) expect(partToShow(data, { filters: {}, selection: agency }, p)).toBeNull();
    const elsewhere = partIds.find((p) => !own.includes(p))!;
    expect(partToShow(data, { filters: {}, selection: agency }, elsewhere)).toBe(own[0]);
  });
});

describe('markMatrix', () => {
  it('marks the selected agency, its cells, and one tab stop', () => {
    const tb = body();
    const mine = [...pairs].filter((p) => p.startsWith('commerce|'));
    markMatrix(tb, {
      selectedAgency: 'commerce',
      touchedAgencies: new Set(['commerce']),
      compared: [],
      outAgencies: null,
      hitCells: new Set(mine),
      outCells: null,
      tabStop: 'r:commerce',
    });
    expect(tb.querySelector('tr[data-agency="commerce"]')!.getAttribute('data-selected')).toBe('true');
    expect(tb.querySelectorAll('td.cell.is-touched')).toHaveLength(mine.length);
    expect(tb.querySelector('th a[data-key="r:commerce"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(tb.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });
});

describe('fill', () => {
  it('puts values into their placeholders and leaves unknown ones visible', () => {
    expect(fill('第{n}条 {title}', { n: 3, title: 'x' })).toBe('第3条 x');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
