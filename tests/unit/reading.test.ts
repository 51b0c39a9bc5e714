/** Related measures, agency loads, list filters, 404 guesses and discovery data, on the real plan. */
import { describe, expect, it } from 'vitest';
import { loadPlan, loadPlanInput } from '../helpers/content';
import {
  leadAgencies,
  rankRelated,
  relatedMeasures,
  SAME_GROUP_LIMIT,
  SHARED_LEAD_LIMIT,
  SHARED_LEAD_TOTAL,
} from '../../src/lib/model/related';
import { buildPlan } from '../../src/lib/model/model';
import { agencyLoads, AGENCY_KIND_LABELS, measuresByRole } from '../../src/lib/model/agencies';
import { allFilters, FACETS } from '../../src/lib/model/filters';
import { measureNumberFromPath } from '../../src/lib/site/not-found';
import { documentJsonLd, jsonLdScript, measureJsonLd, robotsTxt, sitemapXml } from '../../src/lib/publishing/seo';
import { AGENCY_KINDS } from '../../src/schemas/agency';

const plan = loadPlan();
const input = loadPlanInput();
// the raw front matter, independent of the model's aggregation
const rawMeasures = input.measures.map((m) => m.data);

describe('related measures', () => {
  const transport = rawMeasures.filter((m) => m.sector?.id === 'transport' && m.number !== 14).map((m) => m.number);
  it('measure 14: the other transport measures, and the total with a link to the whole sector', () => {
    const r = relatedMeasures(plan, 14);
    expect(r.sameGroup).toMatchObject({
      kind: 'sector',
      id: 'transport',
      total: transport.length,
      allPath: '/measures/sector/transport/',
    });
    // the sector has fewer measures than the limit: all are shown, in order
    expect(transport.length).toBeLessThanOrEqual(SAME_GROUP_LIMIT);
    expect(r.sameGroup.numbers).toEqual(transport);
  });
  it('measure 14: other measures the postal administration leads, not already listed', () => {
    const r = relatedMeasures(plan, 14);
    // in charge: named 牵头, or named 负责 in a parenthesis that names no 牵头 (measure 12: 省发展改革委、省邮政管理局负责)
    const inCharge = (m: (typeof rawMeasures)[number], id: string) =>
      m.agencies.some(
        (a) =>
          a.agency.id === id &&
          (a.role === 'lead' || (a.role === 'responsible' && !m.agencies.some((b) => b.role === 'lead'))),
      );
    const postalLeads = rawMeasures.filter((m) => m.number !== 14 && inCharge(m, 'postal')).map((m) => m.number);
    expect(postalLeads).toContain(12);
    const postal = r.sharedLead.find((x) => x.agencyId === 'postal');
    const notShown = postalLeads.filter((n) => !r.sameGroup.numbers.includes(n));
    if (notShown.length === 0) expect(postal).toBeUndefined();
    else {
      expect(postal!.total).toBe(postalLeads.length);
      expect(postal!.allPath).toBe('/measures/agency/postal/');
      for (const n of postal!.numbers) expect(notShown).toContain(n);
    }
  });
  it('a measure outside any sector is related to its part', () => {
    const m = rawMeasures.find((x) => !x.sector)!;
    const r = relatedMeasures(plan, m.number);
    const inPart = rawMeasures.filter((x) => x.part.id === m.part.id && x.number !== m.number).map((x) => x.number);
    expect(r.sameGroup.kind).toBe('part');
    expect(r.sameGroup.total).toBe(inPart.length);
    for (const n of r.sameGroup.numbers) expect(inPart).toContain(n);
  });
  it('never lists the measure itself, nor one measure twice', () => {
    for (const m of plan.measures) {
      const r = relatedMeasures(plan, m.number);
      const all = [...r.sameGroup.numbers, ...r.sharedLead.flatMap((x) => x.numbers)];
      expect(all).not.toContain(m.number);
      expect(new Set(all).size, `measure ${m.number}`).toBe(all.length);
    }
  });
  it('ranks measures sharing more bodies first, then the nearer one', () => {
    const bodies = new Map([
      [10, new Set(['a', 'b'])],
      [11, new Set(['a'])],
      [30, new Set(['a', 'b'])],
      [9, new Set(['c'])],
    ]);
    expect(rankRelated(10, [9, 11, 30, 10], bodies)).toEqual([30, 11, 9]);
  });
  it('stays a handful when the plan is ten times larger', () => {
    const n = input.measures.length;
    const big = buildPlan({
      ...input,
      measures: Array.from({ length: 10 }, (_, k) =>
        input.measures.map((e) => ({ ...e, id: `${k}-${e.id}`, data: { ...e.data, number: e.data.number + k * n } })),
      ).flat(),
    });
    for (const m of [
      big.measures[13]!,
      big.measures[big.measures.length - 1]!,
      ...big.measures.filter((x) => x.number % 97 === 0),
    ]) {
      const r = relatedMeasures(big, m.number);
      expect(r.sameGroup.numbers.length).toBeLessThanOrEqual(SAME_GROUP_LIMIT);
      for (const x of r.sharedLead) expect(x.numbers.length).toBeLessThanOrEqual(SHARED_LEAD_LIMIT);
      const links = r.sameGroup.numbers.length + r.sharedLead.reduce((s, x) => s + x.numbers.length, 0);
      expect(links).toBeLessThanOrEqual(SAME_GROUP_LIMIT + SHARED_LEAD_TOTAL);
      expect(r.sameGroup.total).toBeGreaterThan(r.sameGroup.numbers.length);
      // the nearest measures of its group in reading order are among those shown
      const group = (m.sectorId ? big.sectorById.get(m.sectorId)! : big.partById.get(m.partId)!).measureNumbers;
      const i = group.indexOf(m.number);
      for (const near of [group[i - 1], group[i + 1]]) if (near) expect(r.sameGroup.numbers).toContain(near);
    }
  });
  it('when no body is named 牵头, the 负责 bodies lead', () => {
    const m = plan.measures.find((x) => x.responsibility.endsWith('负责）') && !x.responsibility.includes('牵头'))!;
    expect(leadAgencies(m).length).toBeGreaterThan(0);
    expect(m.agencies.filter((a) => leadAgencies(m).includes(a.id)).every((a) => a.role === 'responsible')).toBe(true);
  });
  it('throws for a measure that does not exist', () => {
    expect(() => relatedMeasures(plan, plan.measures.length + 1)).toThrow(RangeError);
  });
});

describe('agency loads', () => {
  const loads = agencyLoads(plan);
  it('lists every agency once, most measures first', () => {
    expect(loads.map((l) => l.agency.id).sort()).toEqual(input.agencies.map((a) => a.id).sort());
    for (let i = 1; i < loads.length; i++) expect(loads[i - 1]!.total).toBeGreaterThanOrEqual(loads[i]!.total);
  });
  it('counts each role from the measure files', () => {
    for (const l of loads) {
      const count = (role: string) =>
        rawMeasures.filter((m) => m.agencies.some((a) => a.agency.id === l.agency.id && a.role === role)).length;
      expect([l.lead, l.responsible, l.cooperate], l.agency.id).toEqual([
        count('lead'),
        count('responsible'),
        count('cooperate'),
      ]);
      expect(l.total).toBe(rawMeasures.filter((m) => m.agencies.some((a) => a.agency.id === l.agency.id)).length);
    }
  });
  it('groups an agency’s measures by role in the order 牵头, 负责, 配合', () => {
    const samr = plan.agencyById.get('samr')!;
    const groups = measuresByRole(samr);
    expect(groups.map((g) => g.role)).toEqual(
      ['lead', 'responsible', 'cooperate'].filter((r) => samr.roles[r as 'lead'].length),
    );
    expect(groups.find((g) => g.role === 'lead')!.numbers).toContain(61);
    expect(groups.find((g) => g.role === 'responsible')!.numbers).toContain(61);
  });
  it('has a Chinese label for every kind', () => {
    for (const k of AGENCY_KINDS) expect(AGENCY_KIND_LABELS[k]).toMatch(/\p{Script=Han}/u);
  });
});

describe('measure list filters', () => {
  const filters = allFilters(plan);
  it('has one filter per part with measures, per sector, task force and agency, with unique paths', () => {
    const count = (f: string) => filters.filter((x) => x.facet === f).length;
    expect(count('part')).toBe(new Set(rawMeasures.map((m) => m.part.id)).size);
    expect(count('sector')).toBe(input.sectors.length);
    expect(count('task-force')).toBe(input.taskForces.length);
    expect(count('agency')).toBe(input.agencies.length);
    expect(new Set(filters.map((f) => f.path)).size).toBe(filters.length);
    for (const f of filters) expect(f.path).toBe(`/measures/${f.facet}/${f.value}/`);
    expect(FACETS).toEqual(['part', 'sector', 'task-force', 'agency']);
  });
  it('keeps exactly the matching measures', () => {
    const get = (facet: string, value: string) => filters.find((f) => f.facet === facet && f.value === value)!.numbers;
    expect(get('part', '3')).toEqual(rawMeasures.filter((m) => m.part.id === '3').map((m) => m.number));
    expect(get('sector', 'finance')).toEqual(
      rawMeasures.filter((m) => m.sector?.id === 'finance').map((m) => m.number),
    );
    expect(get('agency', 'ndrc')).toEqual(
      rawMeasures.filter((m) => m.agencies.some((a) => a.agency.id === 'ndrc')).map((m) => m.number),
    );
    expect(get('task-force', 'nonprofit')).toEqual(rawMeasures.filter((m) => m.part.id === '5').map((m) => m.number));
  });
});

describe('404: does the path look like a measure?', () => {
  it.each([
    ['/measures/12/', '/', 12],
    ['/measures/12', '/', 12],
    ['/measure/12', '/', 12],
    ['/m/12', '/', 12],
    ['/m12', '/', 12],
    ['/12', '/', 12],
    ['/012/', '/', 12],
    ['/%E7%AC%AC12%E6%9D%A1', '/', 12],
    ['/sub/m/66', '/sub/', 66],
    ['/sub/12/', '/sub', 12],
  ])('%s (base %s) → %i', (path, base, n) => {
    expect(measureNumberFromPath(path, base, 66)).toBe(n);
  });
  it.each(['/measures/99/', '/m/0', '/', '/plan/12', '/12/13', '/%E0%A4%A', '/measures/1e3', '/<script>/12'])(
    '%s → none',
    (path) => {
      expect(measureNumberFromPath(path, '/', 66)).toBeNull();
    },
  );
});

describe('discovery', () => {
  const abs = (p: string) => `https://example.org/sub${p}`;
  it('describes the document as Legislation with every measure as a part', () => {
    const ld = documentJsonLd(plan, abs);
    expect(ld['@type']).toBe('Legislation');
    expect(ld.legislationIdentifier).toBe(input.document[0]!.data.number);
    expect(ld.legislationDate).toBe('2022-04-14');
    const parts = ld.hasPart as Record<string, unknown>[];
    expect(parts).toHaveLength(66);
    expect(parts[13]).toMatchObject({
      '@type': 'Legislation',
      url: 'https://example.org/sub/measures/14/',
      legislationIdentifier: '晋政办发〔2022〕35号 第14条',
    });
  });
  it('describes a measure as part of the document', () => {
    const ld = measureJsonLd(plan, 8, abs);
    expect(ld.isPartOf).toMatchObject({ '@id': 'https://example.org/sub/plan/' });
    expect(ld.text).toContain('2∶2∶4∶2');
  });
  it('JSON-LD cannot close its script element', () => {
    const s = jsonLdScript({ a: '</script><script>alert(1)</script>' });
    expect(s).not.toContain('<');
    expect(JSON.parse(s).a).toBe('</script><script>alert(1)</script>');
  });
  it('writes a sorted, de-duplicated, escaped sitemap and a robots.txt that names it', () => {
    const xml = sitemapXml(['https://e.org/b/', 'https://e.org/a/?x=1&y=2', 'https://e.org/b/']);
    expect([...xml.matchAll(/<loc>([^<]*)<\/loc>/gu)].map((m) => m[1])).toEqual([
      'https://e.org/a/?x=1&#38;y=2',
      'https://e.org/b/',
    ]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(robotsTxt('https://e.org/sub/sitemap.xml')).toMatch(/^Sitemap: https:\/\/e\.org\/sub\/sitemap\.xml$/mu);
  });
});
