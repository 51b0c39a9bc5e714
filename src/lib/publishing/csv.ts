/**
 * CSV as Excel reads Chinese text correctly: UTF-8 with a byte-order mark, CRLF line ends and
 * RFC 4180 quoting (a field is quoted when it contains a comma, a quote, CR or LF; quotes double).
 * Text cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a
 * leading apostrophe (OWASP "CSV injection"); numbers are written as numbers. Pure; parseCsv reads
 * back exactly what toCsv writes (and any RFC 4180 file) — a guarded cell keeps its apostrophe.
 */

export const BOM = '\uFEFF';
export type Cell = string | number | null | undefined;

/** The characters that make a spreadsheet treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/u;

/** A text cell made safe to open in a spreadsheet: '=1+1 instead of =1+1. Numbers pass unchanged. */
export function guardFormula(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  return FORMULA_START.test(v) ? `'${v}` : v;
}

function field(v: Cell): string {
  const s = guardFormula(v);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/** A whole CSV file: BOM, header row, data rows, every row ended by CRLF. */
export function toCsv(header: string[], rows: Cell[][]): string {
  for (const [i, r] of rows.entries()) {
    if (r.length !== header.length)
      throw new Error(`toCsv: row ${i + 1} has ${r.length} fields, the header has ${header.length}`);
  }
  return BOM + [header, ...rows].map((r) => r.map(field).join(',') + '\r\n').join('');
}

/** Parses RFC 4180 CSV (BOM optional, CRLF or LF) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cur += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cur += ch;
      i++;
      continue;
    }
    if (ch === '"' && cur === '') quoted = true;
    else if (ch === ',') {
      row.push(cur);
      cur = '';
    } else if (ch === '\r' || ch === '\n') {
      row.push(cur);
      rows.push(row);
      row = [];
      cur = '';
      if (ch === '\r' && src[i + 1] === '\n') i++;
    } else cur += ch;
    i++;
  }
  if (cur !== '' || row.length) {
    row.push(cur);
    rows.push(row);
  }
  if (quoted) throw new Error('parseCsv: unterminated quoted field');
  return rows;
}

/** Parses a CSV with a header row into objects keyed by column name. */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r, i) => {
    if (r.length !== header.length)
      throw new Error(`parseCsvObjects: row ${i + 2} has ${r.length} fields, the header has ${header.length}`);
    return Object.fromEntries(header.map((h, j) => [h, r[j]!]));
  });
}
