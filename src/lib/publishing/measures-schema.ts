/**
 * /data/measures.json described once, in zod: its TypeScript type (MeasuresJson) and its JSON Schema
 * (draft-07, published at /data/measures.schema.json) are both generated from this definition. Fields may
 * be added over time, never removed or renamed; every field is listed so a test can prove the schema
 * describes the file exactly.
 */
import { z } from 'astro/zod';
import { ROLES } from '../../schemas/measure';

const isoDate = (description: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe(description);
const text = (description: string) => z.string().describe(description);

const metaSchema = z
  .object({
    version: isoDate('版本日期：本批文件的生成日期（ISO 8601）'),
    title: text('数据集名称'),
    publisher: text('整理者（本站，非官方）'),
    homepage: text('开放数据页面的完整网址'),
    source: z
      .object({
        title: text('计划标题'),
        number: text('文号'),
        issuer: text('发文机关'),
        signed: isoDate('成文日期'),
        official: z
          .array(z.object({ url: text('网址'), site: text('网站'), published: isoDate('发布日期') }))
          .describe('官方发布的网页'),
      })
      .describe('原文出处'),
    licence: z
      .object({
        plan: text('原文的性质：公开发布的政府文件，不适用著作权保护'),
        derived: z
          .object({
            name: text('SPDX 标识，如 CC-BY-4.0'),
            title: text('许可名称'),
            path: text('许可文本网址'),
            statement: text('许可声明'),
          })
          .describe('本站编辑整理的数据的许可'),
      })
      .describe('许可'),
  })
  .describe('文件信息：版本日期（生成日期）、许可与原文出处');

const documentSchema = z
  .object({
    title: text('计划标题'),
    number: text('文号，如 晋政办发〔2022〕35号'),
    issuer: text('发文机关'),
    signed: isoDate('成文日期（ISO 8601）'),
    printed: isoDate('印发日期（ISO 8601）'),
    noticeTitle: text('通知标题'),
  })
  .describe('文件信息');

const measureSchema = z.object({
  number: z.number().int().min(1).describe('措施编号'),
  title: z.string().min(1).describe('标题句（不含句号）'),
  text: z.string().min(1).describe('措施全文：标题句、正文与责任单位括号，按原文'),
  part: z.number().int().min(1).max(7).describe('所在部分序号（一至七）'),
  sector: z.string().nullable().describe('行业领域编号，不属于行业领域时为 null'),
  taskForce: z.string().nullable().describe('工作专班编号，无则为 null'),
  agencies: z
    .array(
      z.object({
        id: text('单位编号（见 agencies.csv）'),
        name: text('该措施原文中的单位写法'),
        role: z.enum(ROLES).describe('lead 牵头、responsible 负责、cooperate 配合'),
      }),
    )
    .min(1)
    .describe('责任单位，顺序同原文括号'),
  url: z.string().regex(new RegExp('^https?://[^/]+/.*measures/\\d+/$')).describe('措施页面的完整网址'),
});

/** The whole file: version and licence, the document, the measures in number order. */
export const measuresJsonZod = z.object({
  meta: metaSchema,
  document: documentSchema,
  measures: z.array(measureSchema).describe('措施，按编号排列'),
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
