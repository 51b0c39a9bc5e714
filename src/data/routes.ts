/** The static paths of the pages both editions have (the Chinese page and its /en/ twin share them). */
import { getDocuments, getPlan } from './plan';
import { allFilters } from '../lib/model/filters';

export const measurePaths = async () =>
  (await getPlan()).measures.map((m) => ({ params: { n: String(m.number) }, props: { number: m.number } }));
export const partPaths = async () =>
  (await getPlan()).parts.map((p) => ({ params: { n: String(p.number) }, props: { id: p.id } }));
export const sectorPaths = async () =>
  (await getPlan()).sectors.map((s) => ({ params: { id: s.id }, props: { id: s.id } }));
export const taskForcePaths = async () =>
  (await getPlan()).taskForces.map((t) => ({ params: { id: t.id }, props: { id: t.id } }));
export const documentPaths = async () =>
  (await getDocuments()).map((d) => ({ params: { id: d.id }, props: { id: d.id } }));
export const facetPaths = async () =>
  allFilters(await getPlan()).map((f) => ({
    params: { facet: f.facet, value: f.value },
    props: { facet: f.facet, value: f.value },
  }));
export const agencyPaths = async () =>
  (await getPlan()).agencies.map((a) => ({ params: { id: a.id }, props: { id: a.id } }));

/**
 * A route's paths in both editions, for one route file per page type under src/pages/[...lang]/: the Chinese page
 * (lang undefined: at the root) and its English twin (/en/...).
 */
export async function bothEditions<P extends { params: Record<string, string> }>(
  paths: () => Promise<P[]> | P[],
): Promise<(P & { params: P['params'] & { lang: string | undefined } })[]> {
  const list = await paths();
  return [undefined, 'en'].flatMap((lang) => list.map((p) => ({ ...p, params: { ...p.params, lang } })));
}
