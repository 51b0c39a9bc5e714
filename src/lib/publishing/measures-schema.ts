/**
 * /data/measures.json described once, in zod: its TypeScript type (MeasuresJson) and its JSON Schema
 * (draft-07, published at /data/measures.schema.json) are both generated from this definition. Fields may
 * be added over time, never removed or renamed; every field is listed so a test can prove the schema
 * describes the file exactly. The fields' descriptions are in the dictionary (i18n/dict/zh/measures-json.ts; the
 * English ones describe them on /en/data/).
 */
import { z } from 'astro/zod';
import { ROLES } from '../../schemas/measure';
import { measuresJson as F } from '../i18n/dict/zh/measures-json';

const isoDate = (description: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe(description);
const text = (description: string) => z.string().describe(description);

const metaSchema = z
  .object({
    version: isoDate(F['meta.version']),
    title: text(F['meta.title']),
    publisher: text(F['meta.publisher']),
    homepage: text(F['meta.homepage']),
    source: z
      .object({
        title: text(F['meta.source.title']),
        number: text(F['meta.source.number']),
        issuer: text(F['meta.source.issuer']),
        signed: isoDate(F['meta.source.signed']),
        official: z
          .array(
            z.object({
              url: text(F['meta.source.official[].url']),
              site: text(F['meta.source.official[].site']),
              published: isoDate(F['meta.source.official[].published']),
            }),
          )
          .describe(F['meta.source.official[]']),
      })
      .describe(F['meta.source']),
    licence: z
      .object({
        plan: text(F['meta.licence.plan']),
        derived: z
          .object({
            name: text(F['meta.licence.derived.name']),
            title: text(F['meta.licence.derived.title']),
            path: text(F['meta.licence.derived.path']),
            statement: text(F['meta.licence.derived.statement']),
          })
          .describe(F['meta.licence.derived']),
      })
      .describe(F['meta.licence']),
  })
  .describe(F['meta']);

const documentSchema = z
  .object({
    title: text(F['document.title']),
    number: text(F['document.number']),
    issuer: text(F['document.issuer']),
    signed: isoDate(F['document.signed']),
    printed: isoDate(F['document.printed']),
    noticeTitle: text(F['document.noticeTitle']),
  })
  .describe(F['document']);

const measureSchema = z.object({
  number: z.number().int().min(1).describe(F['measures[].number']),
  title: z.string().min(1).describe(F['measures[].title']),
  titleEn: z.string().describe(F['measures[].titleEn']),
  text: z.string().min(1).describe(F['measures[].text']),
  part: z.number().int().min(1).max(7).describe(F['measures[].part']),
  sector: z.string().nullable().describe(F['measures[].sector']),
  taskForce: z.string().nullable().describe(F['measures[].taskForce']),
  agencies: z
    .array(
      z.object({
        id: text(F['measures[].agencies[].id']),
        name: text(F['measures[].agencies[].name']),
        nameEn: text(F['measures[].agencies[].nameEn']),
        role: z.enum(ROLES).describe(F['measures[].agencies[].role']),
      }),
    )
    .min(1)
    .describe(F['measures[].agencies[]']),
  url: z.string().regex(new RegExp('^https?://[^/]+/.*measures/\\d+/$')).describe(F['measures[].url']),
});

/** The whole file: version and licence, the document, the measures in number order. */
export const measuresJsonZod = z.object({
  meta: metaSchema,
  document: documentSchema,
  measures: z.array(measureSchema).describe(F['measures[]']),
});

/** The shape of /data/measures.json. */
export type MeasuresJson = z.output<typeof measuresJsonZod>;
/** What every download says about itself (src/lib/publishing/data-meta.ts). */
export type DataMeta = MeasuresJson['meta'];

/**
 * The JSON Schema (draft-07) of /data/measures.json.
 * @param id the schema's absolute URL on the site.
 * @param measureCount how many measures the plan has (stated in the description).
 */
export function measuresJsonSchema(id: string, measureCount: number) {
  const { $schema, ...schema } = z.toJSONSchema(
    measuresJsonZod.meta({
      title: '《山西省推进服务业提质增效2022年行动计划》措施数据 measures.json',
      description: `计划的文件信息与全部 ${measureCount} 条措施（原文、所在部分、行业领域、工作专班、责任单位及职责、页面路径）。`,
    }),
    { target: 'draft-07' },
  );
  return { $schema, $id: id, ...schema } as SchemaNode & Record<string, unknown>;
}

interface SchemaNode {
  type?: string | readonly string[];
  enum?: readonly unknown[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  required?: readonly string[];
}

/** Every field of a JSON Schema as a dotted path (measures[].agencies[].role) with its type and description. */
export function schemaFields(schema: SchemaNode, prefix = ''): { path: string; type: string; description: string }[] {
  const out: { path: string; type: string; description: string }[] = [];
  for (const [name, node] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    const type = node.enum
      ? node.enum.map(String).join(' | ')
      : Array.isArray(node.type)
        ? node.type.join(' | ')
        : String(node.type);
    out.push({ path: node.type === 'array' ? `${path}[]` : path, type, description: node.description ?? '' });
    if (node.properties) out.push(...schemaFields(node, path));
    if (node.items?.properties) out.push(...schemaFields(node.items, `${path}[]`));
  }
  return out;
}
