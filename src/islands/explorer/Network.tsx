/**
 * The agency–measure network as SVG. Positions and label spots come from the build (d3-force and the
 * label placer in src/lib/explore/); this component only draws them (NetLayers). Zoom scales positions, never
 * text, so labels keep their size. Selecting an agency lays out its neighbourhood (measures on an inner ring,
 * partners outside). On phones (< 640 px) the SVG gives way to a list of agencies (see explorer.css).
 */
import { useRef, useState } from 'react';
import { fill } from '../../lib/explore/text';
import { useRoving } from './useRoving';
import { NetAgencies, NetEdges, NetMeasures } from './NetLayers';
import { NetList, NetTools } from './NetTools';
import type { ViewProps } from './types';
import { useNetScene } from './useNetScene';
import { useZoomPan } from './useZoomPan';

export function Network(props: ViewProps) {
  const { ix, state, dispatch, visible, touched, live, base, t } = props;
  const { data } = ix;
  const [relayout, setRelayout] = useState(true);
  const svgRef = useRef<SVGSVGElement>(null);
  const viewRef = useRef<SVGGElement>(null);
  const zoom = useZoomPan(svgRef, viewRef, data, live);
  const roving = useRoving(`a:${data.byLoad[0]}`);
  const scene = useNetScene(props, relayout, roving.current);
  const sel = state.selection;

  const events = live ? netEvents(dispatch, roving, scene) : {};

  return (
    <section className="net" aria-labelledby="net-title">
      <h2 id="net-title" className="visually-hidden">
        {t.pages.graph.title}
      </h2>
      <NetTools
        zoom={zoom}
        selected={Boolean(scene.selectedAgency)}
        relayout={relayout}
        setRelayout={setRelayout}
        live={live}
        t={t}
      />
      <svg
        ref={svgRef}
        className={['graph', 'net__svg', scene.hood && 'is-hood', sel && 'is-selecting'].filter(Boolean).join(' ')}
        viewBox={`0 0 ${data.width} ${data.height}`}
        role="group"
        aria-label={fill(t.graphLabel, { a: data.agencies.length, m: data.measures.length, e: data.edges.length })}
        aria-describedby={live ? 'net-help' : undefined}
        {...events}
      >
        <g className="net__view" ref={viewRef} data-net-view>
          <NetEdges {...props} scene={scene} />
          <NetMeasures {...props} scene={scene} />
          <NetAgencies {...props} scene={scene} />
        </g>
      </svg>
      <NetList
        agencies={data.byLoad.map((id) => ix.agencyById.get(id)!)}
        selectedAgency={scene.selectedAgency}
        visible={visible}
        touched={touched}
        live={live}
        base={base}
        dispatch={dispatch}
        t={t}
      />
    </section>
  );
}

/** The SVG's events, once for the whole graph: a node is found by its data-key (a:ID agency, m:N measure). */
function netEvents(
  dispatch: ViewProps['dispatch'],
  roving: ReturnType<typeof useRoving>,
  scene: ReturnType<typeof useNetScene>,
) {
  const keyOf = (e: { target: EventTarget }) =>
    (e.target as Element).closest?.('a.node')?.getAttribute('data-key') ?? null;
  const select = (key: string) => {
    const [kind, id] = key.split(':') as ['a' | 'm', string];
    roving.setCurrent(key);
    dispatch({
      type: 'toggle',
      selection: kind === 'a' ? { kind: 'agency', id } : { kind: 'measure', number: Number(id) },
    });
  };
  return {
    onClick: (e: React.MouseEvent) => {
      const key = keyOf(e);
      if (!key) return;
      e.preventDefault();
      select(key);
    },
    onKeyDown: (e: React.KeyboardEvent<SVGSVGElement>) => {
      const key = keyOf(e);
      if (key && (e.key === ' ' || e.key === 'Enter')) {
        e.preventDefault();
        select(key);
      } else if (e.key === 'Escape') dispatch({ type: 'select', selection: null });
      else roving.onKeyDown(e);
    },
    onFocus: (e: React.FocusEvent) => scene.setHover(keyOf(e)),
    onBlur: () => scene.setHover(null),
    onMouseOver: (e: React.MouseEvent) => scene.setHover(keyOf(e)),
    onMouseLeave: () => scene.setHover(null),
  };
}
