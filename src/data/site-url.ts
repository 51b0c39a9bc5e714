/**
 * Where this build is published: paths with the configured base (import.meta.env.BASE_URL), absolute URLs
 * with SITE_URL, and the build's date. Read from Astro's environment, so they live in src/data.
 */
import { withBase } from '../lib/site/paths';

/** A root-relative path with the configured base (import.meta.env.BASE_URL). */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** The absolute URL of a root-relative path: SITE_URL, the base, the path (for downloads and citations). */
export function absUrl(path: string): string {
  return new URL(url(path), import.meta.env.SITE).href;
}

/** When this build ran: the version date of the downloads (one value for every file of a build). */
export const BUILD_DATE = new Date();
