/**
 * Moves the inline code Astro itself writes into pages (the island runtime: `<script>` blocks that
 * define <astro-island> and its loaders, and `<style>astro-island,…{display:contents}</style>`) into
 * files, so the pages run under script-src 'self'; style-src 'self' with no hashes or 'unsafe-inline'.
 *
 * The references go to the end of <head>, in their order: the stylesheet applies before any island is drawn, and
 * the scripts are `defer`, fetched while the page is parsed and run once it is. In the body, an external classic
 * script would stop the parser for a round trip at the first island, and the browser would lay out the half-read
 * page more than once (on the explorer, a 36×66 table). The runtime is order-tolerant: a loader that comes after the
 * <astro-island> definition announces itself with an event the island waits for. Pure.
 */

/** Saves `body` as a file of type `ext` and returns the URL to reference it by. */
export type SaveFile = (ext: 'js' | 'css', body: string) => string;

const escapeAttr = (s: string) => s.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;');

/**
 * Rewrites one page: every `<script>` without attributes (data blocks such as JSON-LD always carry a
 * type, module scripts a src) and every `<style>` without attributes become references to files, at the end of
 * the head.
 */
export function externalizeInline(html: string, save: SaveFile): string {
  const moved: string[] = [];
  const out = html.replace(/<(script|style)>([\s\S]*?)<\/\1>/gu, (_, tag: string, body: string) => {
    moved.push(
      tag === 'script'
        ? `<script src="${escapeAttr(save('js', body))}" defer></script>`
        : `<link rel="stylesheet" href="${escapeAttr(save('css', body))}">`,
    );
    return '';
  });
  if (!moved.length) return html;
  const head = out.indexOf('</head>');
  if (head < 0) throw new Error('externalizeInline: the page has inline code but no </head> to move it to');
  return out.slice(0, head) + moved.join('') + out.slice(head);
}
