/**
 * The detail panel: what is selected, with links — an agency's measures by role and its partners
 * (weighted, src/lib/explore/partners.ts), a measure's agencies, a sector's or task force's measures —
 * and the comparison of up to three agencies. Buttons select in every view; links open the pages.
 */
import { ROLE_MARKS, ROLE_ORDER } from '../../lib/explore/common';
import { PARTNER_WEIGHT_NOTE } from '../../lib/explore/partners';
import { selectionName } from '../../lib/explore/linked';
import { MAX_COMPARE } from '../../lib/explore/state';
import { paths, withBase } from '../../lib/site/paths';
import type { ViewProps } from './types';
import { Nums } from './Nums';

export function DetailPanel(props: ViewProps) {
  const { ix, state, dispatch, live, base } = props;
  const sel = state.selection;
  const url = (p: string) => withBase(base, p);
  const title = sel ? selectionName(ix, sel) : '详情';
  const agencyButton = (id: string, extra = '') => (
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
  const measureLink = (n: number) => (
    <a href={url(paths.measure(n))}>
      <Nums>{`第${n}条 ${ix.measureByNumber.get(n)!.title}`}</Nums>
    </a>
  );

  let body: React.ReactNode;
  if (!sel) {
    body = (
      <p>
        {live
          ? '在图、矩阵或领域表中选择一个单位、一条措施、一个领域或专班，各视图会同时标出它和与之相关的内容，这里列出详情。'
          : '图中圆圈大小表示单位承担的措施数；小圆点是措施，颜色表示所属部分。点击单位或措施打开其页面。'}
      </p>
    );
  } else if (sel.kind === 'agency') {
    const a = ix.agencyById.get(sel.id)!;
    const es = ix.edgesOfAgency.get(sel.id) ?? [];
    const partners = ix.data.partners[sel.id] ?? [];
    body = (
      <>
        <p>
          <a href={url(paths.agency(a.id))}>{a.name}的页面</a>：<Nums>{`${a.count}条措施。`}</Nums>
          {state.compare.includes(a.id) ? null : (
            <button type="button" onClick={() => dispatch({ type: 'compare', id: a.id })}>
              加入比较{state.compare.length >= MAX_COMPARE ? '（替换最早加入的）' : ''}
            </button>
          )}
        </p>
        {ROLE_ORDER.map((r) => {
          const ns = es.filter((e) => e.roles.includes(r)).map((e) => e.measure);
          return ns.length === 0 ? null : (
            <section key={r} aria-label={ROLE_MARKS[r].label}>
              <h3>
                <Nums>{`${ROLE_MARKS[r].label}（${ns.length}条）`}</Nums>
              </h3>
              <ul data-role={r}>
                {ns.map((n) => (
                  <li key={n}>{measureLink(n)}</li>
                ))}
              </ul>
            </section>
          );
        })}
        <section aria-label="合作单位" data-partners={a.id}>
          <h3>
            <Nums>{`合作单位（${partners.length}个）`}</Nums>
          </h3>
          {partners.length === 0 ? (
            <p>没有与其他单位共同承担的措施。</p>
          ) : (
            <>
              <ol className="detail__partners">
                {partners.map((p) => (
                  <li key={p.id} data-partner={p.id}>
                    {agencyButton(p.id)}{' '}
                    <span className="muted">
                      <Nums>{`权重 ${p.weight.toFixed(2)}，共同措施 ${p.measures.join('、')}`}</Nums>
                    </span>
                  </li>
                ))}
              </ol>
              <p className="muted detail__note">{PARTNER_WEIGHT_NOTE}</p>
            </>
          )}
        </section>
      </>
    );
  } else if (sel.kind === 'measure') {
    const es = ix.edgesOfMeasure.get(sel.number) ?? [];
    body = (
      <>
        <p>{measureLink(sel.number)}</p>
        <h3>
          <Nums>{`责任单位（${es.length}个）`}</Nums>
        </h3>
        <ul>
          {es.map((e) => (
            <li key={e.agency}>
              {agencyButton(e.agency, `（${e.roles.map((r) => ROLE_MARKS[r].label).join('、')}）`)}
            </li>
          ))}
        </ul>
      </>
    );
  } else {
    const ms = [...props.touched.measures].sort((a, b) => a - b);
    const page =
      sel.kind === 'sector'
        ? ix.data.groups.find((g) => g.kind === 'sector' && g.id === sel.id)!.path
        : paths.taskForce(sel.id);
    body = (
      <>
        <p>
          <a href={url(page)}>{title}的页面</a>：
          <Nums>{`${ms.length}条措施，${props.touched.agencies.size}个单位。`}</Nums>
        </p>
        <ul>
          {ms.map((n) => (
            <li key={n}>{measureLink(n)}</li>
          ))}
        </ul>
      </>
    );
  }

  return (
    <div className="detail">
      <h2 id="explorer-panel-title">{title}</h2>
      {sel && live && (
        <button type="button" className="detail__clear" onClick={() => dispatch({ type: 'select', selection: null })}>
          取消选择
        </button>
      )}
      {body}
      {state.compare.length > 0 && <Compare {...props} />}
    </div>
  );
}

function Compare({ ix, state, dispatch }: ViewProps) {
  const ids = state.compare;
  const measuresOf = (id: string) => new Set((ix.edgesOfAgency.get(id) ?? []).map((e) => e.measure));
  const sets = ids.map(measuresOf);
  const common = [...(sets[0] ?? [])].filter((n) => sets.every((s) => s.has(n))).sort((a, b) => a - b);
  return (
    <section className="detail__compare" aria-labelledby="compare-title">
      <h3 id="compare-title">
        <Nums>{`比较（${ids.length}个单位）`}</Nums>
      </h3>
      <table>
        <caption className="visually-hidden">所比较单位的措施数与职责</caption>
        <thead>
          <tr>
            <th scope="col">单位</th>
            <th scope="col">措施</th>
            {ROLE_ORDER.map((r) => (
              <th key={r} scope="col">
                {ROLE_MARKS[r].label}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">移除</span>
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
                    aria-label={`从比较中移除${a.name}`}
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
          <Nums>{`共同承担的措施：${common.length ? common.map((n) => `第${n}条`).join('、') : '没有'}`}</Nums>
        </p>
      )}
    </section>
  );
}
