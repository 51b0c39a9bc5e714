/** The explorer's view tabs: links to each view's page that, once live, switch the view in place. */
import { toQuery, VIEW_PATHS, VIEWS } from '../../lib/explore/state';
import { withBase } from '../../lib/site/paths';
import type { ViewProps } from './types';

export function ViewTabs({
  state,
  dispatch,
  live,
  base,
  t,
}: Pick<ViewProps, 'state' | 'dispatch' | 'live' | 'base' | 't'>) {
  const query = live ? toQuery(state) : '';
  return (
    <nav className="explorer__views pill-nav" aria-label={t.viewsNav}>
      <ul>
        <li>
          <a href={withBase(base, '/explore/')}>{t.pages.overview.label}</a>
        </li>
        {VIEWS.map((v) => (
          <li key={v}>
            <a
              href={withBase(base, VIEW_PATHS[v]) + query}
              aria-current={v === state.view ? 'page' : undefined}
              onClick={(e) => {
                if (!live || e.metaKey || e.ctrlKey || e.shiftKey) return;
                e.preventDefault();
                dispatch({ type: 'view', view: v });
              }}
            >
              {t.pages[v].label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
