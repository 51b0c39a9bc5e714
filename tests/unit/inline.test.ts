import { describe, expect, it } from 'vitest';
import { findInline } from '../helpers/inline';

describe('findInline (what a strict CSP would block)', () => {
  it('finds inline scripts, <style>, style= and on…= attributes', () => {
    const html = `<!doctype html><html><head>
      <script type="module">import "x";</script>
      <style>body{color:red}</style>
    </head><body>
      <table class="m" style="--measures: 66"><tr><td>1</td></tr></table>
      <button type=button onclick='go()'>go</button>
      <svg><rect ONLOAD="x()" /></svg>
    </body></html>`;
    const found = findInline(html);
    expect(found).toHaveLength(5);
    expect(found.join('\n')).toMatch(/inline script: <script type="module">import "x"/u);
    expect(found.join('\n')).toMatch(/<style> element/u);
    expect(found.join('\n')).toMatch(/style attribute: <table class="m" style="--measures: 66">/u);
    expect(found.join('\n')).toMatch(/onclick attribute/u);
    expect(found.join('\n')).toMatch(/onload attribute/u);
  });

  it('lets through external scripts, JSON-LD, stylesheets and look-alike text', () => {
    const html = `<head>
      <script type="module" src="/_astro/a.js"></script>
      <script type="application/ld+json">{"name":"<style>x</style> onclick=1"}</script>
      <link rel="stylesheet" href="/_astro/a.css">
      <!-- <style>commented out</style> -->
    </head><body><p data-onclick="1" class="style">style="color:red" and onload=x in text</p>
      <input value="a>b"></body>`;
    expect(findInline(html)).toEqual([]);
  });
});
