/**
 * The explorer: one React app with linked views (network, matrix, sector breakdown) and a detail panel.
 * State — view, selection, filters, comparison — lives in one reducer here and in the URL; every view
 * is a pure component of (data, state, dispatch). Rendered to HTML by Astro at build time (all links,
 * no script needed) and hydrated in the browser, where nodes become toggle buttons.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ExplorerData } from '../../lib/explore/data';
import { announce, buildIndex, touchedBy, visibleUnder } from '../../lib/explore/linked';
import {
  initialState,
  parseState,
  reducer,
  toQuery,
  viewOfPath,
  VIEW_LABELS,
  VIEW_TITLES,
  VIEW_PATHS,
  VIEWS,
  type Action,
  type Known,
  type View,
} from '../../lib/explore/state';
import { withBase } from '../../lib/site/paths';
import { DetailPanel } from './DetailPanel';
import { Filters } from './Filters';
import { Matrix } from './Matrix';
import { Network } from './Network';
import { Sectors } from './Sectors';
import type { ViewProps } from './types';
import './explorer.css';

export interface ExplorerProps {
  /** ExplorerData as JSON (one string keeps the island's serialized props small). */
  json: string;
  view: View;
  /** Astro's base ('/' or '/sub/'). */
  base: string;
}

export default function Explorer({ json, view, base }: ExplorerProps) {
  const data = useMemo(() => JSON.parse(json) as ExplorerData, [json]);
  const ix = useMemo(() => buildIndex(data), [data]);
  const known = useMemo<Known>(
    () => ({
      agencies: new Set(data.agencies.map((a) => a.id)),
      measures: new Set(data.measures.map((m) => m.number)),
      parts: new Set(data.parts.map((p) => p.id)),
      sectors: new Set(data.groups.filter((g) => g.kind === 'sector').map((g) => g.id)),
      taskForces: new Set(data.taskForces.map((t) => t.id)),
    }),
    [data],
  );
  const [state, dispatchRaw] = useReducer(reducer, view, initialState);
  const [live, setLive] = useState(false);
  // the live region speaks once the reader has changed something (not on load); no second render per change
  const [spoken, setSpoken] = useState(false);
  const panelRef = useRef<HTMLElement>(null);
  const fromUser = useRef(false);

  // after hydration: read the URL, follow back/forward
  useEffect(() => {
    const read = () =>
      dispatchRaw({ type: 'replace', state: parseState(viewOfPath(location.pathname), location.search, known) });
    read();
    // hydration has happened: the one render that switches the island from its server HTML to live
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setLive(true);
    addEventListener('popstate', read);
    return () => removeEventListener('popstate', read);
  }, [known]);

  // each view names itself: the page's heading and title follow the view
  useEffect(() => {
    if (!live) return;
    const title = VIEW_TITLES[state.view];
    const h1 = document.querySelector('main h1');
    if (h1 && h1.textContent !== title) h1.textContent = title;
    document.title = document.title.replace(/^[^|]*\|/u, `${title} |`);
  }, [live, state.view]);

  // a user's change goes into the address bar: one history entry per change
  useEffect(() => {
    if (!fromUser.current) return;
    fromUser.current = false;
    const next = withBase(base, VIEW_PATHS[state.view]) + toQuery(state);
    if (next !== location.pathname + location.search) history.pushState(null, '', next);
  }, [state, base]);

  const dispatch = useCallback((a: Action) => {
    fromUser.current = true;
    setSpoken(true);
    dispatchRaw(a);
    // on a phone the panel is below the view: bring it into sight after a tap
    if ((a.type === 'toggle' || a.type === 'select') && matchMedia('(max-width: 639px)').matches) {
      const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
      requestAnimationFrame(() =>
        panelRef.current?.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'start' }),
      );
    }
  }, []);

  const message = useMemo(() => (spoken ? announce(ix, state) : ''), [spoken, ix, state]);
  const visible = useMemo(() => visibleUnder(ix, state.filters), [ix, state.filters]);
  const touched = useMemo(() => touchedBy(ix, state.selection), [ix, state.selection]);
  const props: ViewProps = { ix, state, dispatch, visible, touched, live, base };
  const url = (path: string) => withBase(base, path);
  const query = live ? toQuery(state) : '';

  return (
    <div className="explorer" data-explorer data-view={state.view} data-ready={live ? 'true' : undefined}>
      <a className="skip-link explorer__skip" href="#explorer-panel">
        跳过{VIEW_LABELS[state.view]}，到详情
      </a>
      <nav className="explorer__views pill-nav" aria-label="探索视图">
        <ul>
          <li>
            <a href={url('/explore/')}>概览</a>
          </li>
          {VIEWS.map((v) => (
            <li key={v}>
              <a
                href={url(VIEW_PATHS[v]) + query}
                aria-current={v === state.view ? 'page' : undefined}
                onClick={(e) => {
                  if (!live || e.metaKey || e.ctrlKey || e.shiftKey) return;
                  e.preventDefault();
                  dispatch({ type: 'view', view: v });
                }}
              >
                {VIEW_LABELS[v]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {live && <Filters {...props} />}
      <p className="explorer__status" role="status" aria-live="polite" data-live>
        {message}
      </p>
      <div className="explorer__layout">
        <div className="explorer__main">
          {state.view === 'graph' && <Network {...props} />}
          {state.view === 'matrix' && <Matrix {...props} />}
          {state.view === 'sectors' && <Sectors {...props} />}
        </div>
        <aside
          className="explorer__side"
          id="explorer-panel"
          ref={panelRef}
          aria-labelledby="explorer-panel-title"
          tabIndex={-1}
        >
          <DetailPanel {...props} />
          {state.view !== 'sectors' && <Sectors {...props} compact />}
        </aside>
      </div>
    </div>
  );
}
