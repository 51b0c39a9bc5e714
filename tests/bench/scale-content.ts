/**
 * Scale generator for the bench: a copy of the project in a scratch folder whose content/ holds the
 * plan's measures N times over (measure k·66+n is a copy of measure n), with the editorial entries that
 * point at measures (relief, relief review, targets, non-targets) copied alongside, so the build validates as usual.
 * Everything else (document, parts, sectors, agencies, corrections) stays as it is.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { scratchProject } from '../helpers/astro';

const MEASURE_FILE = /^(\d+)\.md$/u;

/** Front matter `number: N` of a measure file, renumbered. */
export function renumberMeasure(text: string, number: number): string {
  const line = /^number:[ \t]*\d+[ \t]*$/mu;
  if (!line.test(text)) throw new Error('scale: a measure file has no `number:` line');
  return text.replace(line, `number: ${number}`);
}

/** Entries that point at a measure, copied for each copy of the measures (ids suffixed, numbers shifted). */
export function scaleEntries(
  entries: Record<string, unknown>[],
  times: number,
  count: number,
): Record<string, unknown>[] {
  const out = [...entries];
  for (let k = 1; k < times; k++) {
    for (const e of entries) {
      if (typeof e.measure !== 'number') continue;
      out.push({ ...e, id: `${String(e.id)}-x${k}`, measure: e.measure + k * count });
    }
  }
  return out;
}

export interface ScaledProject {
  root: string;
  measures: number;
  remove(): void;
}

/** Copies the project into a new scratch folder (tests/helpers/astro.ts) with its measures `times` over. */
export function scaledProject(times: number): ScaledProject {
  if (!Number.isInteger(times) || times < 1)
    throw new RangeError(`scale: times must be a whole number ≥ 1, got ${times}`);
  const dir = scratchProject(`plan-explorer-scale-${times}x-`);

  const measuresDir = join(dir, 'content/measures');
  const files = readdirSync(measuresDir)
    .filter((f) => MEASURE_FILE.test(f))
    .sort();
  const count = files.length;
  const width = String(count * times).length;
  const texts = files.map((f) => readFileSync(join(measuresDir, f), 'utf8'));
  rmSync(measuresDir, { recursive: true });
  mkdirSync(measuresDir);
  for (let k = 0; k < times; k++) {
    files.forEach((f, i) => {
      const n = Number(MEASURE_FILE.exec(f)![1]) + k * count;
      writeFileSync(join(measuresDir, `${String(n).padStart(width, '0')}.md`), renumberMeasure(texts[i]!, n));
    });
  }
  for (const name of ['relief.yaml', 'relief-review.yaml', 'targets.yaml', 'non-targets.yaml']) {
    const file = join(dir, 'content', name);
    const entries = YAML.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
    writeFileSync(file, YAML.stringify(scaleEntries(entries, times, count)));
  }
  return { root: dir, measures: count * times, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
