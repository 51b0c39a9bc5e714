/**
 * The matrix's body (agencies × measures) as one HTML string: the island renders it on the server and, in the
 * browser, hands it to React as inner HTML, so hydration walks none of its cells. What a state marks (selection,
 * filters, comparison, the roving tab stop) is then written onto these elements by `markMatrix`, and clicks are
 * handled once on the table. Pure and browser-safe.
 */
import type { ExploreText } from '../i18n/dict/zh/explore';
import type { Role } from '../model/model';
import type { ExplorerData } from './data';
import { ROLE_MARKS } from './common';
import { partClass } from './matrix-parts';
import { fill } from './text';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (s: string) => s.replace(/[&<>"]/gu, (c) => ESC[c]!);

export interface MatrixBodyInput {
  data: ExplorerData;
  /** Agency ids in the order shown. */
  rows: string[];
  /** Per column: does a part or sector start here (a thicker rule). */
  starts: boolean[];
  /** Per column: the number of its part (a phone shows one part at a time; explorer.css). */
  parts: number[];
  /** Measure and agency page addresses, with the base and edition. */
  measureHref: (n: number) => string;
  agencyHref: (id: string) => string;
  t: ExploreText;
}

function cell(
  input: MatrixBodyInput,
  id: string,
  title: string,
  [n, ri, ci]: [number, number, number],
  roles: Role[],
): string {
  const { starts, parts, measureHref, t } = input;
  const marks = roles
    .map(
      (r) => `<span class="mark mark--${r}" aria-hidden="true">${ROLE_MARKS[r].symbol}${esc(t.roles[r].letter)}</span>`,
    )
    .join('');
  const said = fill(t.cellLabel, { n, roles: roles.map((r) => t.roles[r].label).join(t.sep) });
  const cls = `cell cell--${roles[0]} ${partClass(parts[ci - 1]!)}${starts[ci - 1] ? ' group-start' : ''}`;
  return (
    `<td class="${cls}" data-measure="${n}"><a href="${esc(measureHref(n))}" ` +
    `title="${esc(fill(t.measureTitled, { n, title }))}" data-key="x:${esc(id)}:${n}" data-nav="${ri + 1},${ci}">` +
    `${marks}<span class="visually-hidden">${esc(said)}</span></a></td>`
  );
}

/** Per matrix column: does a part or sector start here (a thicker rule). */
export function groupStarts(data: ExplorerData): boolean[] {
  const cols = data.matrix.columns;
  const byNumber = new Map(data.measures.map((m) => [m.number, m]));
  const m = (n: number) => byNumber.get(n)!;
  return cols.map(
    (n, i) => i === 0 || m(cols[i - 1]!).sectorId !== m(n).sectorId || m(cols[i - 1]!).partId !== m(n).partId,
  );
}

/**
 * A row's cells, each run of empty columns as one cell spanning them (split where a part or sector starts, which
 * draws its rule; a run never spans two parts): a row has a few dozen cells instead of 66, and the table lays out about
 * a third of the boxes.
 */
function withEmptyRuns(cells: (string | null)[], starts: boolean[], parts: number[]): string {
  let out = '';
  let run = 0;
  let first = 0;
  const flush = () => {
    if (run)
      out +=
        `<td${run > 1 ? ` colspan="${run}"` : ''} ` +
        `class="${partClass(parts[first]!)}${starts[first] ? ' group-start' : ''}"></td>`;
    run = 0;
  };
  cells.forEach((c, i) => {
    if (c !== null || starts[i] || parts[i] !== parts[first]) flush();
    if (c !== null) out += c;
    else if (!run++) first = i;
  });
  flush();
  return out;
}

/** The <tbody>'s inner HTML. */
export function matrixBodyHtml(input: MatrixBodyInput): string {
  const { data, rows, starts, parts, agencyHref } = input;
  const rolesOf = new Map(data.edges.map((e) => [`${e.agency}|${e.measure}`, e.roles]));
  const cols = data.matrix.columns;
  const titleOf = new Map(data.measures.map((m) => [m.number, m.title]));
  const agencyOf = new Map(data.agencies.map((a) => [a.id, a]));
  return rows
    .map((id, ri) => {
      const a = agencyOf.get(id)!;
      const cells = cols.map((n, i) => {
        const roles = rolesOf.get(`${id}|${n}`);
        return roles ? cell(input, id, titleOf.get(n)!, [n, ri, i + 1], roles) : null;
      });
      const own = partClass(...new Set(parts.filter((_, i) => cells[i] !== null)));
      return (
        `<tr class="${own}" data-agency="${esc(id)}" data-measures="${a.count}" data-lead="${a.roles.lead}">` +
        `<th scope="row" class="matrix-agency"><a href="${esc(agencyHref(id))}" data-key="r:${esc(id)}" ` +
        `data-nav="${ri + 1},0">${esc(a.name)}</a></th><td class="matrix-total">${a.count}</td>` +
        `<td class="matrix-total">${a.roles.lead}</td><td class="matrix-total">${a.roles.responsible}</td>` +
        `<td class="matrix-total">${a.roles.cooperate}</td>${withEmptyRuns(cells, starts, parts)}</tr>`
      );
    })
    .join('');
}

/** What a state marks in the body: per agency row and per cell (measure numbers). */
export interface MatrixMarks {
  selectedAgency: string | null;
  touchedAgencies: ReadonlySet<string>;
  compared: readonly string[];
  /** Agencies the filters leave out (only while a filter is active). */
  outAgencies: ReadonlySet<string> | null;
  /** Cells (`agency|measure`) the selection touches / the filters leave out. */
  hitCells: ReadonlySet<string>;
  outCells: ReadonlySet<string> | null;
  /** The roving tab stop's data-key, once the island is live (null before: links keep their natural tab order). */
  tabStop: string | null;
}

/** Writes the marks onto the body rendered by matrixBodyHtml: classes, data-selected, aria-pressed, tabindex. */
export function markMatrix(tbody: HTMLTableSectionElement, m: MatrixMarks): void {
  for (const tr of tbody.querySelectorAll<HTMLTableRowElement>('tr')) {
    const id = tr.dataset.agency!;
    tr.classList.toggle('is-touched', m.touchedAgencies.has(id));
    tr.classList.toggle('is-compared', m.compared.includes(id));
    tr.classList.toggle('is-out', Boolean(m.outAgencies && !m.outAgencies.has(id)));
    if (m.selectedAgency === id) tr.dataset.selected = 'true';
    else delete tr.dataset.selected;
    const head = tr.querySelector<HTMLAnchorElement>('th a');
    if (head && m.tabStop !== null) {
      head.setAttribute('role', 'button');
      head.setAttribute('aria-pressed', String(m.selectedAgency === id));
    }
    for (const td of tr.querySelectorAll<HTMLTableCellElement>('td.cell')) {
      const k = `${id}|${td.dataset.measure}`;
      td.classList.toggle('is-touched', m.hitCells.has(k));
      td.classList.toggle('is-out', Boolean(m.outCells && !m.outCells.has(k)));
    }
  }
  if (m.tabStop === null) return;
  for (const a of tbody.querySelectorAll<HTMLElement>('[data-key]')) a.tabIndex = a.dataset.key === m.tabStop ? 0 : -1;
}
