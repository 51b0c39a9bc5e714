/** Broken content gets a clear error naming the file and the field. Fixtures go through the real schemas. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPlan, ContentError, type PlanInput } from '../../src/lib/model/model';
import { CONTENT, loadPlanInput, measureEntry, SchemaError } from '../helpers/content';

const measureFile = (n: number) => `content/measures/${String(n).padStart(2, '0')}.md`;
const read = (n: number) => readFileSync(join(CONTENT, `measures/${String(n).padStart(2, '0')}.md`), 'utf8');
const errorOf = (input: PlanInput): string => {
  try {
    buildPlan(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as Error).message;
  }
  throw new Error('expected buildPlan to fail');
};
const withMeasure = (n: number, text: string): PlanInput => {
  const input = loadPlanInput();
  input.measures[n - 1] = measureEntry(text, measureFile(n));
  return input;
};

describe('broken content fails with file and field named', () => {
  it('a typo in an agency id', () => {
    const msg = errorOf(withMeasure(14, read(14).replace('agency: postal', 'agency: posts')));
    expect(msg).toContain('content/measures/14.md → agencies[0].agency: unknown agency "posts"');
  });
  it('an unknown role is refused by the schema', () => {
    expect(() => withMeasure(14, read(14).replace('role: lead', 'role: leader'))).toThrow(SchemaError);
    expect(() => withMeasure(14, read(14).replace('role: lead', 'role: leader'))).toThrow(
      /content\/measures\/14\.md → agencies\.0\.role/,
    );
  });
  it('a duplicate measure number', () => {
    const msg = errorOf(withMeasure(15, read(15).replace('number: 15', 'number: 14')));
    expect(msg).toContain('content/measures/15.md → number: measure number 14 is also used by content/measures/14.md');
  });
  it('a missing measure', () => {
    const input = loadPlanInput();
    input.measures.splice(29, 1);
    expect(errorOf(input)).toMatch(/number: measures must be numbered 1…65 without gaps; measure 30 is missing/);
  });
  it('structured agencies that disagree with the parenthesis', () => {
    const msg = errorOf(withMeasure(37, read(37).replace('role: cooperate', 'role: responsible')));
    expect(msg).toContain('content/measures/37.md → agencies: disagrees with its responsibility parenthesis');
    expect(msg).toContain('civil-affairs:cooperate');
  });
  it('an agency in the parenthesis that no agency entry spells', () => {
    const msg = errorOf(withMeasure(5, read(5).replace('（人行太原中心支行负责）', '（人民银行负责）')));
    expect(msg).toContain('content/measures/05.md → responsibility: "人民银行" is not the name or an alias');
  });
  it('a sector that does not exist, or stands in another part', () => {
    expect(errorOf(withMeasure(4, read(4).replace('sector: finance', 'sector: banking')))).toContain(
      'content/measures/04.md → sector: unknown sector "banking"',
    );
    expect(errorOf(withMeasure(4, read(4).replace('sector: finance', 'sector: commerce')))).toContain(
      'stands in part 4, but the measure says part 3',
    );
  });
  it('a body with an unjoined line break', () => {
    const msg = errorOf(withMeasure(9, read(9).replace('做好能源物资运输保障，', '做好能源物资运输\n保障，')));
    expect(msg).toContain('content/measures/09.md → body: the body must be one paragraph');
  });
  it('a missing title or malformed parenthesis is refused by the schema', () => {
    expect(() => withMeasure(9, read(9).replace(/^title: .*$/mu, ''))).toThrow(
      /09\.md → title: .*expected string, received undefined/,
    );
    expect(() => withMeasure(9, read(9).replace(/^responsibility: （(.*)）$/mu, 'responsibility: $1'))).toThrow(
      /09\.md → responsibility: must be the whole parenthesis/,
    );
  });
  it('the real content has no problems', () => {
    expect(() => buildPlan(loadPlanInput())).not.toThrow();
  });
});
