/**
 * The outcomes page's filter by part and responsible body: shows the form (hidden without JavaScript, when every
 * record shows), hides the records and groups that do not match, says how many show, and keeps the choice in the
 * address (?part=3&agency=commerce) so a filtered view can be linked.
 */
const form = document.querySelector<HTMLFormElement>('[data-outcome-filter]');
if (form) {
  const records = [...document.querySelectorAll<HTMLElement>('[data-outcome]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-outcome-group]')];
  const count = form.querySelector<HTMLElement>('[data-outcome-count]')!;
  const empty = form.querySelector<HTMLElement>('[data-outcome-empty]')!;
  const template = count.dataset.template ?? '';
  const part = form.elements.namedItem('part') as HTMLSelectElement;
  const agency = form.elements.namedItem('agency') as HTMLSelectElement;

  const apply = () => {
    let shown = 0;
    for (const r of records) {
      const ok =
        (!part.value || r.dataset.part === part.value) &&
        (!agency.value || (r.dataset.agencies ?? '').split(' ').includes(agency.value));
      r.hidden = !ok;
      if (ok) shown++;
    }
    for (const g of groups) g.hidden = !g.querySelector('[data-outcome]:not([hidden])');
    // the template is the page's own sentence for 0 of N: put the real numbers in
    count.textContent = template.replace(/\d+/u, String(shown));
    empty.hidden = shown > 0;
    const params = new URLSearchParams(location.search);
    for (const [k, v] of [
      ['part', part.value],
      ['agency', agency.value],
    ] as const) {
      if (v) params.set(k, v);
      else params.delete(k);
    }
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  };

  const params = new URLSearchParams(location.search);
  const pick = (select: HTMLSelectElement, value: string | null) => {
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  };
  pick(part, params.get('part'));
  pick(agency, params.get('agency'));
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  apply();
}
