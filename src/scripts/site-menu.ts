/**
 * The phone menu (a <details> in the header, usable without JavaScript). Enhancements: Escape closes it
 * and returns focus to the button; a tap outside it, or Tab out of it, closes it.
 */
for (const menu of document.querySelectorAll<HTMLDetailsElement>('details[data-site-menu]')) {
  const button = menu.querySelector('summary')!;
  const close = (refocus: boolean) => {
    if (!menu.open) return;
    menu.open = false;
    if (refocus) button.focus();
  };
  menu.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close(true);
  });
  menu.addEventListener('focusout', (e) => {
    if (!menu.contains(e.relatedTarget as Node | null)) close(false);
  });
  document.addEventListener('click', (e) => {
    if (!menu.contains(e.target as Node)) close(false);
  });
}
