/**
 * The selected agency's neighbourhood, laid out to be read without zooming: the agency in the middle,
 * its measures on an inner ring (in number order), its partners on an outer ring (strongest first,
 * at most `maxPartners`; the rest are listed in the detail panel). Labels go where they overlap nothing
 * (the same placer as the overview). Pure geometry, no d3 needed.
 */
import type { ExplorerData } from './data';
import { placeLabels, type PlacedLabel } from './labels';

/** Font size of the network's labels (viewBox units). */
const FONT = 12;

export interface NeighbourLayout {
  centre: { x: number; y: number };
  measures: Map<number, { x: number; y: number }>;
  partners: Map<string, { x: number; y: number }>;
  /** Label spots (absolute) for the centre and the partners, placed without overlaps; null: shown on hover only. */
  labels: Map<string, Pick<PlacedLabel, 'x' | 'y' | 'anchor'> | null>;
}

export function neighbourhood(
  data: ExplorerData,
  agencyId: string,
  measures: number[],
  maxPartners = 16,
): NeighbourLayout {
  const cx = data.width / 2;
  const cy = data.height / 2;
  const inner = Math.min(data.width, data.height) * 0.24;
  const outer = Math.min(data.width, data.height) * 0.42;
  const ring = <T>(items: T[], r: number, offset: number) =>
    items.map((item, i) => {
      const a = -Math.PI / 2 + offset + (2 * Math.PI * i) / Math.max(1, items.length);
      return { item, x: Math.round((cx + r * Math.cos(a)) * 10) / 10, y: Math.round((cy + r * Math.sin(a)) * 10) / 10 };
    });
  const partners = (data.partners[agencyId] ?? []).slice(0, maxPartners).map((p) => p.id);
  const measureSpots = new Map(
    ring(
      [...measures].sort((a, b) => a - b),
      inner,
      0,
    ).map((p) => [p.item, { x: p.x, y: p.y }]),
  );
  const partnerSpots = new Map(
    ring(partners, outer, Math.PI / Math.max(2, partners.length)).map((p) => [p.item, { x: p.x, y: p.y }]),
  );
  const radius = new Map(data.agencies.map((a) => [a.id, a.r]));
  const measureR = data.measures[0]?.r ?? 11;
  const nameOf = new Map(data.agencies.map((a) => [a.id, a.name]));
  const circles = [
    { x: cx, y: cy, r: radius.get(agencyId) ?? 10 },
    ...[...measureSpots.values()].map((p) => ({ ...p, r: measureR })),
    ...[...partnerSpots].map(([id, p]) => ({ ...p, r: radius.get(id) ?? 10 })),
  ];
  const placed = placeLabels(
    [{ id: agencyId, x: cx, y: cy }, ...[...partnerSpots].map(([id, p]) => ({ id, ...p }))].map((l) => ({
      ...l,
      text: nameOf.get(l.id) ?? l.id,
      r: radius.get(l.id) ?? 10,
    })),
    circles,
    { fontSize: FONT, bounds: { x0: 2, y0: 2, x1: data.width - 2, y1: data.height - 2 } },
  );
  const labels = new Map([...placed].map(([id, l]) => [id, l && { x: l.x, y: l.y, anchor: l.anchor }]));
  return { centre: { x: cx, y: cy }, measures: measureSpots, partners: partnerSpots, labels };
}
