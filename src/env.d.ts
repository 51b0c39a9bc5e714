declare namespace App {
  interface Locals {
    /** The page's edition: language, dictionary, link builder, plan (src/data/edition-context.ts). */
    edition: import('./data/edition-context').EditionContext;
  }
}

declare namespace Astro {
  interface ClientDirectives {
    /** Hydrate when the reader is about to use the island (src/scripts/hydrate-on-intent.ts). */
    'client:intent'?: boolean;
  }
}
