/**
 * Around the network's SVG: the zoom buttons with their help (folded in a <details>, so the graph starts
 * on the first screen), the relayout switch, and the list of agencies that replaces the SVG on phones.
 */
import type { ExplorerData } from '../../lib/explore/data';
import { withBase, paths } from '../../lib/site/paths';
import { ZOOM_MAX, ZOOM_MIN, ZOOM_STEP } from './useZoomPan';
import type { ViewProps } from './types';
import { Nums } from './Nums';

export function NetTools(p: {
  zoom: { k: number; zoomBy: (f: number) => void; reset: () => void };
  selected: boolean;
  relayout: boolean;
  setRelayout: (v: boolean) => void;
}) {
  const { zoom } = p;
  return (
    <div className="net__tools">
      <div className="net__zoom" role="group" aria-label="缩放">
        <button type="button" onClick={() => zoom.zoomBy(ZOOM_STEP)} aria-label="放大" disabled={zoom.k >= ZOOM_MAX}>
          ＋
        </button>
        <button
          type="button"
          onClick={() => zoom.zoomBy(1 / ZOOM_STEP)}
          aria-label="缩小"
          disabled={zoom.k <= ZOOM_MIN}
        >
          －
        </button>
        <button type="button" onClick={zoom.reset}>
          复位
        </button>
        <span className="net__zoom-level" data-zoom-level>
          {Math.round(zoom.k * 100)}%
        </span>
      </div>
      <details className="net__help-box">
        <summary>操作说明</summary>
        <p className="net__help" id="net-help">
          每按一次＋或－缩放 25%；也可按住 Ctrl（Mac 为
          ⌘）滚动鼠标滚轮缩放，放大后拖动平移。文字大小不随缩放改变。方向键在图中逐个移动，回车或空格选择，Esc 取消。
        </p>
      </details>
      {p.selected && (
        <label className="net__relayout">
          <input type="checkbox" checked={p.relayout} onChange={(e) => p.setRelayout(e.target.checked)} />{' '}
          只显示所选单位的措施与合作单位（重新布局）
        </label>
      )}
    </div>
  );
}

export function NetList(
  p: Pick<ViewProps, 'visible' | 'touched' | 'live' | 'base' | 'dispatch'> & {
    agencies: ExplorerData['agencies'];
    selectedAgency: string | null;
  },
) {
  return (
    <ul className="net__list" aria-label="责任单位（按措施数）">
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
                <Nums>{`${a.count}条`}</Nums>
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
