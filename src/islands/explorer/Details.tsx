/** The detail panel's bodies, one per kind of selection: an agency, a measure, a sector or task force. */
import { ROLE_ORDER } from '../../lib/explore/common';
import { MAX_COMPARE } from '../../lib/explore/state';
import { fill } from '../../lib/explore/text';
import { paths, withBase } from '../../lib/site/paths';
import type { ViewProps } from './types';
import { Nums } from './Nums';

function MeasureLink({ ix, base, t, n }: ViewProps & { n: number }) {
  return (
    <a href={withBase(base, paths.measure(n))}>
      <Nums>{fill(t.measureTitled, { n, title: ix.measureByNumber.get(n)!.title })}</Nums>
    </a>
  );
}

function AgencyButton({ ix, dispatch, id, extra = '' }: ViewProps & { id: string; extra?: string }) {
  return (
    <button
      type="button"
      className="linkish"
      data-agency={id}
      onClick={() => dispatch({ type: 'select', selection: { kind: 'agency', id } })}
    >
      {ix.agencyById.get(id)!.name}
      {extra}
    </button>
  );
}

function Partners(props: ViewProps & { id: string }) {
  const { ix, t, id } = props;
  const partners = ix.data.partners[id] ?? [];
  return (
    <section aria-label={t.partners} data-partners={id}>
      <h3>
        <Nums>{fill(t.partnersCount, { n: partners.length })}</Nums>
      </h3>
      {partners.length === 0 ? (
        <p>{t.noPartners}</p>
      ) : (
        <>
          <ol className="detail__partners">
            {partners.map((p) => (
              <li key={p.id} data-partner={p.id}>
                <AgencyButton {...props} id={p.id} />{' '}
                <span className="muted">
                  <Nums>{fill(t.partnerWeight, { w: p.weight.toFixed(2), list: p.measures.join(t.sep) })}</Nums>
                </span>
              </li>
            ))}
          </ol>
          <p className="muted detail__note">{t.partnerNote}</p>
        </>
      )}
    </section>
  );
}

export function AgencyDetail(props: ViewProps & { id: string }) {
  const { ix, state, dispatch, base, t, id } = props;
  const a = ix.agencyById.get(id)!;
  const es = ix.edgesOfAgency.get(id) ?? [];
  return (
    <>
      <p>
        <a href={withBase(base, paths.agency(a.id))}>{fill(t.agencyPage, { name: a.name })}</a>
        {t.colon}
        <Nums>{fill(t.measureCountEnd, { n: a.count })}</Nums>
        {state.compare.includes(a.id) ? null : (
          <button type="button" onClick={() => dispatch({ type: 'compare', id: a.id })}>
            {state.compare.length >= MAX_COMPARE ? t.addCompareReplace : t.addCompare}
          </button>
        )}
      </p>
      {ROLE_ORDER.map((r) => {
        const ns = es.filter((e) => e.roles.includes(r)).map((e) => e.measure);
        return ns.length === 0 ? null : (
          <section key={r} aria-label={t.roles[r].label}>
            <h3>
              <Nums>{fill(t.roleCount, { role: t.roles[r].label, n: ns.length })}</Nums>
            </h3>
            <ul data-role={r}>
              {ns.map((n) => (
                <li key={n}>
                  <MeasureLink {...props} n={n} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <Partners {...props} />
    </>
  );
}

export function MeasureDetail(props: ViewProps & { n: number }) {
  const { ix, t, n } = props;
  const es = ix.edgesOfMeasure.get(n) ?? [];
  return (
    <>
      <p>
        <MeasureLink {...props} n={n} />
      </p>
      <h3>
        <Nums>{fill(t.measureAgencies, { n: es.length })}</Nums>
      </h3>
      <ul>
        {es.map((e) => (
          <li key={e.agency}>
            <AgencyButton
              {...props}
              id={e.agency}
              extra={fill(t.withRoles, { roles: e.roles.map((r) => t.roles[r].label).join(t.sep) })}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

export function GroupDetail(props: ViewProps & { title: string }) {
  const { ix, state, touched, base, t, title } = props;
  const sel = state.selection as { kind: 'sector' | 'tf'; id: string };
  const ms = [...touched.measures].sort((a, b) => a - b);
  const page =
    sel.kind === 'sector'
      ? ix.data.groups.find((g) => g.kind === 'sector' && g.id === sel.id)!.path
      : paths.taskForce(sel.id);
  return (
    <>
      <p>
        <a href={withBase(base, page)}>{fill(t.groupPage, { name: title })}</a>
        {t.colon}
        <Nums>{fill(t.groupCounts, { m: ms.length, a: touched.agencies.size })}</Nums>
      </p>
      <ul>
        {ms.map((n) => (
          <li key={n}>
            <MeasureLink {...props} n={n} />
          </li>
        ))}
      </ul>
    </>
  );
}
