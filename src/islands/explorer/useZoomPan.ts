/**
 * Zoom and pan of the network, owned in one place. The view is one transform on a group
 * (translate(x,y) scale(k)), written straight to the DOM, so zooming re-renders no mark; the CSS keeps
 * text and circles at their size through --k. Ctrl/⌘ + wheel (and a touchpad pinch, which Chromium
 * reports as Ctrl + wheel) zoom through a native non-passive listener, so the page itself never zooms;
 * a two-finger pinch on a touch screen zooms through pointer events; a mouse drags the zoomed view.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export const ZOOM_STEP = 1.25;
export const [ZOOM_MIN, ZOOM_MAX] = [1, 4];
const clampK = (k: number) => Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, k));

interface View {
  k: number;
  x: number;
  y: number;
}
const IDENTITY: View = { k: 1, x: 0, y: 0 };

/** The view after scaling `v` by `f` about the point (cx, cy) of the SVG's coordinates. */
export function zoomAbout(v: View, f: number, cx: number, cy: number): View {
  const k = clampK(v.k * f);
  if (k === 1) return IDENTITY;
  return { k, x: cx - ((cx - v.x) * k) / v.k, y: cy - ((cy - v.y) * k) / v.k };
}

export function useZoomPan(
  svgRef: RefObject<SVGSVGElement | null>,
  viewRef: RefObject<SVGGElement | null>,
  size: { width: number; height: number },
  live: boolean,
) {
  const view = useRef<View>(IDENTITY);
  // only the zoom level is React state: it labels the buttons; the transform itself bypasses React
  const [k, setK] = useState(1);

  const apply = useCallback(
    (next: View) => {
      view.current = next;
      const g = viewRef.current;
      if (g) {
        g.setAttribute('transform', `translate(${next.x},${next.y}) scale(${next.k})`);
        g.style.setProperty('--k', String(next.k));
      }
      setK(next.k);
    },
    [viewRef],
  );
  /** A point of the window as a point of the SVG's coordinates. */
  const toSvg = useCallback(
    (clientX: number, clientY: number) => {
      const r = svgRef.current!.getBoundingClientRect();
      return { x: ((clientX - r.left) / r.width) * size.width, y: ((clientY - r.top) / r.height) * size.height };
    },
    [svgRef, size.width, size.height],
  );
  const zoomBy = useCallback(
    (f: number, cx = size.width / 2, cy = size.height / 2) => apply(zoomAbout(view.current, f, cx, cy)),
    [apply, size.width, size.height],
  );
  const reset = useCallback(() => apply(IDENTITY), [apply]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!live || !svg) return;
    return listenGestures(svg, view, size.width, toSvg, zoomBy, apply);
  }, [live, svgRef, toSvg, zoomBy, apply, size.width]);

  return { k, zoomBy, reset };
}

/**
 * Listens on the SVG (`width` wide in its own coordinates) for Ctrl/⌘ + wheel (zoom about the pointer), a
 * two-finger pinch (zoom about its centre) and a mouse drag of the zoomed view; returns the function that
 * removes the listeners.
 */
function listenGestures(
  svg: SVGSVGElement,
  view: RefObject<View>,
  width: number,
  toSvg: (clientX: number, clientY: number) => { x: number; y: number },
  zoomBy: (f: number, cx: number, cy: number) => void,
  apply: (next: View) => void,
): () => void {
  const onWheel = (e: WheelEvent) => {
    // only Ctrl/⌘ + wheel zooms (a plain wheel scrolls the page); 100 px of wheel ≈ one 25 % step
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    const p = toSvg(e.clientX, e.clientY);
    zoomBy(Math.pow(ZOOM_STEP, -e.deltaY / 100), p.x, p.y);
  };
  const pointers = new Map<number, { x: number; y: number }>();
  let drag: { x: number; y: number; v: View } | null = null;
  let pinch = 0;
  const onDown = (e: PointerEvent) => {
    if ((e.target as Element).closest('a') && e.pointerType === 'mouse') return;
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (e.pointerType === 'mouse' && view.current.k > 1) drag = { x: e.clientX, y: e.clientY, v: view.current };
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      pinch = Math.hypot(a!.x - b!.x, a!.y - b!.y);
    }
  };
  const onMove = (e: PointerEvent) => {
    if (!pointers.has(e.pointerId)) return;
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (pointers.size === 2 && pinch > 0) {
      const [a, b] = [...pointers.values()];
      const d = Math.hypot(a!.x - b!.x, a!.y - b!.y);
      const p = toSvg((a!.x + b!.x) / 2, (a!.y + b!.y) / 2);
      zoomBy(d / pinch, p.x, p.y);
      pinch = d;
    } else if (drag) {
      const s = width / svg.getBoundingClientRect().width;
      const d0 = drag;
      apply({ ...d0.v, x: d0.v.x + (e.clientX - d0.x) * s, y: d0.v.y + (e.clientY - d0.y) * s });
    }
  };
  const onUp = (e: PointerEvent) => {
    pointers.delete(e.pointerId);
    drag = null;
    pinch = 0;
  };
  svg.addEventListener('wheel', onWheel, { passive: false });
  svg.addEventListener('pointerdown', onDown);
  svg.addEventListener('pointermove', onMove);
  for (const t of ['pointerup', 'pointercancel', 'pointerleave'] as const) svg.addEventListener(t, onUp);
  return () => {
    svg.removeEventListener('wheel', onWheel);
    svg.removeEventListener('pointerdown', onDown);
    svg.removeEventListener('pointermove', onMove);
    for (const t of ['pointerup', 'pointercancel', 'pointerleave'] as const) svg.removeEventListener(t, onUp);
  };
}
