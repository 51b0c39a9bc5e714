/**
 * A dictionary sentence with links in it: its text runs, and its links to root-relative paths of the site (written
 * with their edition: '/en/agencies/'; the component adds the base). Text may hold marked Chinese terms
 * (<span lang="zh-CN">…</span>, as Rich renders them). Rendered by src/components/Linked.astro.
 */
export type Linked = (string | LinkRun)[];

export interface LinkRun {
  text: string;
  /** Root-relative path, with its edition prefix and any #fragment. */
  href: string;
  /** The language of the page linked to, when not the page's own (hreflang). */
  hreflang?: string;
}
