/** The plan as an edition's pages show it: the Chinese plan, or the English plan built from the translations. */
import { getEdition, getPlan } from './plan';
import { englishPlan, type Lang } from '../lib/i18n/i18n';
import type { Plan } from '../lib/model/model';

let en: Promise<Plan> | undefined;

export async function editionPlan(lang: Lang): Promise<Plan> {
  if (lang === 'zh') return getPlan();
  en ??= (async () => englishPlan(await getPlan(), await getEdition()))();
  return en;
}
