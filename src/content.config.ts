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
import type { RefFactory } from './schemas/ref';

const ref = reference as unknown as RefFactory;

export const collections = {
  document: defineCollection({ loader: file('./content/document.yaml'), schema: documentSchema }),
  parts: defineCollection({ loader: file('./content/parts.yaml'), schema: partSchema(ref) }),
  sectors: defineCollection({ loader: file('./content/sectors.yaml'), schema: sectorSchema(ref) }),
  taskForces: defineCollection({ loader: file('./content/task-forces.yaml'), schema: taskForceSchema }),
  agencies: defineCollection({ loader: file('./content/agencies.yaml'), schema: agencySchema }),
  measures: defineCollection({ loader: glob({ pattern: '*.md', base: './content/measures' }), schema: measureSchema(ref) }),
  corrections: defineCollection({ loader: file('./content/corrections.yaml'), schema: correctionSchema }),
  // derived, editorial data (issue 6)
  relief: defineCollection({ loader: file('./content/relief.yaml'), schema: reliefSchema }),
  targets: defineCollection({ loader: file('./content/targets.yaml'), schema: targetSchema }),
  nonTargets: defineCollection({ loader: file('./content/non-targets.yaml'), schema: nonTargetSchema }),
};
