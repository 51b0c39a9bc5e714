/**
 * The phone menu (a <details> in the header, usable without JavaScript). Enhancements: Escape closes it
 * and returns focus to the button; a tap outside it, or Tab out of it, closes it. Kept tiny: every page loads it.
 */
const menu = document.querySelector<HTMLDetailsElement>('details[data-site-menu]');
if (menu) {
  const close = () => (menu.open = false);
  menu.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && menu.open) {
      close();
      menu.querySelector('summary')!.focus();
    }
  });
  menu.addEventListener('focusout', (e) => menu.contains(e.relatedTarget as Node) || close());
  document.addEventListener('click', (e) => menu.contains(e.target as Node) || close());
}
