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
import { glossarySchema } from './schemas/glossary';
import { documentTranslationSchema, measureTranslationSchema } from './schemas/translation';
import { reliefReviewSchema } from './schemas/relief-review';
import { outcomeSchema } from './schemas/outcome';
import { citedDocumentSchema } from './schemas/cited-document';
import type { RefFactory } from './schemas/ref';
import YAML from 'yaml';

const ref = reference as unknown as RefFactory;
/** A YAML file that holds one object, as a collection of one entry with the id 'en'. */
const single = (text: string) => ({ en: YAML.parse(text) as Record<string, unknown> });

/**
 * A YAML list file whose entries keep their authored order: each entry gets its position in the file
 * (Astro stores entries sorted by id; src/data/plan.ts puts them back in file order).
 */
function ordered(path: string) {
  return file(path, {
    parser: (text) =>
      (YAML.parse(text) as Record<string, unknown>[]).map((entry, position) => ({ ...entry, position })),
  });
}

export const collections = {
  document: defineCollection({ loader: file('./content/document.yaml'), schema: documentSchema }),
  parts: defineCollection({ loader: ordered('./content/parts.yaml'), schema: withPosition(partSchema(ref)) }),
  sectors: defineCollection({ loader: ordered('./content/sectors.yaml'), schema: withPosition(sectorSchema(ref)) }),
  taskForces: defineCollection({
    loader: ordered('./content/task-forces.yaml'),
    schema: withPosition(taskForceSchema),
  }),
  agencies: defineCollection({ loader: ordered('./content/agencies.yaml'), schema: withPosition(agencySchema) }),
  measures: defineCollection({
    loader: glob({ pattern: '*.md', base: './content/measures' }),
    schema: measureSchema(ref),
  }),
  corrections: defineCollection({
    loader: ordered('./content/corrections.yaml'),
    schema: withPosition(correctionSchema),
  }),
  // derived, editorial data (issue 6)
  relief: defineCollection({ loader: ordered('./content/relief.yaml'), schema: withPosition(reliefSchema) }),
  targets: defineCollection({ loader: ordered('./content/targets.yaml'), schema: withPosition(targetSchema) }),
  nonTargets: defineCollection({
    loader: ordered('./content/non-targets.yaml'),
    schema: withPosition(nonTargetSchema),
  }),
  // the English edition (issue 14): derived, unofficial; the Chinese text is authoritative
  glossary: defineCollection({ loader: file('./content/glossary.yaml', { parser: single }), schema: glossarySchema }),
  enDocument: defineCollection({
    loader: file('./content/translations/en/document.yaml', { parser: single }),
    schema: documentTranslationSchema,
  }),
  enMeasures: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/translations/en/measures' }),
    schema: measureTranslationSchema,
  }),
  // what became of each promise (issue 18): one record per target and measure, ids are positions in the file
  outcomes: defineCollection({
    loader: file('./content/outcomes.yaml', {
      parser: (text) =>
        (YAML.parse(text) as Record<string, unknown>[]).map((entry, position) => ({
          ...entry,
          id: String(position),
          position,
        })),
    }),
    schema: withPosition(outcomeSchema),
  }),
  // documents the plan cites by title (issue 18)
  citedDocuments: defineCollection({
    loader: ordered('./content/documents.yaml'),
    schema: withPosition(citedDocumentSchema),
  }),
  reliefReview: defineCollection({
    loader: ordered('./content/relief-review.yaml'),
    schema: withPosition(reliefReviewSchema),
  }),
};
