/** What every download endpoint and the /data/ page share: the plan, the editorial data and the outcomes, with absolute URLs. */
import type { Ctx } from '../lib/publishing/downloads';
import { getDerived, getEdition, getOutcomes, getPlan } from './plan';
import { absUrl } from './site-url';

export async function getDataContext(): Promise<Ctx> {
  const [plan, derived, outcomes, edition] = await Promise.all([getPlan(), getDerived(), getOutcomes(), getEdition()]);
  const measureTitles = new Map([...edition.measures].map(([n, m]) => [n, m.title]));
  return { plan, derived, outcomes, url: absUrl, english: { measureTitles, agencyNames: edition.agencyName } };
}
