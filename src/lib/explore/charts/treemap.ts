/**
 * The drill-down treemap: parts → sectors → measures, server-rendered as an SVG string. Every
 * measure is one equal tile linking to its page; sector and part labels link to their pages.
 */
import { hierarchy, treemap, treemapSquarify, type HierarchyRectangularNode } from 'd3-hierarchy';
import type { DrillNode } from '../breakdown';
import { partColor } from '../common';
import { CHART } from './defaults';
import { ems, h, t } from './svg';

export interface TreemapSpec {
  id: string;
  label: string;
  root: DrillNode;
  /** Maps a root-relative path to a link (adds the site's base). */
  href: (path: string) => string;
  width?: number;
  height?: number;
}

const PART_LABEL = 20;
const SECTOR_LABEL = 17;
/** The legend: where it starts, how far apart its rows are, and the smallest size a name is drawn at. */
const LEGEND = { x: 4, y: 6, row: 22, minFont: 10 };

/** The font size at which a label fits a width (from its estimated width in ems), never above `max`. */
function fitSize(label: string, width: number, max: number): number {
  return Math.max(5, Math.min(max, (width - 6) / ems(label)));
}

type Node = HierarchyRectangularNode<DrillNode>;

/**
 * The legend's columns: as many as there are parts when every name stays at `minFont` or more in its column (the
 * Chinese headings do), else fewer, in more rows (the long English headings).
 */
function legendLayout(labels: string[], width: number) {
  let columns = Math.max(1, labels.length);
  const slotOf = (c: number) => Math.floor((width - 24) / c);
  while (columns > 1 && labels.some((l) => fitSize(l, slotOf(columns) - 20, CHART.font - 1) < LEGEND.minFont))
    columns--;
  const rows = Math.ceil(labels.length / columns);
  return { columns, slot: slotOf(columns), height: CHART.legendHeight + (rows - 1) * LEGEND.row };
}

/** The parts → sectors → measures tree laid out as squarified tiles under the legend. */
function layoutOf(root: DrillNode, width: number, height: number): Node {
  return treemap<DrillNode>()
    .tile(treemapSquarify.ratio(1.2))
    .size([width, height])
    .paddingOuter(2)
    .paddingInner(2)
    .paddingTop((d) => (d.data.kind === 'part' ? PART_LABEL : d.data.kind === 'sector' ? SECTOR_LABEL : 0))
    .round(true)(hierarchy(root).count()) as Node;
}

/** The legend: one swatch and name per part, in columns. */
function legendOf(parts: Node[], layout: ReturnType<typeof legendLayout>): string {
  return h(
    'g',
    { class: 'chart-legend', transform: `translate(${LEGEND.x},${LEGEND.y})` },
    ...parts.map((p, i) =>
      h(
        'g',
        {
          transform: `translate(${(i % layout.columns) * layout.slot},${Math.floor(i / layout.columns) * LEGEND.row})`,
        },
        h('rect', { width: 14, height: 14, y: 2, fill: partColor(p.data.partNumber!) }),
        h(
          'text',
          { x: 20, y: 14, 'font-size': fitSize(p.data.label, layout.slot - 20, CHART.font - 1), fill: CHART.text },
          t(p.data.label),
        ),
      ),
    ),
  );
}

/** A part's or sector's frame with its label (a link to its page; labels shrink to fit rather than being cut). */
function frameOf(
  n: Node,
  box: (n: Node) => { x: number; y: number; width: number; height: number },
  spec: TreemapSpec,
) {
  const part = n.data.kind === 'part';
  const band = part ? PART_LABEL : SECTOR_LABEL;
  const b = box(n);
  const label = h(
    'a',
    { href: spec.href(n.data.path), 'aria-label': n.data.name },
    h(
      'text',
      {
        x: b.x + 3,
        y: b.y + band - 5,
        'font-size': fitSize(n.data.label, b.width, band - 4),
        'font-weight': part ? 700 : 400,
        fill: CHART.link,
        'text-decoration': 'underline',
      },
      t(n.data.label),
    ),
  );
  return h(
    'g',
    { class: `tm-${n.data.kind}`, 'data-id': n.data.id, 'data-count': n.value ?? 0 },
    h('rect', { ...b, fill: part ? CHART.frame : CHART.background, stroke: CHART.grid }),
    label,
  );
}

/** A measure's tile: a link to its page, numbered, named by its title. */
function tileOf(n: Node, b: { x: number; y: number; width: number; height: number }, spec: TreemapSpec): string {
  return h(
    'a',
    { class: 'tm-measure', href: spec.href(n.data.path), 'data-measure': n.data.id, 'aria-label': n.data.name },
    h('title', {}, t(n.data.label)),
    h('rect', { ...b, fill: partColor(n.data.partNumber!) }),
    h(
      'text',
      {
        x: b.x + b.width / 2,
        y: b.y + b.height / 2 + 4,
        'text-anchor': 'middle',
        'font-size': Math.min(12, Math.max(8, b.width / 3)),
        fill: CHART.onPart,
      },
      t(n.data.id),
    ),
  );
}

export function treemapChart(spec: TreemapSpec): string {
  const width = spec.width ?? 960;
  const partLabels = (spec.root.children ?? []).map((p) => p.label);
  const legend = legendLayout(partLabels, width);
  // the tiles keep their area whatever the legend's rows: extra rows make the chart taller
  const tilesHeight = (spec.height ?? 540) - CHART.legendHeight;
  const height = tilesHeight + legend.height;
  const laid = layoutOf(spec.root, width, tilesHeight);
  const box = (n: Node) => ({ x: n.x0, y: n.y0 + legend.height, width: n.x1 - n.x0, height: n.y1 - n.y0 });
  const groups = laid.descendants().filter((n) => n.data.kind === 'part' || n.data.kind === 'sector');
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'chart chart--treemap',
      id: spec.id,
      viewBox: `0 0 ${width} ${height}`,
      role: 'group',
      'aria-label': spec.label,
      'font-family': 'inherit',
    },
    legendOf(laid.children ?? [], legend),
    ...groups.map((n) => frameOf(n, box, spec)),
    ...laid.leaves().map((n) => tileOf(n, box(n), spec)),
  );
}
