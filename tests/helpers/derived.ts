/**
 * Reads content/relief.yaml, targets.yaml and non-targets.yaml through the real schemas and builds
 * the derived data against the real plan, as the site does (src/data/plan.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import type { z } from 'astro/zod';
import { reliefSchema } from '../../src/schemas/relief';
import { targetSchema } from '../../src/schemas/target';
import { nonTargetSchema } from '../../src/schemas/non-target';
import { reliefReviewSchema } from '../../src/schemas/relief-review';
import { buildDerived, type Derived, type DerivedInput } from '../../src/lib/editorial/derived';
import { outcomeSchema } from '../../src/schemas/outcome';
import { buildOutcomes, type Outcome } from '../../src/lib/editorial/outcomes';
import { CONTENT, loadPlan, SchemaError } from './content';

function entries<S extends z.ZodType>(name: string, schema: S, text?: string) {
  const file = `content/${name}`;
  const items = YAML.parse(text ?? readFileSync(join(CONTENT, name), 'utf8')) as { id: string }[];
  return items.map(({ id, ...rest }) => {
    const r = schema.safeParse(rest);
    if (!r.success)
      throw new SchemaError(
        r.error.issues.map((i) => `${file} (${id}) → ${i.path.join('.')}: ${i.message}`).join('\n'),
      );
    return { id: String(id), data: r.data as z.output<S> };
  });
}

/** The derived entries; pass YAML text to replace a file's content (for broken-content fixtures). */
export function loadDerivedInput(
  replace: Partial<Record<'relief' | 'targets' | 'nonTargets' | 'reliefReview', string>> = {},
): DerivedInput {
  return {
    relief: entries('relief.yaml', reliefSchema, replace.relief),
    targets: entries('targets.yaml', targetSchema, replace.targets),
    nonTargets: entries('non-targets.yaml', nonTargetSchema, replace.nonTargets),
    reliefReview: entries('relief-review.yaml', reliefReviewSchema, replace.reliefReview),
  };
}

let derived: Derived | undefined;
export function loadDerived(): Derived {
  derived ??= buildDerived(loadPlan(), loadDerivedInput());
  return derived;
}

let outcomes: Outcome[] | undefined;
/** content/outcomes.yaml through the real schema and checks, as the build reads it. */
export function loadOutcomes(): Outcome[] {
  if (!outcomes) {
    const items = YAML.parse(readFileSync(join(CONTENT, 'outcomes.yaml'), 'utf8')) as unknown[];
    const entries = items.map((item, i) => ({ id: String(i), data: outcomeSchema.parse(item) }));
    outcomes = buildOutcomes(loadPlan(), loadDerived().targets, entries);
  }
  return outcomes;
}
