/** The static paths of the pages both editions have (the Chinese page and its /en/ twin share them). */
import { getPlan } from './plan';

export const measurePaths = async () =>
  (await getPlan()).measures.map((m) => ({ params: { n: String(m.number) }, props: { number: m.number } }));
export const partPaths = async () =>
  (await getPlan()).parts.map((p) => ({ params: { n: String(p.number) }, props: { id: p.id } }));
export const sectorPaths = async () =>
  (await getPlan()).sectors.map((s) => ({ params: { id: s.id }, props: { id: s.id } }));
export const taskForcePaths = async () =>
  (await getPlan()).taskForces.map((t) => ({ params: { id: t.id }, props: { id: t.id } }));
export const agencyPaths = async () =>
  (await getPlan()).agencies.map((a) => ({ params: { id: a.id }, props: { id: a.id } }));
