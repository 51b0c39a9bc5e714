/**
 * The detail panel: what is selected, with links — an agency's measures by role and its partners
 * (weighted, src/lib/explore/partners.ts), a measure's agencies, a sector's or task force's measures —
 * and the comparison of up to three agencies. Buttons select in every view; links open the pages.
 */
import { selectionName } from '../../lib/explore/linked';
import type { ViewProps } from './types';
import { AgencyDetail, GroupDetail, MeasureDetail } from './Details';
import { Compare } from './Compare';

export function DetailPanel(props: ViewProps) {
  const { ix, state, dispatch, live, t } = props;
  const sel = state.selection;
  const title = sel ? selectionName(ix, sel, t) : t.details;
  let body: React.ReactNode;
  if (!sel) body = <p>{live ? t.helpLive : t.helpStatic}</p>;
  else if (sel.kind === 'agency') body = <AgencyDetail {...props} id={sel.id} />;
  else if (sel.kind === 'measure') body = <MeasureDetail {...props} n={sel.number} />;
  else body = <GroupDetail {...props} title={title} />;

  return (
    <div className="detail">
      <h2 id="explorer-panel-title">{title}</h2>
      {sel && live && (
        <button type="button" className="detail__clear" onClick={() => dispatch({ type: 'select', selection: null })}>
          {t.clearSelection}
        </button>
      )}
      {body}
      {state.compare.length > 0 && <Compare {...props} />}
    </div>
  );
}
