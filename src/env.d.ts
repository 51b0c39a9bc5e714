declare namespace App {
  interface Locals {
    /** The page's edition: language, dictionary, link builder, plan (src/data/edition-context.ts). */
    edition: import('./data/edition-context').EditionContext;
  }
}
