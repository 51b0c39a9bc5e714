/**
 * Finds what a strict Content Security Policy (script-src 'self'; style-src 'self', no
 * 'unsafe-inline') blocks in an HTML page: inline scripts (JSON-LD and other data blocks aside),
 * <style> elements, style="" attributes and on…="" event-handler attributes.
 */

/** Script types a browser does not run: data blocks, which CSP does not govern. */
const DATA_SCRIPT = /^application\/(ld\+)?json$/iu;

/** One finding per offending element or attribute, each naming the tag it sits in. */
export function findInline(html: string): string[] {
  const found: string[] = [];
  // comments hide nothing from the scan of what follows them, but their own text is not markup
  const text = html.replace(/<!--[\s\S]*?-->/gu, '');
  const tag = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gu;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(text))) {
    const name = m[1]!.toLowerCase();
    const attrs = new Map<string, string>();
    for (const a of m[2]!.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gu)) {
      attrs.set(a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '');
    }
    const short = m[0].length > 80 ? `${m[0].slice(0, 77)}...` : m[0];
    if (attrs.has('style')) found.push(`style attribute: ${short}`);
    for (const a of attrs.keys()) if (/^on[a-z]+$/u.test(a)) found.push(`${a} attribute: ${short}`);
    if (name === 'style') found.push(`<style> element: ${short}`);
    if (name === 'script' || name === 'style') {
      // skip the element's content: it is script or CSS, not markup
      const close = text.toLowerCase().indexOf(`</${name}`, tag.lastIndex);
      const body = text.slice(tag.lastIndex, close < 0 ? text.length : close);
      if (name === 'script' && !attrs.has('src') && !DATA_SCRIPT.test(attrs.get('type') ?? '') && body.trim() !== '') {
        found.push(`inline script: ${short}${body.trim().slice(0, 60)}`);
      }
      if (close >= 0) tag.lastIndex = close;
    }
  }
  return found;
}
