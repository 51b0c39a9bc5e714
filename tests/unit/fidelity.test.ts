/**
 * Every character of the source is accounted for: the document rebuilt from the collections in
 * reading order, with the documented corrections undone, equals the extracted text (whitespace aside).
 */
import { describe, expect, it } from 'vitest';
import { buildPlan, type PlanInput } from '../../src/lib/model/model';
import { readingOrder } from '../../src/lib/model/reading-order';
import { applyCorrections, firstDifference, undoCorrections } from '../../src/lib/model/corrections';
import { stripWhitespace } from '../../src/lib/model/text';
import { loadPlanInput, readSource } from '../helpers/content';

const source = stripWhitespace(readSource());

function rebuild(input: PlanInput): string {
  const plan = buildPlan(input);
  return undoCorrections(
    readingOrder(plan)
      .map((b) => b.text)
      .join(''),
    plan.corrections,
  );
}

function assertFaithful(input: PlanInput) {
  const diff = firstDifference(source, rebuild(input));
  if (diff) {
    throw new Error(
      `rebuilt text differs from the source at character ${diff.index}:\n  source:  …${diff.expected}…\n  rebuilt: …${diff.actual}…`,
    );
  }
}

describe('fidelity to the source', () => {
  it('rebuilds the whole document, header to 印发 line, character for character', () => {
    expect(() => assertFaithful(loadPlanInput())).not.toThrow();
    expect(source.startsWith('山西省人民政府办公厅文件')).toBe(true);
    expect(source.endsWith('印发')).toBe(true);
  });

  it('fails, naming the place, when any one character of any measure changes', () => {
    for (let i = 0; i < 66; i++) {
      const input = loadPlanInput();
      const m = input.measures[i]!;
      const body = m.body!.trim();
      const at = Math.floor(body.length / 2);
      m.body = body.slice(0, at) + (body[at] === '的' ? '之' : '的') + body.slice(at + 1);
      expect(() => assertFaithful(input), `measure ${m.data.number}`).toThrow(/differs from the source/);
    }
  });

  it('fails when a character is dropped from a title, a parenthesis or the notice', () => {
    const a = loadPlanInput();
    a.measures[13]!.data.title = a.measures[13]!.data.title.slice(1);
    expect(() => assertFaithful(a)).toThrow(/differs/);
    const b = loadPlanInput();
    b.measures[40]!.data.responsibility = b.measures[40]!.data.responsibility.replace('各市', '各县');
    // caught even earlier: the model refuses a parenthesis that names an unknown body
    expect(() => assertFaithful(b)).toThrow(/各县人民政府/);
    const c = loadPlanInput();
    c.document[0]!.data.notice = c.document[0]!.data.notice.replace('同意', '同');
    expect(() => assertFaithful(c)).toThrow(/differs/);
  });

  it('undoes only documented corrections: an undocumented fix to a half-width comma is caught', () => {
    const input = loadPlanInput();
    input.corrections = input.corrections.filter((c) => c.id !== 'comma');
    expect(() => assertFaithful(input)).toThrow(/differs/);
  });

  it('the corrections applied to the source give the text the site publishes', () => {
    const plan = buildPlan(loadPlanInput());
    const corrected = applyCorrections(readSource(), plan.corrections);
    for (const m of plan.measures) expect(corrected).toContain(`${m.number}.${m.text}`);
    expect(corrected).toContain('2∶2∶4∶2');
    expect(corrected).not.toMatch(/[,():梄]/u);
  });
});
