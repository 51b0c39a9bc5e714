import { z } from 'astro/zod';

/**
 * A page of prose in one edition (content/pages/{zh,en}/<page>.md), kept the way Starlight keeps its pages: the front
 * matter names the page, the Markdown body is its text. `{name}` in the title, description or body stands for a value
 * the page computes from the content (a date, a count, a title) or for a block it renders there (a table, the report
 * link); the page lists the names it knows, and an unknown one fails the build naming the file.
 */
export const pageSchema = z.object({
  /** The page's title: its <h1> and, with the site name, its <title>. */
  title: z.string().min(1),
  /** One sentence for search engines and link previews. */
  description: z.string().min(1),
});
