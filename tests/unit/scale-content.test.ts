/** The bench's scale generator makes content the build accepts: measures and their editorial entries copied N×. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { renumberMeasure, scaleEntries } from '../bench/scale-content';
import { buildPlan } from '../../src/lib/model/model';
import { buildDerived } from '../../src/lib/editorial/derived';
import { assertNumbersAccounted } from '../../src/lib/editorial/numbers';
import { CONTENT, loadPlanInput, measureEntry } from '../helpers/content';
import { loadDerivedInput } from '../helpers/derived';

const input = loadPlanInput();
const count = input.measures.length;

describe('scale generator', () => {
  it('renumbers a measure file and refuses one without a number line', () => {
    const text = readFileSync(join(CONTENT, 'measures/14.md'), 'utf8');
    expect(measureEntry(renumberMeasure(text, 80), 'content/measures/80.md').data.number).toBe(80);
    expect(renumberMeasure(text, 14)).toBe(text);
    expect(() => renumberMeasure('---\ntitle: x\n---\n', 3)).toThrow(/number/u);
  });

  it('copies only entries that point at a measure, with new ids and shifted numbers', () => {
    const entries = [
      { id: 'a', measure: 2 },
      { id: 'b', part: 1 },
    ];
    expect(scaleEntries(entries, 3, 10)).toEqual([
      { id: 'a', measure: 2 },
      { id: 'b', part: 1 },
      { id: 'a-x1', measure: 12 },
      { id: 'a-x2', measure: 22 },
    ]);
  });

  it('three copies of the plan pass the same checks as the build (plan, editorial data, every number accounted for)', () => {
    const times = 3;
    const measures = Array.from({ length: times }, (_, k) =>
      input.measures.map((e) => {
        const n = e.data.number + k * count;
        const file = `content/measures/${n}.md`;
        return measureEntry(renumberMeasure(readFileSync(join(CONTENT, `measures/${e.id}.md`), 'utf8'), n), file);
      }),
    ).flat();
    const plan = buildPlan({ ...input, measures });
    expect(plan.measures).toHaveLength(times * count);
    const scaled = (name: string) =>
      YAML.stringify(scaleEntries(YAML.parse(readFileSync(join(CONTENT, name), 'utf8')), times, count));
    const derived = buildDerived(
      plan,
      loadDerivedInput({
        relief: scaled('relief.yaml'),
        reliefReview: scaled('relief-review.yaml'),
        targets: scaled('targets.yaml'),
        nonTargets: scaled('non-targets.yaml'),
      }),
    );
    expect(() => assertNumbersAccounted(plan, derived)).not.toThrow();
    expect(derived.targets.filter((t) => (t.location.measure ?? 0) > 2 * count).length).toBe(
      derived.targets.filter((t) => t.location.measure).length / times,
    );
  });
});
