/**
 * The drill-down treemap: parts → sectors → measures, server-rendered as an SVG string. Every
 * measure is one equal tile linking to its page; sector and part labels link to their pages.
 */
import { hierarchy, treemap, treemapSquarify, type HierarchyRectangularNode } from 'd3-hierarchy';
import type { DrillNode } from '../breakdown';
import { partColor } from '../common';
import { CHART } from './defaults';
import { h, t } from './svg';

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

/** The font size at which a label fits a width (CJK glyphs are about one em wide), never above `max`. */
function fitSize(label: string, width: number, max: number): number {
  return Math.max(5, Math.min(max, (width - 6) / label.length));
}

export function treemapChart(spec: TreemapSpec): string {
  const width = spec.width ?? 960;
  const height = spec.height ?? 540;
  const legendH = CHART.legendHeight;
  const root = hierarchy(spec.root).count();
  const layout = treemap<DrillNode>()
    .tile(treemapSquarify.ratio(1.2))
    .size([width, height - legendH])
    .paddingOuter(2)
    .paddingInner(2)
    .paddingTop((d) => (d.data.kind === 'part' ? PART_LABEL : d.data.kind === 'sector' ? SECTOR_LABEL : 0))
    .round(true);
  const laid = layout(root) as HierarchyRectangularNode<DrillNode>;
  const parts = laid.children ?? [];

  const legend = h(
    'g',
    { class: 'chart-legend', transform: 'translate(4,6)' },
    ...parts.map((p, i) =>
      h(
        'g',
        { transform: `translate(${i * 156},0)` },
        h('rect', { width: 14, height: 14, y: 2, fill: partColor(p.data.partNumber!) }),
        h(
          'text',
          { x: 20, y: 14, 'font-size': fitSize(p.data.label, 136, CHART.font - 1), fill: CHART.text },
          t(p.data.label),
        ),
      ),
    ),
  );

  const box = (n: HierarchyRectangularNode<DrillNode>) => ({
    x: n.x0,
    y: n.y0 + legendH,
    width: n.x1 - n.x0,
    height: n.y1 - n.y0,
  });
  // labels shrink to fit rather than being cut, so the visible text stays part of the link's name
  const label = (n: HierarchyRectangularNode<DrillNode>, band: number, weight: number) => {
    const b = box(n);
    const size = fitSize(n.data.label, b.width, band - 4);
    return h(
      'a',
      { href: spec.href(n.data.path), 'aria-label': n.data.name },
      h(
        'text',
        {
          x: b.x + 3,
          y: b.y + band - 5,
          'font-size': size,
          'font-weight': weight,
          fill: CHART.link,
          'text-decoration': 'underline',
        },
        t(n.data.label),
      ),
    );
  };
  const groups = laid.descendants().filter((n) => n.data.kind === 'part' || n.data.kind === 'sector');
  const frames = groups.map((n) =>
    h(
      'g',
      { class: `tm-${n.data.kind}`, 'data-id': n.data.id, 'data-count': n.value ?? 0 },
      h('rect', { ...box(n), fill: n.data.kind === 'part' ? CHART.frame : CHART.background, stroke: CHART.grid }),
      label(n, n.data.kind === 'part' ? PART_LABEL : SECTOR_LABEL, n.data.kind === 'part' ? 700 : 400),
    ),
  );
  const leaves = laid.leaves().map((n) => {
    const b = box(n);
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
  });
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
    legend,
    ...frames,
    ...leaves,
  );
}
