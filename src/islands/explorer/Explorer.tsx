/**
 * The explorer: one React app with linked views (network, matrix, sector breakdown) and a detail panel.
 * State — view, selection, filters, comparison — lives in one reducer (useExplorer) and in the URL; every view
 * is a pure component of (data, state, dispatch). Rendered to HTML by Astro at build time (all links,
 * no script needed) and hydrated in the browser, where nodes become toggle buttons.
 */
import { useMemo } from 'react';
import { announce, touchedBy, visibleUnder } from '../../lib/explore/linked';
import type { View } from '../../lib/explore/state';
import { fill } from '../../lib/explore/text';
import type { ExploreText } from '../../lib/i18n/dict/zh/explore';
import { DetailPanel } from './DetailPanel';
import { Filters } from './Filters';
import { Matrix } from './Matrix';
import { Network } from './Network';
import { Sectors } from './Sectors';
import type { ViewProps } from './types';
import { useExplorer } from './useExplorer';
import { ViewTabs } from './ViewTabs';
import './explorer.css';

export interface ExplorerProps {
  /** ExplorerData as JSON (one string keeps the island's serialized props small). */
  json: string;
  view: View;
  /** The edition's root with Astro's base ('/', '/en/', '/sub/en/'): links stay in the edition. */
  base: string;
  /** The dictionary's explore section for the page's edition. */
  t: ExploreText;
}

export default function Explorer({ json, view, base, t }: ExplorerProps) {
  const { ix, state, dispatch, live, spoken, panelRef } = useExplorer(json, view, base, t);
  const message = useMemo(() => (spoken ? announce(ix, state, t) : ''), [spoken, ix, state, t]);
  const visible = useMemo(() => visibleUnder(ix, state.filters), [ix, state.filters]);
  const touched = useMemo(() => touchedBy(ix, state.selection), [ix, state.selection]);
  const props: ViewProps = { ix, state, dispatch, visible, touched, live, base, t };

  return (
    <div className="explorer" data-explorer data-view={state.view} data-ready={live ? 'true' : undefined}>
      <a className="skip-link explorer__skip" href="#explorer-panel">
        {fill(t.skip, { view: t.pages[state.view].label })}
      </a>
      <ViewTabs {...props} />
      <Filters {...props} />
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
