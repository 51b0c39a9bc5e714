/**
 * Around the network's SVG: the zoom buttons with their help (folded in a <details>, so the graph starts
 * on the first screen; before hydration an empty row of the same height holds their place),
 * the relayout switch, and the list of agencies that replaces the SVG on phones.
 */
import type { ExplorerData } from '../../lib/explore/data';
import { withBase, paths } from '../../lib/site/paths';
import { ZOOM_MAX, ZOOM_MIN, ZOOM_STEP } from './useZoomPan';
import type { ViewProps } from './types';
import { Nums } from './Nums';
import type { ExploreText } from '../../lib/i18n/dict/zh/explore';
import { fill } from '../../lib/explore/text';

export function NetTools(p: {
  zoom: { k: number; zoomBy: (f: number) => void; reset: () => void };
  selected: boolean;
  relayout: boolean;
  setRelayout: (v: boolean) => void;
  live: boolean;
  t: ExploreText;
}) {
  const { zoom, live, t } = p;
  if (!live) return <div className="net__tools explorer__pending" />;
  return (
    <div className="net__tools">
      <div className="net__zoom" role="group" aria-label={t.zoom}>
        <button
          type="button"
          onClick={() => zoom.zoomBy(ZOOM_STEP)}
          aria-label={t.zoomIn}
          disabled={zoom.k >= ZOOM_MAX}
        >
          ＋
        </button>
        <button
          type="button"
          onClick={() => zoom.zoomBy(1 / ZOOM_STEP)}
          aria-label={t.zoomOut}
          disabled={zoom.k <= ZOOM_MIN}
        >
          －
        </button>
        <button type="button" onClick={zoom.reset}>
          {t.zoomReset}
        </button>
        <span className="net__zoom-level" data-zoom-level>
          {Math.round(zoom.k * 100)}%
        </span>
      </div>
      <details className="net__help-box">
        <summary>{t.zoomHelpTitle}</summary>
        <p className="net__help" id="net-help">
          {t.zoomHelp}
        </p>
      </details>
      {p.selected && (
        <label className="net__relayout">
          <input type="checkbox" checked={p.relayout} onChange={(e) => p.setRelayout(e.target.checked)} /> {t.relayout}
        </label>
      )}
    </div>
  );
}

export function NetList(
  p: Pick<ViewProps, 'visible' | 'touched' | 'live' | 'base' | 'dispatch' | 't'> & {
    agencies: ExplorerData['agencies'];
    selectedAgency: string | null;
  },
) {
  return (
    <ul className="net__list" aria-label={p.t.agencyList}>
      {p.agencies.map((a) => {
        const selected = p.selectedAgency === a.id;
        return (
          <li key={a.id} className={p.visible.active && !p.visible.agencies.has(a.id) ? 'is-out' : undefined}>
            <a
              href={withBase(p.base, paths.agency(a.id))}
              data-agency={a.id}
              data-selected={selected ? 'true' : undefined}
              className={p.touched.agencies.has(a.id) ? 'is-touched' : undefined}
              {...(p.live && {
                role: 'button',
                'aria-pressed': selected,
                onClick: (e: React.MouseEvent) => {
                  e.preventDefault();
                  p.dispatch({ type: 'toggle', selection: { kind: 'agency', id: a.id } });
                },
              })}
            >
              {a.name}
              <span className="net__count">
                <Nums>{fill(p.t.countShort, { n: a.count })}</Nums>
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
