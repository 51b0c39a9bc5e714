/**
 * Sortable matrix rows: header cells with data-sort get a button; clicking sorts the body rows by
 * that column (numbers descending first, text ascending first) and sets aria-sort.
 */
type Dir = 'ascending' | 'descending';

const collator = new Intl.Collator('zh-CN');

export function initMatrixSort(table: HTMLTableElement) {
  const body = table.tBodies[0];
  if (!body) return;
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('th[data-sort]')];
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  table.parentElement?.after(status);

  for (const th of headers) {
    const key = th.dataset.sort!;
    const text = th.dataset.sortType === 'text';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const current = th.getAttribute('aria-sort') as Dir | null;
      const dir: Dir = current ? (current === 'ascending' ? 'descending' : 'ascending') : text ? 'ascending' : 'descending';
      const rows = [...body.rows];
      const value = (r: HTMLTableRowElement) => r.dataset[key] ?? '';
      rows.sort((a, b) => {
        const c = text ? collator.compare(value(a), value(b)) : Number(value(a)) - Number(value(b));
        // ties keep the order by load
        return (dir === 'ascending' ? c : -c) || Number(a.dataset.load) - Number(b.dataset.load);
      });
      body.append(...rows);
      for (const h of headers) h.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', dir);
      status.textContent = `已按“${button.textContent}”${dir === 'ascending' ? '升序' : '降序'}排列`;
    });
  }
}
