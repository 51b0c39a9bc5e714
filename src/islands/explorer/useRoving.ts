/**
 * Arrow keys within a view: one tab stop per view (roving tabindex); arrows move between the items the
 * view marks with data-nav="row,col" — Left/Right along a row, Up/Down between rows (to the nearest
 * column), Home/End to the first and last item. Items without a column form one row.
 */
import { useCallback, useState, type KeyboardEvent } from 'react';

/** A view's roving tab stop: the data-key of the item that takes Tab, and the arrow-key handler. */
export type Roving = ReturnType<typeof useRoving>;

export function useRoving(initial: string) {
  const [current, setCurrent] = useState(initial);
  const onKeyDown = useCallback((e: KeyboardEvent<Element>) => {
    const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];
    if (!keys.includes(e.key)) return;
    const from = (e.target as Element).closest<HTMLElement | SVGElement>('[data-nav]');
    if (!from) return;
    const items = [...e.currentTarget.querySelectorAll<HTMLElement | SVGElement>('[data-nav]')].filter(
      (el) => el.getClientRects().length > 0,
    );
    const pos = (el: Element) => el.getAttribute('data-nav')!.split(',').map(Number) as [number, number];
    const [r, c] = pos(from);
    let next: Element | undefined;
    if (e.key === 'Home') next = items[0];
    else if (e.key === 'End') next = items[items.length - 1];
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      const i = items.indexOf(from);
      next = items[i + (e.key === 'ArrowRight' ? 1 : -1)];
    } else {
      const rows = [...new Set(items.map((el) => pos(el)[0]))].sort((a, b) => a - b);
      const row = rows[rows.indexOf(r) + (e.key === 'ArrowDown' ? 1 : -1)];
      if (row !== undefined) {
        const inRow = items.filter((el) => pos(el)[0] === row);
        next = inRow.reduce(
          (best, el) => (Math.abs(pos(el)[1] - c) < Math.abs(pos(best)[1] - c) ? el : best),
          inRow[0]!,
        );
      }
    }
    if (!next) return;
    e.preventDefault();
    setCurrent(next.getAttribute('data-key') ?? '');
    (next as HTMLElement).focus();
  }, []);
  return { current, setCurrent, onKeyDown };
}
