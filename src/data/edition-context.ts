/**
 * The edition a page belongs to, computed once per request by src/middleware.ts from the page's address and read by
 * every component as `Astro.locals.edition`: no component needs a `lang` prop.
 */
import { pageEdition, type PageEdition } from '../lib/i18n/context';
import { localePath } from '../lib/i18n/i18n';
import type { Plan } from '../lib/model/model';
import { editionPlan } from './edition';
import { url } from './site-url';

export interface EditionContext extends PageEdition {
  /** A root-relative Chinese-edition path as a link in this edition, with the base: '/plan/' → '/sub/en/plan/'. */
  link: (path: string) => string;
  /** The plan in this edition's language (the English plan is built from the translations). */
  plan: () => Promise<Plan>;
}

export function editionContext(pathname: string): EditionContext {
  const edition = pageEdition(pathname, import.meta.env.BASE_URL);
  return {
    ...edition,
    link: (p) => url(localePath(edition.lang, p)),
    plan: () => editionPlan(edition.lang),
  };
}
