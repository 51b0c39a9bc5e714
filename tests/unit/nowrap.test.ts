/** Numbers with their units stay on one line: the segments the renderer keeps together. */
import { describe, expect, it } from 'vitest';
import { keepNumbersInHtml } from '../../src/lib/build/nowrap';
import { numberRuns } from '../../src/lib/site/number-runs';
import { renderToString } from 'react-dom/server';
import { createElement } from 'react';
import { Nums } from '../../src/islands/explorer/Nums';
import { loadPlan, readSource } from '../helpers/content';
import { loadDerived } from '../helpers/derived';

const kept = (text: string) =>
  numberRuns(text)
    .filter((s) => s.keep)
    .map((s) => s.text);

describe('number-with-unit runs', () => {
  it('keeps a percentage, a count and a year whole', () => {
    expect(numberRuns('增速力争达到7.5%左右')).toEqual([
      { text: '增速力争达到', keep: false },
      { text: '7.5%', keep: true },
      { text: '左右', keep: false },
    ]);
    expect(kept('培育200家以上')).toEqual(['200家']);
    expect(kept('2022年4月14日')).toEqual(['2022年', '4月', '14日']);
  });

  it('keeps ranges, ratios, multiplied units and document numbers whole', () => {
    expect(kept('每年5-10个')).toEqual(['5-10个']);
    expect(kept('按照2梄2梄4梄2比例')).toEqual(['2梄2梄4梄2']);
    expect(kept('2∶2∶4∶2')).toEqual(['2∶2∶4∶2']);
    expect(kept('给予100万元奖励')).toEqual(['100万元']);
    expect(kept('晋政办发〔2022〕35号')).toEqual(['2022', '35号']);
    expect(kept('第12条')).toEqual(['第12条']);
    expect(kept('5G基站')).toEqual(['5G']);
    expect(kept('适时引进第四家基地航空公司')).toEqual(['第四家']);
    expect(kept('第十二条')).toEqual(['第十二条']);
    expect(kept('一体化、十四五')).toEqual([]);
  });

  it('leaves text without numbers, and lone digits, alone', () => {
    expect(numberRuns('加快发展非营利性服务业')).toEqual([{ text: '加快发展非营利性服务业', keep: false }]);
    expect(numberRuns('')).toEqual([]);
    expect(kept('第1条与3项')).toEqual(['第1条', '3项']);
    expect(kept('5年')).toEqual(['5年']);
    expect(kept('a 1 b')).toEqual([]);
  });

  it('gives back the whole plan exactly when the segments are joined', () => {
    const source = readSource();
    expect(
      numberRuns(source)
        .map((s) => s.text)
        .join(''),
    ).toBe(source);
    for (const m of loadPlan().measures)
      expect(
        numberRuns(m.text)
          .map((s) => s.text)
          .join(''),
      ).toBe(m.text);
  });

  it('keeps every target figure of the plan on one line with its unit', () => {
    // targets with a figure (a dated commitment without one, 12's 全覆盖 or 48's 选树一批, has no number to keep)
    for (const t of loadDerived().targets.filter((x) => x.figure)) {
      const printed = `${t.figure}${t.unit}`;
      expect(
        kept(t.sentenceText).some((run) => run.includes(printed)),
        `${t.id}: ${printed}`,
      ).toBe(true);
    }
  });
});

describe('keepNumbersInHtml (every rendered page)', () => {
  const text = (html: string) => html.replace(/<[^>]*>/gu, '');

  it('wraps numbers in the text of the body', () => {
    expect(keepNumbersInHtml('<body><p>增速达到7.5%左右</p></body>')).toBe(
      '<body><p>增速达到<span class="nowrap">7.5%</span>左右</p></body>',
    );
  });

  it('leaves markup, attributes and character references alone', () => {
    const html =
      '<body><a href="/measures/12/" title="第12条 &gt; 200家" data-x=\'{"a":"1>2 3个"}\'>第12条</a> 示例&#39;35号&#x32;&amp;</body>';
    const out = keepNumbersInHtml(html);
    expect(out).toContain('href="/measures/12/" title="第12条 &gt; 200家" data-x=\'{"a":"1>2 3个"}\'>');
    expect(out).toContain('&#39;<span class="nowrap">35号</span>&#x32;&amp;');
    expect(text(out)).toBe(text(html));
  });

  it('leaves head, script, style, textarea, svg and code untouched', () => {
    for (const html of [
      '<head><title>2022年计划</title><meta content="7.5%"></head>',
      '<script type="application/ld+json">{"datePublished":"2022年4月"}</script>',
      '<style>.a{width:100%}</style>',
      '<textarea>引用：2022年4月14日</textarea>',
      '<svg><text>66条</text><g><text>12个</text></g></svg>',
      '<code>/measures/12</code>',
    ]) {
      expect(keepNumbersInHtml(html)).toBe(html);
    }
    expect(keepNumbersInHtml('<svg><path d="M0 0"/></svg><p>5-10个</p>')).toBe(
      '<svg><path d="M0 0"/></svg><p><span class="nowrap">5-10个</span></p>',
    );
    expect(keepNumbersInHtml('<svg/><p>200家</p>')).toBe('<svg/><p><span class="nowrap">200家</span></p>');
  });

  it('keeps the text of a whole page exactly', () => {
    const plan = loadPlan();
    const html = `<!doctype html><html><head><title>x</title></head><body><main>${plan.measures.map((m) => `<p id="m${m.number}">${m.text}</p>`).join('')}</main></body></html>`;
    const out = keepNumbersInHtml(html);
    expect(text(out)).toBe(text(html));
    expect(out).toContain('<span class="nowrap">200万元</span>');
  });

  it("leaves an island's server HTML exactly as React rendered it (hydration would discard it otherwise)", () => {
    const island =
      '<astro-island uid="x" props="{}"><p>共<!-- -->14<!-- -->条措施</p><astro-island><b>200家</b></astro-island><i>3个</i></astro-island>';
    expect(keepNumbersInHtml(`<body>${island}<p>200家</p></body>`)).toBe(
      `<body>${island}<p><span class="nowrap">200家</span></p></body>`,
    );
  });
});

describe('Nums (the islands render the same no-wrap runs themselves)', () => {
  it('renders the runs the build would add, with the text unchanged', () => {
    for (const text of [
      '商务厅：14条措施。',
      '合作单位（3个）',
      '权重 0.53，共同措施 12、20',
      '第61条：牵头、负责',
      '没有数字',
    ]) {
      const html = renderToString(createElement(Nums, null, text));
      expect(html).toBe(keepNumbersInHtml(text));
      expect(html.replace(/<[^>]*>/gu, '')).toBe(text);
    }
    expect(renderToString(createElement(Nums, null, '商务厅：14条措施。'))).toBe(
      '商务厅：<span class="nowrap">14条</span>措施。',
    );
  });
});
