import { z } from 'astro/zod';

/** One rendering of a named thing of the plan (agency, task force, sector, part) keyed by its content id. */
const named = <K extends string>(key: K) =>
  z.object({ id: z.string().min(1) }).extend({ [key]: z.string().min(1) } as Record<K, z.ZodString>);

/** The English glossary (content/glossary.yaml): one entry, used by every English page and checked translation. */
export const glossarySchema = z.object({
  /** The document's names in English. */
  document: z.object({
    /** English title of the plan (the Chinese title is authoritative). */
    title: z.string().min(1),
    /** The document number 晋政办发〔2022〕35号 in its one romanised form. */
    number: z.string().min(1),
    /** How the romanised number is formed, for the glossary page. */
    numberNote: z.string().default(''),
    /** The masthead line 山西省人民政府办公厅文件. */
    header: z.string().min(1),
    /** Title of the covering notice. */
    noticeTitle: z.string().min(1),
    /** The issuing office. */
    issuer: z.string().min(1),
    /** The line （此件公开发布）. */
    publication: z.string().min(1),
  }),
  /** The roles of a responsibility parenthesis: lead 牵头, responsible 负责, cooperate 配合. */
  roles: z.array(
    z.object({
      id: z.enum(['lead', 'responsible', 'cooperate']),
      zh: z.string().min(1),
      en: z.string().min(1),
    }),
  ),
  /** Every body of content/agencies.yaml. */
  agencies: z.array(
    z.object({
      /** Id in content/agencies.yaml. */
      id: z.string().min(1),
      /** English of the name the plan uses (省发展改革委); every English responsibility must use it. */
      name: z.string().min(1),
      /** English of the full name, where the Chinese full name is known. */
      fullName: z.string().default(''),
      /** Other English forms accepted for the body (for the plan's Chinese aliases). */
      aliases: z.array(z.string().min(1)).default([]),
      /** True only where the body's own official English name was confirmed from an official page. */
      official: z.boolean(),
    }),
  ),
  /** The eight 专班, by id in content/task-forces.yaml. */
  taskForces: z.array(named('name')),
  /** The fourteen sector headings, by id in content/sectors.yaml. */
  sectors: z.array(named('heading')),
  /** The seven part headings, by id in content/parts.yaml. */
  parts: z.array(named('heading')),
  /** Recurring terms with their one English rendering. */
  terms: z.array(
    z.object({
      zh: z.string().min(1),
      en: z.string().min(1),
      note: z.string().default(''),
    }),
  ),
  /** How translators write what the build checks. */
  conventions: z.array(z.string().min(1)).default([]),
});
