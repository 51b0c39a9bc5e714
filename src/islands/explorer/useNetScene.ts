/**
 * What the network draws for a state: node positions (the build's layout, or the selected agency's
 * neighbourhood), what hover or focus highlights, and each node's state classes and roving tab stop.
 */
import { useMemo, useState } from 'react';
import { neighbourhood } from '../../lib/explore/neighbourhood';
import { withBase } from '../../lib/site/paths';
import type { ViewProps } from './types';

export type Scene = ReturnType<typeof useNetScene>;
type Point = { x: number; y: number };

export function useNetScene(
  { ix, state, visible, touched, live, base }: ViewProps,
  relayout: boolean,
  rovingKey: string,
) {
  const { data } = ix;
  const [hover, setHover] = useState<string | null>(null);
  const sel = state.selection;
  const selectedAgency = sel?.kind === 'agency' ? sel.id : null;

  const hood = useMemo(
    () => (live && relayout && selectedAgency ? neighbourhood(data, selectedAgency, [...touched.measures]) : null),
    [live, relayout, selectedAgency, data, touched],
  );
  const posA = (id: string, x: number, y: number): Point | undefined =>
    hood ? (id === selectedAgency ? hood.centre : hood.partners.get(id)) : { x, y };
  const posM = (n: number, x: number, y: number): Point | undefined => (hood ? hood.measures.get(n) : { x, y });
  // what hover or focus highlights: the node and its neighbours
  const hl = useMemo(() => {
    if (!hover) return null;
    const [kind, id] = hover.split(':') as ['a' | 'm', string];
    const es = kind === 'a' ? (ix.edgesOfAgency.get(id) ?? []) : (ix.edgesOfMeasure.get(Number(id)) ?? []);
    return new Set([hover, ...es.flatMap((e) => [`a:${e.agency}`, `m:${e.measure}`])]);
  }, [hover, ix]);
  const away = (key: string, p: unknown) => Boolean(hood) && !p && key !== `a:${selectedAgency}`;

  /** Shared props of a node: its state classes and, once live, its roving tab stop. */
  const nodeState = (key: string, href: string, label: string, nav: string, gone: boolean, p: Point) => {
    const [kind, id] = key.split(':') as ['a' | 'm', string];
    const isA = kind === 'a';
    const touchedNode = isA ? touched.agencies.has(id) : touched.measures.has(Number(id));
    const out = visible.active && !(isA ? visible.agencies.has(id) : visible.measures.has(Number(id)));
    const cls = [
      gone && 'is-away',
      touchedNode && 'is-touched',
      isA && state.compare.includes(id) && 'is-compared',
      hl?.has(key) && 'is-hl',
      out && 'is-out',
      ((sel && !touchedNode) || (hl && !hl.has(key))) && 'is-dim',
    ];
    const selected = isA ? selectedAgency === id : sel?.kind === 'measure' && String(sel.number) === id;
    return {
      k: key,
      href: withBase(base, href),
      label,
      nav,
      x: p.x,
      y: p.y,
      cls: cls.filter(Boolean).join(' '),
      selected,
      live,
      tab: rovingKey === key,
    };
  };
  return { hood, posA, posM, hl, away, nodeState, selectedAgency, setHover };
}
