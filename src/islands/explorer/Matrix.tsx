/**
 * The agency × measure matrix as a table: agencies (rows, by load, re-sortable) × measures (columns, grouped
 * by part and sector). Each cell names the role and links to the measure; row and column headers select
 * the agency or the measure. The selection and what it touches are marked; arrow keys move between cells.
 *
 * The body's cells (one per responsibility, one per run of empty columns) are one HTML string
 * (src/lib/explore/matrix-html.ts), not React elements: hydration skips them, a state change writes its marks onto
 * them (markMatrix), and one listener on the body handles their row headers.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { groupStarts, markMatrix, matrixBodyHtml } from '../../lib/explore/matrix-html';
import { columnParts, partClass } from '../../lib/explore/matrix-parts';
import { fill } from '../../lib/explore/text';
import { paths, withBase } from '../../lib/site/paths';
import type { ViewProps } from './types';
import { useRoving, type Roving } from './useRoving';
import { MatrixCaption, MatrixFoot, MatrixHead, type Sort } from './MatrixHead';
import { MatrixParts } from './MatrixParts';

/**
 * The site's CSP requires Trusted Types for DOM sinks: the body's HTML goes through one named policy. It passes the
 * string as is: matrixBodyHtml builds it from the build's own data and escapes every name and title it writes.
 */
let policy: { createHTML: (s: string) => unknown } | null | undefined;
function trusted(html: string): string {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: { createPolicy: (n: string, p: object) => typeof policy } })
      .trustedTypes;
    policy = tt ? tt.createPolicy('explorer-matrix', { createHTML: (s: string) => s }) : null;
  }
  return (policy ? policy.createHTML(html) : html) as string;
}

function useRows({ ix }: ViewProps, sort: Sort, locale: string) {
  const { data } = ix;
  return useMemo(() => {
    const load = new Map(data.byLoad.map((id, i) => [id, i]));
    const a = (id: string) => ix.agencyById.get(id)!;
    const value = (id: string) =>
      sort.key === 'measures' ? a(id).count : sort.key === 'name' ? 0 : a(id).roles[sort.key];
    return [...data.byLoad].sort((x, y) =>
      sort.key === 'name'
        ? sort.dir * a(x).name.localeCompare(a(y).name, locale)
        : sort.dir * (value(x) - value(y)) || load.get(x)! - load.get(y)!,
    );
  }, [data, ix, sort, locale]);
}

/** Writes what the state marks onto the body after each change. */
function useMarks(body: React.RefObject<HTMLTableSectionElement | null>, props: ViewProps, html: string, tab: string) {
  const { ix, state, visible, touched, live } = props;
  useEffect(() => {
    if (!body.current) return;
    const sel = state.selection;
    const hitCells = new Set(touched.edges);
    if (sel?.kind === 'agency')
      for (const e of ix.data.edges)
        if (touched.measures.has(e.measure) && touched.agencies.has(e.agency)) hitCells.add(`${e.agency}|${e.measure}`);
    markMatrix(body.current, {
      selectedAgency: sel?.kind === 'agency' ? sel.id : null,
      touchedAgencies: touched.agencies,
      compared: state.compare,
      outAgencies: visible.active ? visible.agencies : null,
      hitCells,
      outCells: visible.active ? visible.edges : null,
      tabStop: live ? tab : null,
    });
  }, [body, ix, state, visible, touched, live, html, tab]);
}

/**
 * The body's row headers select their agency: one native listener on the body for all of them. Added in the commit
 * that makes the island live (a layout effect), so a tap held until then and replayed at once
 * (src/scripts/hydrate-on-intent.ts) finds it.
 */
function useRowHeadClicks(
  body: React.RefObject<HTMLTableSectionElement | null>,
  live: boolean,
  dispatch: ViewProps['dispatch'],
  setCurrent: (key: string) => void,
) {
  useLayoutEffect(() => {
    const el = body.current;
    if (!el || !live) return;
    const onClick = (e: MouseEvent) => {
      const a = (e.target as Element).closest<HTMLElement>('th a[data-key^="r:"]');
      if (!a || e.metaKey || e.ctrlKey || e.shiftKey) return;
      e.preventDefault();
      setCurrent(a.dataset.key!);
      dispatch({ type: 'toggle', selection: { kind: 'agency', id: a.dataset.key!.slice(2) } });
    };
    el.addEventListener('click', onClick);
    return () => el.removeEventListener('click', onClick);
  }, [body, live, dispatch, setCurrent]);
}

/**
 * Keeps the roving tab stop on screen: on a phone a part is shown at a time (MatrixParts), and a stop in a hidden part
 * would leave the keyboard no way into the table. Checked after each render (the part may follow the state) and
 * when the reader chooses a part; the stop moves to the first item shown.
 */
function useTabStopShown(table: React.RefObject<HTMLTableElement | null>, live: boolean, roving: Roving) {
  const keep = () => {
    const el = table.current;
    if (!el || !live) return;
    const shown = (e: Element) => e.getClientRects().length > 0;
    const stop = [...el.querySelectorAll<HTMLElement>('[data-key]')].find((e) => e.dataset.key === roving.current);
    if (stop && shown(stop)) return;
    const first = [...el.querySelectorAll<HTMLElement>('[data-nav]')].find(shown);
    if (first?.dataset.key) roving.setCurrent(first.dataset.key);
  };
  useEffect(keep);
  return keep;
}

export function Matrix(props: ViewProps) {
  const { ix, dispatch, live, base, t } = props;
  const { data } = ix;
  const [sort, setSort] = useState<Sort>({ key: 'measures', dir: -1 });
  const roving = useRoving(`r:${data.byLoad[0]}`);
  const rows = useRows(props, sort, t.locale);
  const starts = useMemo(() => groupStarts(data), [data]);
  const parts = useMemo(() => columnParts(data), [data]);
  const html = useMemo(
    () =>
      matrixBodyHtml({
        data,
        rows,
        starts,
        parts,
        measureHref: (n) => withBase(base, paths.measure(n)),
        agencyHref: (id) => withBase(base, paths.agency(id)),
        t,
      }),
    [data, rows, starts, parts, base, t],
  );
  // one object per string: React compares it by identity and rewrites the body only when the string changes
  const inner = useMemo(() => ({ __html: trusted(html) }), [html]);
  const body = useRef<HTMLTableSectionElement>(null);
  useMarks(body, props, html, roving.current);
  const nav = (key: string, r: number, c: number) =>
    live ? { 'data-key': key, 'data-nav': `${r},${c}`, tabIndex: roving.current === key ? 0 : -1 } : {};
  useRowHeadClicks(body, live, dispatch, roving.setCurrent);
  const table = useRef<HTMLTableElement>(null);
  const keepTabStop = useTabStopShown(table, live, roving);

  return (
    <section className="matrix-view" aria-labelledby="matrix-title" onChange={keepTabStop}>
      <h2 id="matrix-title" className="visually-hidden">
        {t.pages.matrix.title}
      </h2>
      <MatrixParts {...props} />
      <div
        className="matrix-scroll"
        role="region"
        aria-label={fill(t.matrixRegion, { a: rows.length, m: data.matrix.columns.length })}
        tabIndex={0}
      >
        <table ref={table} className="matrix" data-matrix onKeyDown={live ? roving.onKeyDown : undefined}>
          <MatrixCaption {...props} />
          <colgroup>
            <col className="matrix-col-agency" />
            <col className="matrix-col-total" span={4} />
          </colgroup>
          <colgroup>
            {data.matrix.parts.map((p) => (
              <col key={p.id} className={`matrix-col-n ${partClass(p.partNumber)}`} span={p.span} />
            ))}
          </colgroup>
          <MatrixHead {...props} sort={sort} setSort={setSort} starts={starts} parts={parts} nav={nav} />
          <tbody ref={body} dangerouslySetInnerHTML={inner} />
          <MatrixFoot {...props} parts={parts} />
        </table>
      </div>
      <p className="muted matrix-note">{t.matrixNote}</p>
    </section>
  );
}
