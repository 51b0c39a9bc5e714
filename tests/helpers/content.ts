/**
 * Reads content/ from disk and validates it through the real schemas (src/schemas), the way the
 * Astro content layer does, so unit tests and fixtures cannot drift from the site.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { z } from 'astro/zod';
import type { RefFactory } from '../../src/schemas/ref';
import { documentSchema } from '../../src/schemas/document';
import { partSchema } from '../../src/schemas/part';
import { sectorSchema } from '../../src/schemas/sector';
import { taskForceSchema } from '../../src/schemas/task-force';
import { agencySchema } from '../../src/schemas/agency';
import { measureSchema } from '../../src/schemas/measure';
import { correctionSchema } from '../../src/schemas/correction';
import { buildPlan, type Plan, type PlanInput } from '../../src/lib/model/model';

import { ROOT } from './astro';

export { ROOT };
export const CONTENT = join(ROOT, 'content');

/** Stand-in for Astro's reference(): a string id becomes { id, collection }. */
export const testRef: RefFactory = (collection) => z.string().transform((id) => ({ id, collection }));

export class SchemaError extends Error {}

export function validate<S extends z.ZodType>(schema: S, data: unknown, where: string): z.output<S> {
  const r = schema.safeParse(data);
  if (!r.success) {
    throw new SchemaError(r.error.issues.map((i) => `${where} → ${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  return r.data;
}

/** Splits a Markdown file into YAML front matter and body. */
export function splitFrontMatter(text: string, file: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/u.exec(text);
  if (!m) throw new SchemaError(`${file}: no YAML front matter between --- lines`);
  return { data: YAML.parse(m[1]!), body: m[2]! };
}

function yamlEntries<S extends z.ZodType>(name: string, schema: S) {
  const file = `content/${name}`;
  const items = YAML.parse(readFileSync(join(ROOT, file), 'utf8')) as { id: string }[];
  return items.map(({ id, ...rest }) => ({ id: String(id), data: validate(schema, rest, `${file} (${id})`) }));
}

/** Validates one measure file's text through the schema; returns the entry as the content layer would. */
export function measureEntry(text: string, file: string) {
  const { data, body } = splitFrontMatter(text, file);
  const id = file.replace(/^.*\//u, '').replace(/\.md$/u, '');
  return { id, filePath: file, body, data: validate(measureSchema(testRef), data, file) };
}

export function loadPlanInput(): PlanInput {
  const dir = join(CONTENT, 'measures');
  const measures = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => measureEntry(readFileSync(join(dir, f), 'utf8'), `content/measures/${f}`));
  return {
    document: yamlEntries('document.yaml', documentSchema),
    parts: yamlEntries('parts.yaml', partSchema(testRef)),
    sectors: yamlEntries('sectors.yaml', sectorSchema(testRef)),
    taskForces: yamlEntries('task-forces.yaml', taskForceSchema),
    agencies: yamlEntries('agencies.yaml', agencySchema),
    measures,
    corrections: yamlEntries('corrections.yaml', correctionSchema),
  } as PlanInput;
}

let plan: Plan | undefined;
/** The real plan, built once per test file. */
export function loadPlan(): Plan {
  plan ??= buildPlan(loadPlanInput());
  return plan;
}

export function readSource(): string {
  return readFileSync(join(CONTENT, 'source/plan-2022-35.txt'), 'utf8');
}
