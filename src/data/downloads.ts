/** What every download endpoint and the /data/ page share: the plan, the editorial data and the outcomes, with absolute URLs. */
import type { Ctx } from '../lib/publishing/downloads';
import { getDerived, getOutcomes, getPlan } from './plan';
import { absUrl } from './site-url';

export async function getDataContext(): Promise<Ctx> {
  const [plan, derived, outcomes] = await Promise.all([getPlan(), getDerived(), getOutcomes()]);
  return { plan, derived, outcomes, url: absUrl };
}
