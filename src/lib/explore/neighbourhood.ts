/**
 * The selected agency's neighbourhood, laid out to be read without zooming: the agency in the middle,
 * its measures on an inner ring (in number order), its partners on an outer ring (strongest first,
 * at most `maxPartners`; the rest are listed in the detail panel). Pure geometry, no d3 needed.
 */
import type { ExplorerData } from './data';

export interface NeighbourLayout {
  centre: { x: number; y: number };
  measures: Map<number, { x: number; y: number }>;
  partners: Map<string, { x: number; y: number; anchor: 'start' | 'middle' | 'end' }>;
}

export function neighbourhood(data: ExplorerData, agencyId: string, measures: number[], maxPartners = 16): NeighbourLayout {
  const cx = data.width / 2;
  const cy = data.height / 2;
  const inner = Math.min(data.width, data.height) * 0.24;
  const outer = Math.min(data.width, data.height) * 0.42;
  const ring = <T,>(items: T[], r: number, offset: number) =>
    items.map((item, i) => {
      const a = -Math.PI / 2 + offset + (2 * Math.PI * i) / Math.max(1, items.length);
      return { item, x: Math.round((cx + r * Math.cos(a)) * 10) / 10, y: Math.round((cy + r * Math.sin(a)) * 10) / 10, cos: Math.cos(a) };
    });
  const partners = (data.partners[agencyId] ?? []).slice(0, maxPartners).map((p) => p.id);
  return {
    centre: { x: cx, y: cy },
    measures: new Map(ring([...measures].sort((a, b) => a - b), inner, 0).map((p) => [p.item, { x: p.x, y: p.y }])),
    partners: new Map(
      ring(partners, outer, Math.PI / Math.max(2, partners.length)).map((p) => [
        p.item,
        { x: p.x, y: p.y, anchor: p.cos > 0.3 ? 'start' : p.cos < -0.3 ? 'end' : 'middle' },
      ]),
    ),
  };
}
