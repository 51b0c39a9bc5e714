/** The plan as an edition's pages show it: the Chinese plan, or the English plan built from the translations. */
import { getEdition, getExplorerJson, getPlan } from './plan';
import { explorerData } from '../lib/explore/data';
import { englishPlan, type Lang } from '../lib/i18n/i18n';
import type { Plan } from '../lib/model/model';

let en: Promise<Plan> | undefined;

export async function editionPlan(lang: Lang): Promise<Plan> {
  if (lang === 'zh') return getPlan();
  en ??= (async () => englishPlan(await getPlan(), await getEdition()))();
  return en;
}

const explorerJson = new Map<Lang, Promise<string>>();

/** The explorer island's data in an edition's language (names, titles, headings), as JSON, computed once per build. */
export function editionExplorerJson(lang: Lang): Promise<string> {
  if (lang === 'zh') return getExplorerJson();
  if (!explorerJson.has(lang))
    explorerJson.set(
      lang,
      editionPlan(lang).then((plan) => JSON.stringify(explorerData(plan, lang))),
    );
  return explorerJson.get(lang)!;
}
