/**
 * `client:intent` — an Astro client directive (registered in astro.config.mjs): the island stays its server HTML, all
 * links that work without script, until the reader shows they are about to use it — a pointer over it or pressed on
 * it, focus moving into it, a key — and only then loads and hydrates. Opening a page costs no script work; the cost
 * comes with the first gesture, a few hundred milliseconds before the first tap or key that needs it.
 *
 * A click on one of the island's links before it is live is held, not followed: once the island marks itself live
 * (`[data-ready]` on an element inside it) the same click is replayed, so the first tap does what it does in the live
 * view (select, not open a page). If the island cannot load (offline, a script gone after a redeploy), the held link
 * is followed as the server HTML meant it. Clicks meant for a new tab or window, and links within the page, are never
 * held.
 *
 * An address with a query carries the explorer's state (selection, filters): the server HTML cannot show it, so such
 * a page hydrates at once.
 */
import type { ClientDirective } from 'astro';

/** The gestures that come before a use of the island. */
const INTENT = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;

const hrefOf = (a: Element) => a.getAttribute('href') ?? '';

const hydrateOnIntent: ClientDirective = (load, _options, el) => {
  let started = false;
  let held: Element | null = null;
  /** Goes where a held link leads: what the server HTML meant by it. */
  const follow = (a: Element | null) => {
    if (a) location.assign(new URL(hrefOf(a), location.href));
  };

  const hold = (e: MouseEvent) => {
    const a = (e.target as Element).closest('a[href]');
    // a link within the page (the skip link) needs no app: it works at once
    if (
      !a ||
      hrefOf(a).startsWith('#') ||
      e.defaultPrevented ||
      e.button !== 0 ||
      e.metaKey ||
      e.ctrlKey ||
      e.shiftKey ||
      e.altKey
    )
      return;
    e.preventDefault();
    e.stopPropagation();
    held = a;
    start();
  };

  const live = new MutationObserver(() => {
    if (!el.querySelector('[data-ready]')) return;
    live.disconnect();
    el.removeEventListener('click', hold, true);
    const a = held;
    held = null;
    if (a?.isConnected) a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
    else follow(a);
  });

  function start() {
    if (started) return;
    started = true;
    for (const type of INTENT) el.removeEventListener(type, start);
    live.observe(el, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    // Astro reports a script that failed to load (after one retry) as this event, and logs it
    el.addEventListener(
      'astro:hydration-error',
      () => {
        live.disconnect();
        el.removeEventListener('click', hold, true);
        follow(held);
      },
      { once: true },
    );
    void load().then((hydrate) => hydrate());
  }

  el.addEventListener('click', hold, true);
  for (const type of INTENT) el.addEventListener(type, start, { passive: true });
  if (location.search) start();
};

export default hydrateOnIntent;
