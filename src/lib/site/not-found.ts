/**
 * For the 404 page: does a mistyped path look like a measure number? Accepts /measures/12, /measure/12,
 * /m/12, /m12, /12, /第12条, with or without the site base and trailing slash. Pure.
 */
export function measureNumberFromPath(pathname: string, base: string, count: number): number | null {
  let p: string;
  try {
    p = decodeURIComponent(pathname);
  } catch {
    p = pathname;
  }
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  if (b && p.startsWith(`${b}/`)) p = p.slice(b.length);
  const m = /^\/(?:(?:measures?|m)\/?|第)?0*(\d{1,4})(?:条)?(?:\/|\.html?)?$/iu.exec(p);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= count ? n : null;
}
