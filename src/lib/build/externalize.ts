/**
 * Moves the inline code Astro itself writes into pages (the island runtime: `<script>` blocks that
 * define <astro-island> and its loaders, and `<style>astro-island,…{display:contents}</style>`) into
 * files, so the pages run under script-src 'self'; style-src 'self' with no hashes or 'unsafe-inline'.
 * A classic external script without async/defer runs at the same point as the inline one did, and a
 * stylesheet link blocks rendering as the <style> did, so behaviour is unchanged. Pure.
 */

/** Saves `body` as a file of type `ext` and returns the URL to reference it by. */
export type SaveFile = (ext: 'js' | 'css', body: string) => string;

const escapeAttr = (s: string) => s.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;');

/**
 * Rewrites one page: every `<script>` without attributes (data blocks such as JSON-LD always carry a
 * type, module scripts a src) and every `<style>` without attributes become references to files.
 */
export function externalizeInline(html: string, save: SaveFile): string {
  return html
    .replace(
      /<script>([\s\S]*?)<\/script>/gu,
      (_, body: string) => `<script src="${escapeAttr(save('js', body))}"></script>`,
    )
    .replace(
      /<style>([\s\S]*?)<\/style>/gu,
      (_, body: string) => `<link rel="stylesheet" href="${escapeAttr(save('css', body))}">`,
    );
}
