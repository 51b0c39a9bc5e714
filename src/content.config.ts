import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
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
import { pageSchema } from './schemas/page';
import YAML from 'yaml';

const ref = reference as unknown as RefFactory;

/**
 * Astro's file() loader, made strict: it only logs a file it cannot read or parse and keeps the entries
 * of the previous build's content cache (node_modules/.astro), so a YAML syntax error would publish stale
 * data. This wrapper fails the build instead, naming the file.
 */
type Parsed = Record<string, Record<string, unknown>> | Record<string, unknown>[];

function strictFile(path: string, parser: (text: string) => Parsed = (text) => YAML.parse(text) as Parsed): Loader {
  let failure: unknown;
  const inner = file(path, {
    parser: (text) => {
      failure = undefined;
      try {
        return parser(text);
      } catch (error) {
        failure = error;
        throw error;
      }
    },
  });
  return {
    name: 'strict-file-loader',
    load: async (context) => {
      if (!existsSync(new URL(path, context.config.root))) throw new Error(`${path}: file not found`);
      await inner.load(context);
      if (failure !== undefined) {
        const reason = failure instanceof Error ? failure.message : String(failure);
        throw new Error(`${path.replace(/^\.\//u, '')}: cannot be read: ${reason}`);
      }
    },
  };
}

/** A YAML file that holds one object, as a collection of one entry with the id 'en'. */
const single = (text: string) => {
  const data: unknown = YAML.parse(text);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error('expected one mapping');
  return { en: data as Record<string, unknown> };
};

/**
 * A YAML list file whose entries keep their authored order: each entry gets its position in the file
 * (Astro stores entries sorted by id; src/data/plan.ts puts them back in file order).
 */
function ordered(path: string) {
  return strictFile(path, (text) => {
    const data: unknown = YAML.parse(text);
    if (!Array.isArray(data)) throw new Error('expected a list of entries');
    return (data as Record<string, unknown>[]).map((entry, position) => ({ ...entry, position }));
  });
}

export const collections = {
  document: defineCollection({ loader: strictFile('./content/document.yaml'), schema: documentSchema }),
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
  glossary: defineCollection({ loader: strictFile('./content/glossary.yaml', single), schema: glossarySchema }),
  enDocument: defineCollection({
    loader: strictFile('./content/translations/en/document.yaml', single),
    schema: documentTranslationSchema,
  }),
  enMeasures: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/translations/en/measures' }),
    schema: measureTranslationSchema,
  }),
  // what became of each promise (issue 18): one record per target and measure, ids are positions in the file
  outcomes: defineCollection({
    loader: strictFile('./content/outcomes.yaml', (text) => {
      const data: unknown = YAML.parse(text);
      if (!Array.isArray(data)) throw new Error('expected a list of records');
      return (data as Record<string, unknown>[]).map((entry, position) => ({
        ...entry,
        id: String(position),
        position,
      }));
    }),
    schema: withPosition(outcomeSchema),
  }),
  // documents the plan cites by title (issue 18)
  citedDocuments: defineCollection({
    loader: ordered('./content/documents.yaml'),
    schema: withPosition(citedDocumentSchema),
  }),
  // pages of prose, one Markdown file per edition (content/pages/{zh,en}/<page>.md): the about pages
  pages: defineCollection({ loader: glob({ pattern: '*/*.md', base: './content/pages' }), schema: pageSchema }),
  reliefReview: defineCollection({
    loader: ordered('./content/relief-review.yaml'),
    schema: withPosition(reliefReviewSchema),
  }),
};
