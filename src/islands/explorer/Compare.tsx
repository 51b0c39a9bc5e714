/** The comparison of up to three agencies: their measures and roles side by side, and the measures they share. */
import { ROLE_ORDER } from '../../lib/explore/common';
import { fill } from '../../lib/explore/text';
import type { ViewProps } from './types';
import { Nums } from './Nums';

export function Compare({ ix, state, dispatch, t }: ViewProps) {
  const ids = state.compare;
  const measuresOf = (id: string) => new Set((ix.edgesOfAgency.get(id) ?? []).map((e) => e.measure));
  const sets = ids.map(measuresOf);
  const common = [...(sets[0] ?? [])].filter((n) => sets.every((s) => s.has(n))).sort((a, b) => a - b);
  const list = common.length ? common.map((n) => fill(t.measure, { n })).join(t.sep) : t.none;
  return (
    <section className="detail__compare" aria-labelledby="compare-title">
      <h3 id="compare-title">
        <Nums>{fill(t.compare, { n: ids.length })}</Nums>
      </h3>
      <table>
        <caption className="visually-hidden">{t.compareCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colAgency}</th>
            <th scope="col">{t.colMeasures}</th>
            {ROLE_ORDER.map((r) => (
              <th key={r} scope="col">
                {t.roles[r].label}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t.remove}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {ids.map((id) => {
            const a = ix.agencyById.get(id)!;
            return (
              <tr key={id} data-agency={id}>
                <th scope="row">{a.name}</th>
                <td>{a.count}</td>
                {ROLE_ORDER.map((r) => (
                  <td key={r}>{a.roles[r]}</td>
                ))}
                <td>
                  <button
                    type="button"
                    aria-label={fill(t.removeFrom, { name: a.name })}
                    onClick={() => dispatch({ type: 'uncompare', id })}
                  >
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {ids.length > 1 && (
        <p>
          <Nums>{fill(t.common, { list })}</Nums>
        </p>
      )}
    </section>
  );
}
