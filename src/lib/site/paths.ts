/** Site paths. Every internal link goes through withBase so the site works under a sub-path. */

/** Joins Astro's base ('/' or '/sub/' or '/sub') with a root-relative path ('/measures/1/'). */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  const p = path.startsWith('/') ? path : `/${path}`;
  return `${b}${p}`;
}

export const paths = {
  home: () => '/',
  measure: (n: number) => `/measures/${n}/`,
  measures: () => '/measures/',
  plan: () => '/plan/',
  part: (n: number) => `/parts/${n}/`,
  sector: (id: string) => `/sectors/${id}/`,
  taskForce: (id: string) => `/task-forces/${id}/`,
  agency: (id: string) => `/agencies/${id}/`,
  agencies: () => '/agencies/',
  measuresJson: () => '/data/measures.json',
  data: () => '/data/',
  dataFile: (file: string) => `/data/${file}`,
  about: () => '/about/',
  outcomes: () => '/outcomes/',
  targets: () => '/targets/',
  documents: () => '/documents/',
  document: (id: string) => `/documents/${id}/`,
  planMeasure: (n: number) => `/plan/#m${n}`,
};
