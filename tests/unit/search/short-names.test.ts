import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../helpers/content';
import { AGENCY_SHORT_NAMES, agencyShortForms, NAMED_SHORT_NAMES } from '../../../src/lib/search/indexer/short-names';
import { siteSearcher } from '../../search/evaluate';

const plan = loadPlan();
const s = siteSearcher();
const found = (q: string) => s.search(q, {}, 66).results.map((r) => r.n);

describe('short names of the bodies and things the plan names', () => {
  it('rest on a body the plan names, or on a name its text writes', () => {
    for (const id of Object.keys(AGENCY_SHORT_NAMES)) expect(plan.agencyById.has(id), id).toBe(true);
    for (const { name } of NAMED_SHORT_NAMES)
      expect(
        plan.measures.some((m) => m.text.includes(name)),
        name,
      ).toBe(true);
  });

  it('each short form of a body finds every measure naming it, responsibility brackets included', () => {
    for (const id of Object.keys(AGENCY_SHORT_NAMES)) {
      const measures = plan.agencyById.get(id)!.measureNumbers;
      for (const q of agencyShortForms(id)) expect(found(q), `${q} (${id})`).toEqual(expect.arrayContaining(measures));
    }
  });

  it('each short form of a named thing finds every measure whose text names it', () => {
    for (const { name, short } of NAMED_SHORT_NAMES) {
      const measures = plan.measures.filter((m) => m.text.includes(name)).map((m) => m.number);
      for (const q of short) expect(found(q), `${q} (${name})`).toEqual(expect.arrayContaining(measures));
    }
  });

  it('no short form names two bodies', () => {
    const owner = new Map<string, string>();
    for (const id of Object.keys(AGENCY_SHORT_NAMES))
      for (const q of agencyShortForms(id)) {
        expect(owner.get(q) ?? id, q).toBe(id);
        owner.set(q, id);
      }
  });
});
