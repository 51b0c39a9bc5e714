import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { documentSchema } from './schemas/document';
import { partSchema } from './schemas/part';
import { sectorSchema } from './schemas/sector';
import { taskForceSchema } from './schemas/task-force';
import { agencySchema } from './schemas/agency';
import { measureSchema } from './schemas/measure';
import { correctionSchema } from './schemas/correction';
import { reliefSchema } from './schemas/relief';
import { targetSchema } from './schemas/target';
import { nonTargetSchema } from './schemas/non-target';
import { withPosition } from './schemas/position';
import { reliefReviewSchema } from './schemas/relief-review';
import type { RefFactory } from './schemas/ref';
import YAML from 'yaml';

const ref = reference as unknown as RefFactory;

/**
 * A YAML list file whose entries keep their authored order: each entry gets its position in the file
 * (Astro stores entries sorted by id; src/data/plan.ts puts them back in file order).
 */
function ordered(path: string) {
  return file(path, {
    parser: (text) => (YAML.parse(text) as Record<string, unknown>[]).map((entry, position) => ({ ...entry, position })),
  });
}

export const collections = {
  document: defineCollection({ loader: file('./content/document.yaml'), schema: documentSchema }),
  parts: defineCollection({ loader: ordered('./content/parts.yaml'), schema: withPosition(partSchema(ref)) }),
  sectors: defineCollection({ loader: ordered('./content/sectors.yaml'), schema: withPosition(sectorSchema(ref)) }),
  taskForces: defineCollection({ loader: ordered('./content/task-forces.yaml'), schema: withPosition(taskForceSchema) }),
  agencies: defineCollection({ loader: ordered('./content/agencies.yaml'), schema: withPosition(agencySchema) }),
  measures: defineCollection({ loader: glob({ pattern: '*.md', base: './content/measures' }), schema: measureSchema(ref) }),
  corrections: defineCollection({ loader: ordered('./content/corrections.yaml'), schema: withPosition(correctionSchema) }),
  // derived, editorial data (issue 6)
  relief: defineCollection({ loader: ordered('./content/relief.yaml'), schema: withPosition(reliefSchema) }),
  targets: defineCollection({ loader: ordered('./content/targets.yaml'), schema: withPosition(targetSchema) }),
  nonTargets: defineCollection({ loader: ordered('./content/non-targets.yaml'), schema: withPosition(nonTargetSchema) }),
  reliefReview: defineCollection({ loader: ordered('./content/relief-review.yaml'), schema: withPosition(reliefReviewSchema) }),
};
