/**
 * Pages of prose (content/pages/{zh,en}/*.md): the rendered Markdown gets its values, its blocks, links that work under
 * a sub-path, Chinese pages marked on English pages, and an error naming the file for a placeholder nobody fills.
 */
import { describe, expect, it } from 'vitest';
import { fillProse, fillText, type ProseOptions } from '../../src/lib/i18n/prose';

const options = (over: Partial<ProseOptions> = {}): ProseOptions => ({
  file: 'content/pages/en/about.md',
  lang: 'en',
  base: '/',
  values: { issuer: "People's <Office>", n: '66' },
  blocks: ['report', 'table'],
  ...over,
});

describe('filling a page of prose', () => {
  it('inserts values as escaped text, in paragraphs, code and link text', () => {
    const html = '<p>The {issuer} issued {n} measures: <code>{n}#s2</code>.</p>';
    expect(fillProse(html, options())).toEqual([
      { html: '<p>The People&#39;s &lt;Office&gt; issued 66 measures: <code>66#s2</code>.</p>' },
    ]);
  });
  it('cuts the page at its blocks: a block alone in a paragraph replaces the paragraph, inline it stays inline', () => {
    const html = '<p>Intro.</p>\n<p>{table}</p>\n<p>Please report it. {report}</p>';
    expect(fillProse(html, options())).toEqual([
      { html: '<p>Intro.</p>' },
      { block: 'table' },
      { html: '<p>Please report it. ' },
      { block: 'report' },
      { html: '</p>' },
    ]);
  });
  it('drops the renderer newlines between elements but keeps those inside text', () => {
    const html = '<ul>\n<li>one</li>\n<li>two\nlines</li>\n</ul>\n';
    expect(fillProse(html, options())).toEqual([{ html: '<ul><li>one</li><li>two\nlines</li></ul>' }]);
  });
  it('puts root-relative links under the base and marks links to Chinese pages on English pages', () => {
    const html = '<p><a href="/relief/">relief</a> <a href="/en/glossary/">glossary</a> <a href="#report">r</a></p>';
    const [en] = fillProse(html, options({ base: '/sub/' }));
    expect(en).toEqual({
      html: '<p><a href="/sub/relief/" hreflang="zh-CN">relief</a> <a href="/sub/en/glossary/">glossary</a> <a href="#report">r</a></p>',
    });
    const [zh] = fillProse(html, options({ lang: 'zh', file: 'content/pages/zh/about.md' }));
    expect(zh).toEqual({ html: html.replace(' hreflang="zh-CN"', '') });
  });
  it('fails naming the file and the placeholder when a name is neither a value nor a block', () => {
    expect(() => fillProse('<p>{nope}</p>', options())).toThrow(
      /content\/pages\/en\/about\.md: unknown placeholder \{nope\}/u,
    );
    expect(() => fillText('About {nope}', 'content/pages/en/about.md', 'title', { n: '1' })).toThrow(
      /content\/pages\/en\/about\.md: title: unknown placeholder \{nope\}/u,
    );
  });
  it('leaves front-matter text unescaped (Astro escapes attributes)', () => {
    expect(fillText('{issuer} ({n})', 'f.md', 'description', options().values)).toBe("People's <Office> (66)");
  });
});
