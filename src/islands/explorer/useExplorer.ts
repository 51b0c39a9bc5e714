/**
 * The explorer's state at its root: the data and its index, the reducer, and the URL — read after hydration,
 * followed on back/forward, written on each change the reader makes — with the page's heading and title
 * following the view.
 */
import { startTransition, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ExplorerData } from '../../lib/explore/data';
import { buildIndex } from '../../lib/explore/linked';
import {
  initialState,
  parseState,
  reducer,
  toQuery,
  viewOfPath,
  VIEW_PATHS,
  type Action,
  type ExploreState,
  type Known,
  type View,
} from '../../lib/explore/state';
import type { ExploreText } from '../../lib/i18n/dict/zh/explore';
import { withBase } from '../../lib/site/paths';

function knownIds(data: ExplorerData): Known {
  return {
    agencies: new Set(data.agencies.map((a) => a.id)),
    measures: new Set(data.measures.map((m) => m.number)),
    parts: new Set(data.parts.map((p) => p.id)),
    sectors: new Set(data.groups.filter((g) => g.kind === 'sector').map((g) => g.id)),
    taskForces: new Set(data.taskForces.map((t) => t.id)),
  };
}

export function useExplorer(json: string, view: View, base: string, t: ExploreText) {
  const data = useMemo(() => JSON.parse(json) as ExplorerData, [json]);
  const ix = useMemo(() => buildIndex(data), [data]);
  const known = useMemo(() => knownIds(data), [data]);
  const [state, dispatchRaw] = useReducer(reducer, view, initialState);
  const [live, setLive] = useState(false);
  // the live region speaks once the reader has changed something (not on load); no second render per change
  const [spoken, setSpoken] = useState(false);
  const panelRef = useRef<HTMLElement>(null);
  // the state last read from the address (on hydration, on back/forward): it is in the address already
  const fromAddress = useRef<ExploreState | null>(null);

  // after hydration: read the URL, follow back/forward
  useEffect(() => {
    const read = () => {
      fromAddress.current = parseState(viewOfPath(location.pathname), location.search, known);
      dispatchRaw({ type: 'replace', state: fromAddress.current });
    };
    // hydration has happened: the one render that switches the island from its server HTML to live. A transition,
    // so React renders it in slices between which the page stays responsive, instead of one long task on load.
    startTransition(() => {
      read();
      setLive(true);
    });
    addEventListener('popstate', read);
    return () => removeEventListener('popstate', read);
  }, [known]);

  // each view names itself: the page's heading and title follow the view
  useEffect(() => {
    if (!live) return;
    const title = t.pages[state.view].title;
    const h1 = document.querySelector('main h1');
    if (h1 && h1.textContent !== title) h1.textContent = title;
    document.title = document.title.replace(/^[^|]*\|/u, `${title} |`);
  }, [live, state.view, t]);

  // a user's change goes into the address bar: one history entry per change. Any live state but the one just read from
  // the address is the reader's (a change may arrive before this effect has seen the read one: the first tap, held
  // until the island was live, is replayed then — src/scripts/hydrate-on-intent.ts)
  useEffect(() => {
    if (!live || state === fromAddress.current) return;
    const next = withBase(base, VIEW_PATHS[state.view]) + toQuery(state);
    if (next !== location.pathname + location.search) history.pushState(null, '', next);
  }, [live, state, base]);

  const dispatch = useCallback((a: Action) => {
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

  return { ix, state, dispatch, live, spoken, panelRef };
}
