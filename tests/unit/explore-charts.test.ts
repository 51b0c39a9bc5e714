/**
 * Server-rendered charts: the properties a reader relies on — one bar per sector, bar values equal to
 * the counts in the measure files, bar lengths proportional to them, every mark inside the view box,
 * labels present and not overlapping, every element linking to what it counts, an accessible name and a legend.
 */
import { describe, expect, it } from 'vitest';
import { loadPlan, loadPlanInput } from '../helpers/content';
import { stackedBars } from '../../src/lib/explore/charts/stacked-bars';
import { treemapChart } from '../../src/lib/explore/charts/treemap';
import {
  agencyChart,
  chartWords,
  drillChart,
  measureChart,
  roleChart,
  taskForceChart,
} from '../../src/lib/explore/sector-charts';
import { DICTIONARIES } from '../../src/lib/i18n/dict';
import { englishPlan } from '../../src/lib/i18n/i18n';
import { loadEdition, loadEditionInput } from '../helpers/edition';

const plan = loadPlan();
const input = loadPlanInput();
const id = (p: string) => p;
const zh = chartWords(DICTIONARIES.zh, 'zh');
const raw = input.measures.map((e) => ({
  number: e.data.number,
  part: e.data.part.id,
  sector: e.data.sector?.id,
  rows: e.data.agencies.map((a) => ({ id: a.agency.id, role: a.role })),
}));

const num = (tag: string, attr: string) => Number(new RegExp(`\\s${attr}="(-?[\\d.]+)"`, 'u').exec(tag)?.[1] ?? 0);
const viewBox = (svg: string) => {
  const [, , w, h] = /viewBox="([^"]+)"/u.exec(svg)![1]!.split(/\s+/u).map(Number);
  return { w: w!, h: h! };
};
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
const boxOf = (tag: string): Box => ({
  x: num(tag, 'x'),
  y: num(tag, 'y'),
  w: num(tag, 'width'),
  h: num(tag, 'height'),
});
const inside = (b: Box, v: { w: number; h: number }) =>
  b.x >= 0 && b.y >= 0 && b.x + b.w <= v.w + 0.5 && b.y + b.h <= v.h + 0.5;
const overlap = (a: Box, b: Box) =>
  Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5 &&
  Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5;

/** The geometry of a bar chart as drawn: per row, its label's baseline and its bars. */
function barGeometry(svg: string) {
  return [...svg.matchAll(/<g class="chart-row"[^>]*>(.*?)<\/g>(?=<g class="chart-row"|<\/svg>)/gsu)].map((m) => ({
    label: /<text[^>]*text-anchor="end"[^>]*>([^<]+)<\/text>/u.exec(m[1]!),
    labelY: num(/<text[^>]*text-anchor="end"[^>]*>/u.exec(m[1]!)?.[0] ?? '', 'y'),
    bars: [...m[1]!.matchAll(/<rect class="bar"[^>]*>/gu)].map((r) => ({
      ...boxOf(r[0]),
      value: num(r[0], 'data-value'),
    })),
  }));
}

/** Bar lengths are proportional to the values, every bar is in the view box, rows and labels do not overlap. */
function expectReadableBars(svg: string) {
  const v = viewBox(svg);
  const rows = barGeometry(svg);
  expect(rows.length).toBeGreaterThan(0);
  const all = rows.flatMap((r) => r.bars);
  const scale = Math.max(...all.map((b) => b.w / b.value));
  for (const b of all) {
    expect(inside(b, v), JSON.stringify(b)).toBe(true);
    expect(Math.abs(b.w - b.value * scale), JSON.stringify(b)).toBeLessThan(1.5);
  }
  rows.forEach((r, i) => {
    expect(r.label?.[1]?.trim(), `row ${i} has a label`).toBeTruthy();
    // a row's segments sit side by side, without overlapping
    for (let j = 1; j < r.bars.length; j++)
      expect(r.bars[j]!.x).toBeGreaterThanOrEqual(r.bars[j - 1]!.x + r.bars[j - 1]!.w - 0.5);
    if (i > 0) {
      // labels one line apart at least (13 px text), bars of consecutive rows apart
      expect(r.labelY - rows[i - 1]!.labelY).toBeGreaterThanOrEqual(13);
      for (const a of rows[i - 1]!.bars) for (const b of r.bars) expect(overlap(a, b)).toBe(false);
    }
    expect(r.labelY).toBeLessThanOrEqual(v.h);
  });
}

/** Every bar inside the view box. */
function expectBarsInside(svg: string, v: { w: number; h: number }) {
  for (const r of barGeometry(svg)) for (const b of r.bars) expect(inside(b, v), JSON.stringify(b)).toBe(true);
}

/** The rows of a bar chart as drawn: key, link, total, and the value of each series. */
function bars(svg: string) {
  return [
    ...svg.matchAll(
      /<g class="chart-row" data-key="([^"]+)" data-total="(\d+)">(.*?)<\/g>(?=<g class="chart-row"|<\/svg>)/gsu,
    ),
  ].map((m) => ({
    key: m[1]!,
    total: Number(m[2]),
    href: /<a href="([^"]+)"/u.exec(m[3]!)?.[1],
    label: /aria-label="([^"]+)"/u.exec(m[3]!)?.[1],
    values: Object.fromEntries(
      [...m[3]!.matchAll(/data-series="([^"]+)" data-value="(\d+)"/gu)].map((v) => [v[1]!, Number(v[2])]),
    ),
  }));
}

/** Expected rows of the sector charts, from the measure files: parts' measures outside sectors, then sectors. */
const expectedRows = (() => {
  const rows: { key: string; measures: number[]; href: string }[] = [];
  for (const p of [...input.parts].sort((a, b) => a.data.number - b.data.number)) {
    const direct = raw.filter((m) => m.part === p.id && !m.sector).map((m) => m.number);
    if (direct.length) rows.push({ key: `part:${p.id}`, measures: direct, href: `/parts/${p.data.number}/` });
    for (const s of input.sectors
      .filter((s) => s.data.part.id === p.id)
      .sort((a, b) => a.data.number - b.data.number)) {
      rows.push({
        key: `sector:${s.id}`,
        measures: raw.filter((m) => m.sector === s.id).map((m) => m.number),
        href: `/sectors/${s.id}/`,
      });
    }
  }
  return rows;
})();

describe('stacked bars: role split per sector', () => {
  const svg = stackedBars(roleChart(plan, id, zh));

  it('has an accessible name and a visible legend with the three roles', () => {
    expect(svg).toMatch(/^<svg[^>]*role="group"[^>]*aria-label="各领域措施的责任分工[^"]*"/u);
    const legend = /<g class="chart-legend"[^]*?(?=<g class="chart-axis")/u.exec(svg)![0];
    for (const word of ['牵头', '负责', '配合']) expect(legend).toContain(word);
  });

  it('draws one bar per sector (and per part with measures outside sectors), in reading order, each linking to it', () => {
    const drawn = bars(svg);
    expect(drawn.map((b) => b.key)).toEqual(expectedRows.map((r) => r.key));
    expect(drawn.filter((b) => b.key.startsWith('sector:'))).toHaveLength(input.sectors.length);
    drawn.forEach((b, i) => expect(b.href).toBe(expectedRows[i]!.href));
  });

  it('bar segments equal the role mentions in the measure files', () => {
    bars(svg).forEach((b, i) => {
      const ms = raw.filter((m) => expectedRows[i]!.measures.includes(m.number));
      for (const role of ['lead', 'responsible', 'cooperate']) {
        const n = ms.flatMap((m) => m.rows).filter((r) => r.role === role).length;
        expect(b.values[role] ?? 0, `${b.key} ${role}`).toBe(n);
      }
      expect(b.total).toBe(ms.reduce((s, m) => s + m.rows.length, 0));
    });
  });

  it('tells roles apart without colour: solid, hatched and dotted fills', () => {
    expect(svg).toMatch(/<pattern id="chart-roles-p1"[^>]*patternTransform="rotate\(45\)"/u);
    expect(svg).toMatch(/<pattern id="chart-roles-p2"[^>]*>.*?<circle/u);
    expect(svg).toContain('fill="url(#chart-roles-p1)"');
  });

  it('draws bars proportional to the counts, inside the view box, with labels that do not overlap', () => {
    expectReadableBars(svg);
  });
});

describe('bars: measures and agencies per sector, task force load', () => {
  it('measure bars equal the number of measures per sector', () => {
    const drawn = bars(stackedBars(measureChart(plan, id, zh)));
    expect(drawn.map((b) => b.total)).toEqual(expectedRows.map((r) => r.measures.length));
    expect(drawn.reduce((s, b) => s + b.total, 0)).toBe(raw.length);
  });

  it('agency bars equal the distinct agencies named per sector', () => {
    const drawn = bars(stackedBars(agencyChart(plan, id, zh)));
    drawn.forEach((b, i) => {
      const ids = new Set(
        raw.filter((m) => expectedRows[i]!.measures.includes(m.number)).flatMap((m) => m.rows.map((r) => r.id)),
      );
      expect(b.total, b.key).toBe(ids.size);
    });
  });

  it('task force bars equal the measures under the sectors or part each task force is named for, linking to the filtered graph', () => {
    const svg = stackedBars(taskForceChart(plan, id, zh));
    const drawn = bars(svg);
    expect(drawn).toHaveLength(input.taskForces.length);
    for (const b of drawn) {
      const tf = b.key.replace('tf:', '');
      const sectors = input.sectors.filter((s) => s.data.taskForce?.id === tf).map((s) => s.id);
      const parts = input.parts.filter((p) => p.data.taskForce?.id === tf).map((p) => p.id);
      expect(b.total, tf).toBe(
        raw.filter((m) => (m.sector ? sectors.includes(m.sector) : parts.includes(m.part))).length,
      );
      expect(b.href).toBe(`/explore/graph/?tf=${tf}`);
    }
    expectReadableBars(svg);
  });

  it('draws the measure and agency bars readably too', () => {
    expectReadableBars(stackedBars(measureChart(plan, id, zh)));
    expectReadableBars(stackedBars(agencyChart(plan, id, zh)));
  });

  it('escapes text, so a label cannot inject markup', () => {
    const svg = stackedBars({
      id: 'x',
      label: 'a"b<c>',
      series: [{ key: 's', label: '<b>', color: '#000', pattern: 'solid' }],
      rows: [{ key: 'k', label: '<script>alert(1)</script>', href: '/?a=1&b=2', values: [1] }],
      describe: (row) => row.label,
    });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('aria-label="a&quot;b&lt;c&gt;"');
    expect(svg).toContain('href="/?a=1&amp;b=2"');
  });
});

describe('treemap: part → sector → measure', () => {
  const svg = treemapChart(drillChart(plan, (p) => `/base${p}`, zh));

  it('has one tile per measure, each linking to its page', () => {
    const tiles = [...svg.matchAll(/<a class="tm-measure" href="([^"]+)" data-measure="(\d+)" aria-label="([^"]+)"/gu)];
    expect(tiles.map((t) => Number(t[2])).sort((a, b) => a - b)).toEqual(
      raw.map((m) => m.number).sort((a, b) => a - b),
    );
    for (const t of tiles) {
      expect(t[1]).toBe(`/base/measures/${t[2]}/`);
      expect(t[3]).toBe(`第${t[2]}条 ${input.measures.find((m) => m.data.number === Number(t[2]))!.data.title}`);
    }
  });

  it('frames each sector and each part with measures, counting their measures', () => {
    const sectors = [...svg.matchAll(/<g class="tm-sector" data-id="([^"]+)" data-count="(\d+)">/gu)];
    expect(sectors).toHaveLength(input.sectors.length);
    for (const s of sectors) expect(Number(s[2])).toBe(raw.filter((m) => m.sector === s[1]).length);
    const parts = [...svg.matchAll(/<g class="tm-part" data-id="([^"]+)" data-count="(\d+)">/gu)];
    expect(parts.map((p) => p[1])).toEqual([...new Set(raw.map((m) => m.part))].sort());
    for (const p of parts) expect(Number(p[2])).toBe(raw.filter((m) => m.part === p[1]).length);
    expect(svg).toContain('href="/base/sectors/finance/"');
    expect(svg).toContain('href="/base/parts/5/"');
  });

  it('has an accessible name and a legend naming the parts', () => {
    expect(svg).toMatch(/^<svg[^>]*aria-label="措施分布[^"]*"/u);
    const legend = /<g class="chart-legend"[^]*?<\/g><\/g>(?=<g class="tm-)/u.exec(svg)![0];
    expect(legend.match(/<rect/gu)).toHaveLength(new Set(raw.map((m) => m.part)).size);
  });

  it('lays the measure tiles inside the view box without overlapping, each numbered inside its tile', () => {
    const v = viewBox(svg);
    const tiles = [
      ...svg.matchAll(
        /<a class="tm-measure"[^>]*data-measure="(\d+)"[^>]*>.*?(<rect[^>]*>).*?(<text[^>]*>)([^<]*)<\/text>/gsu,
      ),
    ].map((m) => ({ n: m[1]!, box: boxOf(m[2]!), tx: num(m[3]!, 'x'), ty: num(m[3]!, 'y'), text: m[4]! }));
    expect(tiles).toHaveLength(raw.length);
    for (const t of tiles) {
      expect(inside(t.box, v), t.n).toBe(true);
      expect(t.box.w * t.box.h, t.n).toBeGreaterThan(0);
      expect(t.text, t.n).toBe(t.n);
      expect(t.tx >= t.box.x && t.tx <= t.box.x + t.box.w && t.ty >= t.box.y && t.ty <= t.box.y + t.box.h, t.n).toBe(
        true,
      );
    }
    for (let i = 0; i < tiles.length; i++)
      for (let j = i + 1; j < tiles.length; j++)
        expect(overlap(tiles[i]!.box, tiles[j]!.box), `${tiles[i]!.n} and ${tiles[j]!.n}`).toBe(false);
  });
});

describe('the sector charts of the English edition', () => {
  const en = chartWords(DICTIONARIES.en, 'en');
  const enPlan = englishPlan(plan, loadEdition());
  // expectations from the translation files, not from the site's model
  const glossary = loadEditionInput().glossary[0]!.data;
  const HAN = /\p{Script=Han}/u;
  /** Everything a reader sees or hears in an SVG: its text and its accessible names and titles. */
  const words = (svg: string) => [
    ...[...svg.matchAll(/>([^<]+)</gu)].map((m) => m[1]!),
    ...[...svg.matchAll(/\s(?:aria-label|title)="([^"]*)"/gu)].map((m) => m[1]!),
  ];
  const bars = {
    roles: stackedBars(roleChart(enPlan, id, en)),
    measures: stackedBars(measureChart(enPlan, id, en)),
    agencies: stackedBars(agencyChart(enPlan, id, en)),
    taskForces: stackedBars(taskForceChart(enPlan, id, en)),
  };
  const treemap = treemapChart(drillChart(enPlan, id, en));

  it('draw no Chinese character: labels, legends, tile titles and accessible names are English', () => {
    for (const [name, svg] of Object.entries({ ...bars, treemap })) {
      expect(words(svg).length, name).toBeGreaterThan(10);
      expect(
        words(svg).filter((w) => HAN.test(w)),
        name,
      ).toEqual([]);
    }
  });

  it('name the sectors, task forces and parts as the translation does, and the roles in the legend', () => {
    const text = (svg: string) => svg.replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ');
    for (const s of glossary.sectors) {
      expect(text(bars.measures), s.id).toContain(s.heading);
      expect(text(treemap), s.id).toContain(s.heading);
    }
    for (const tf of glossary.taskForces) expect(text(bars.taskForces), tf.id).toContain(tf.name);
    const legend = /<g class="chart-legend"[^]*?<\/g><\/g>(?=<g class="tm-)/u.exec(treemap)![0];
    for (const p of glossary.parts.filter((x) => raw.some((m) => m.part === x.id)))
      expect(text(legend)).toContain(p.heading);
    for (const role of ['Lead', 'Responsible', 'Cooperating']) expect(text(bars.roles)).toContain(role);
  });

  it('say one measure, not one "measures", in a bar’s accessible name', () => {
    const names = [...bars.measures.matchAll(/aria-label="([^"]+)"/gu)].map((m) => m[1]!);
    const single = expectedRows.filter((r) => r.measures.length === 1);
    expect(single.length).toBeGreaterThan(0);
    expect(names.filter((n) => /: 1 measure$/u.test(n))).toHaveLength(single.length);
    expect(names.filter((n) => /\b1 measures\b/u.test(n))).toEqual([]);
  });

  it('draw each row’s label as its text reads: a label on two lines keeps the space between its words', () => {
    for (const svg of Object.values(bars))
      for (const m of svg.matchAll(/<g class="chart-row"[^>]*>.*?<text[^>]*text-anchor="end"[^>]*>(.*?)<\/text>/gsu)) {
        const text = m[1]!.replace(/<[^>]+>/gu, '');
        const name = /aria-label="([^"]+)"/u.exec(m[0])![1]!;
        expect(name.startsWith(text.replace(/&amp;/gu, '&')), `${text} / ${name}`).toBe(true);
      }
  });

  it('keep every label inside the chart: long English headings get a wider label column, on two lines', () => {
    for (const [name, svg] of Object.entries(bars)) {
      const v = viewBox(svg);
      for (const m of svg.matchAll(/<text[^>]*text-anchor="end"[^>]*font-size="([\d.]+)"[^>]*>(.*?)<\/text>/gsu)) {
        const lines = m[2]!.includes('<tspan')
          ? [...m[2]!.matchAll(/<tspan[^>]*>([^<]*)</gu)].map((l) => l[1]!)
          : [m[2]!];
        const x = num(m[0], 'x');
        // a Latin letter is narrower than 0.6 em in the site's fonts
        for (const line of lines)
          expect(x - line.length * 0.6 * Number(m[1]), `${name}: ${line}`).toBeGreaterThanOrEqual(0);
        expect(lines.length, name).toBeLessThanOrEqual(2);
        expect(Number(m[1]), name).toBeGreaterThanOrEqual(8);
      }
      expectBarsInside(svg, v);
    }
    // the treemap's legend names the six parts without shrinking them below 10 px
    const sizes = [...treemap.matchAll(/<g class="chart-legend"[^]*?(?=<g class="tm-)/gu)][0]![0].matchAll(
      /font-size="([\d.]+)"/gu,
    );
    for (const m of sizes) expect(Number(m[1])).toBeGreaterThanOrEqual(10);
  });
});
