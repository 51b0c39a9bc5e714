/**
 * Label placement for the network, at build time: each agency label tries a few positions around its
 * circle (below, above, right, left, and the diagonals) and takes the first that overlaps no label
 * already placed and no circle; the biggest agencies are placed first. A label that fits nowhere is
 * not drawn in the overview (it shows on hover, focus and selection). A label may cover measure dots
 * (soft obstacles) only when no position clear of them exists. Widths are estimated from the
 * characters: CJK glyphs are one em wide, Latin letters and digits about 0.6 em.
 */
export interface LabelInput {
  id: string;
  text: string;
  x: number;
  y: number;
  r: number;
}
export interface Circle {
  x: number;
  y: number;
  r: number;
  /** A label may cover a soft obstacle (a measure dot) when it fits nowhere else. */
  soft?: boolean;
}
export interface PlacedLabel {
  id: string;
  /** Anchor point of the text (SVG x, y of a <text> with the given text-anchor and a middle baseline). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The box the label covers, in the same units. */
  box: Box;
}
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Estimated width of `text` at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffff]/u.test(ch) ? 1 : 0.6;
  return w * fontSize;
}

export const boxesOverlap = (a: Box, b: Box, gap = 0) =>
  a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;

function boxHitsCircle(b: Box, c: Circle): boolean {
  const nx = Math.max(b.x0, Math.min(c.x, b.x1));
  const ny = Math.max(b.y0, Math.min(c.y, b.y1));
  return (nx - c.x) ** 2 + (ny - c.y) ** 2 < c.r * c.r;
}

/** Candidate positions around a circle of radius r, in order of preference. */
function candidates(l: LabelInput, w: number, h: number, gap: number): Omit<PlacedLabel, 'id'>[] {
  const { x, y, r } = l;
  const mk = (ax: number, ay: number, anchor: PlacedLabel['anchor']): Omit<PlacedLabel, 'id'> => {
    const x0 = anchor === 'start' ? ax : anchor === 'end' ? ax - w : ax - w / 2;
    return { x: ax, y: ay, anchor, box: { x0, x1: x0 + w, y0: ay - h / 2, y1: ay + h / 2 } };
  };
  const d = r + gap;
  const diag = r * 0.75 + gap;
  return [
    mk(x, y + d + h / 2, 'middle'),
    mk(x, y - d - h / 2, 'middle'),
    mk(x + d, y, 'start'),
    mk(x - d, y, 'end'),
    mk(x + diag, y + diag + h / 2, 'start'),
    mk(x - diag, y + diag + h / 2, 'end'),
    mk(x + diag, y - diag - h / 2, 'start'),
    mk(x - diag, y - diag - h / 2, 'end'),
  ];
}

/**
 * Places labels greedily (inputs in priority order). Returns a placement per label id, or null when
 * the label fits nowhere inside `bounds` without overlapping.
 */
export function placeLabels(
  labels: LabelInput[],
  obstacles: Circle[],
  { fontSize = 12, gap = 3, bounds }: { fontSize?: number; gap?: number; bounds: Box },
): Map<string, PlacedLabel | null> {
  const placed: Box[] = [];
  const out = new Map<string, PlacedLabel | null>();
  const h = fontSize * 1.2;
  for (const l of labels) {
    const w = textWidth(l.text, fontSize);
    const own = (c: Circle) => c.x === l.x && c.y === l.y && c.r === l.r;
    const cands = [...candidates(l, w, h, gap), ...candidates(l, w, h, gap + h)];
    const free = (c: (typeof cands)[number], hardOnly: boolean) =>
      c.box.x0 >= bounds.x0 &&
      c.box.x1 <= bounds.x1 &&
      c.box.y0 >= bounds.y0 &&
      c.box.y1 <= bounds.y1 &&
      !placed.some((b) => boxesOverlap(b, c.box, 2)) &&
      !obstacles.some((o) => !own(o) && !(hardOnly && o.soft) && boxHitsCircle(c.box, o));
    const fit = cands.find((c) => free(c, false)) ?? cands.slice(0, 8).find((c) => free(c, true));
    if (fit) placed.push(fit.box);
    out.set(l.id, fit ? { id: l.id, ...fit } : null);
  }
  return out;
}
