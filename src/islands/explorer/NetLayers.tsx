/** The network's three layers — edges, measure dots, agency circles — drawn from the scene (useNetScene). */
import { ROLE_ORDER } from '../../lib/explore/common';
import { fill } from '../../lib/explore/text';
import { paths } from '../../lib/site/paths';
import { AgencyMark, EdgeMark, MeasureMark } from './NetMarks';
import type { ViewProps } from './types';
import type { Scene } from './useNetScene';

type LayerProps = ViewProps & { scene: Scene };

export function NetEdges({ ix, state, visible, touched, scene }: LayerProps) {
  const { posA, posM, hl } = scene;
  const sel = state.selection;
  return (
    <g className="graph-edges" aria-hidden="true">
      {ix.data.edges.map((e) => {
        const a0 = ix.agencyById.get(e.agency)!;
        const m0 = ix.measureByNumber.get(e.measure)!;
        const pa = posA(e.agency, a0.x, a0.y);
        const pm = posM(e.measure, m0.x, m0.y);
        const [p, q] = [pa ?? a0, pm ?? m0];
        const key = `${e.agency}|${e.measure}`;
        const cls = [
          (!pa || !pm) && 'is-away',
          visible.active && !visible.edges.has(key) && 'is-out',
          touched.edges.has(key) && 'is-touched',
          hl && (hl.has(`a:${e.agency}`) && hl.has(`m:${e.measure}`) ? 'is-hl' : 'is-dim'),
          sel && !touched.edges.has(key) && 'is-dim',
        ];
        return (
          <EdgeMark
            key={key}
            agency={e.agency}
            measure={e.measure}
            role={e.roles[0]!}
            x1={p.x}
            y1={p.y}
            x2={q.x}
            y2={q.y}
            cls={cls.filter(Boolean).join(' ')}
          />
        );
      })}
    </g>
  );
}

export function NetMeasures({ ix, t, scene }: LayerProps) {
  return (
    <g className="graph-measures">
      {ix.data.measures.map((m) => {
        const p0 = scene.posM(m.number, m.x, m.y);
        const key = `m:${m.number}`;
        const label = fill(t.measureTitled, { n: m.number, title: m.title });
        const node = scene.nodeState(
          key,
          paths.measure(m.number),
          label,
          `2,${m.number}`,
          scene.away(key, p0),
          p0 ?? m,
        );
        return <MeasureMark key={m.number} {...node} number={m.number} part={m.partId} r={m.r} color={m.color} />;
      })}
    </g>
  );
}

export function NetAgencies({ ix, t, scene }: LayerProps) {
  const { hood } = scene;
  const roleText = (r: Record<string, number>) =>
    ROLE_ORDER.filter((x) => r[x]! > 0)
      .map((x) => fill(t.roleN, { role: t.roles[x].label, n: r[x]! }))
      .join(t.sep);
  return (
    <g className="graph-agencies">
      {ix.data.byLoad.map((id, i) => {
        const a = ix.agencyById.get(id)!;
        const p0 = scene.posA(a.id, a.x, a.y);
        const key = `a:${a.id}`;
        const gone = scene.away(key, p0);
        const p = p0 ?? a;
        const at0 = hood ? (gone ? null : hood.labels.get(a.id)) : a.label;
        const spot = at0 && {
          x: Math.round((at0.x - p.x) * 10) / 10,
          y: Math.round((at0.y - p.y) * 10) / 10,
          anchor: at0.anchor,
        };
        const label = fill(t.agencyNode, { name: a.name, n: a.count, roles: roleText(a.roles) });
        const at = spot ?? { x: 0, y: a.r + 14, anchor: 'middle' as const };
        const node = scene.nodeState(key, paths.agency(a.id), label, `1,${i}`, gone, p);
        return (
          <AgencyMark
            key={a.id}
            {...node}
            id={a.id}
            name={a.name}
            count={a.count}
            r={a.r}
            lx={at.x}
            ly={at.y}
            anchor={at.anchor}
            placed={Boolean(spot)}
          />
        );
      })}
    </g>
  );
}
