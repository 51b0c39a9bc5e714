/**
 * Partners and label placement, checked against the raw measure files (not the model's back-references).
 */
import { describe, expect, it } from 'vitest';
import { loadPlan, loadPlanInput } from '../helpers/content';
import { partnersOf } from '../../src/lib/explore/partners';
import { explorerData, LABEL_FONT } from '../../src/lib/explore/data';
import { boxesOverlap, placeLabels, textWidth, type Box } from '../../src/lib/explore/labels';

const plan = loadPlan();
const raw = loadPlanInput().measures.map((e) => ({
  number: e.data.number,
  ids: [...new Set(e.data.agencies.map((a) => a.agency.id))],
}));

describe('partners', () => {
  it('lists exactly the agencies named with it, with the shared measures', () => {
    for (const a of plan.agencies) {
      const expected = new Map<string, number[]>();
      for (const m of raw)
        if (m.ids.includes(a.id))
          for (const id of m.ids) if (id !== a.id) expected.set(id, [...(expected.get(id) ?? []), m.number]);
      const got = partnersOf(plan, a.id);
      expect(new Map(got.map((p) => [p.id, p.measures.map((m) => m.number)])), a.id).toEqual(expected);
    }
  });

  it('weights a shared measure by 1/(n−1), so measure 57 (nine leads) counts 1/8 per pair', () => {
    const m57 = raw.find((m) => m.number === 57)!;
    expect(m57.ids).toHaveLength(9);
    // two of 57's leads who share nothing else get exactly 1/8
    for (const p of partnersOf(plan, 'commerce')) {
      const expected = raw
        .filter((m) => m.ids.includes('commerce') && m.ids.includes(p.id))
        .reduce((s, m) => s + 1 / (m.ids.length - 1), 0);
      expect(Math.abs(p.weight - expected), p.id).toBeLessThanOrEqual(0.0051);
    }
    const onlyIn57 = partnersOf(plan, 'culture-tourism').filter(
      (p) => p.measures.length === 1 && p.measures[0]!.number === 57,
    );
    expect(onlyIn57.length).toBeGreaterThan(0);
    for (const p of onlyIn57) expect(p.weight).toBe(0.13);
  });

  it('orders by weight, so a pair that only meets in crowded measures ranks below a real two-way partnership', () => {
    for (const a of plan.agencies) {
      const ws = partnersOf(plan, a.id).map((p) => p.weight);
      expect(ws, a.id).toEqual([...ws].sort((x, y) => y - x));
    }
  });

  it('gives the roles of both agencies in each shared measure', () => {
    const p = partnersOf(plan, 'samr');
    for (const x of p)
      for (const m of x.measures) expect(m.own.length * m.partner.length, `${x.id} ${m.number}`).toBeGreaterThan(0);
  });
});

describe('network labels', () => {
  const data = explorerData(plan);
  const boxOf = (a: (typeof data.agencies)[number]): Box => {
    const w = textWidth(a.name, LABEL_FONT);
    const x0 =
      a.label!.anchor === 'start' ? a.label!.x : a.label!.anchor === 'end' ? a.label!.x - w : a.label!.x - w / 2;
    return { x0, x1: x0 + w, y0: a.label!.y - LABEL_FONT * 0.6, y1: a.label!.y + LABEL_FONT * 0.6 };
  };

  it('places labels so that no two overlap, and labels the busiest agencies', () => {
    const labelled = data.agencies.filter((a) => a.label);
    const boxes = labelled.map(boxOf);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(boxesOverlap(boxes[i]!, boxes[j]!), `${labelled[i]!.id} / ${labelled[j]!.id}`).toBe(false);
    for (const id of data.byLoad.slice(0, 10)) expect(data.agencies.find((a) => a.id === id)!.label, id).not.toBeNull();
    expect(labelled.length / data.agencies.length).toBeGreaterThan(0.7);
  });

  it('drops a label that cannot fit rather than overlapping', () => {
    const two = placeLabels(
      [
        { id: 'a', text: '省发展改革委', x: 50, y: 50, r: 5 },
        { id: 'b', text: '省人社厅', x: 50, y: 50, r: 5 },
      ],
      [],
      { bounds: { x0: 0, y0: 0, x1: 100, y1: 100 } },
    );
    expect(two.get('a')).not.toBeNull();
    const b = two.get('b');
    if (b) expect(boxesOverlap(b.box, two.get('a')!.box)).toBe(false);
    const cramped = placeLabels([{ id: 'c', text: '山西转型综改示范区管委会', x: 10, y: 10, r: 5 }], [], {
      bounds: { x0: 0, y0: 0, x1: 40, y1: 40 },
    });
    expect(cramped.get('c')).toBeNull();
  });
});
