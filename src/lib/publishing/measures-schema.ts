/**
 * JSON Schema (draft-07) of /data/measures.json (shape: src/lib/publishing/api.ts MeasuresJson). Published at
 * /data/measures.schema.json. Fields may be added over time, never removed or renamed; the schema
 * lists every field so a test can prove it describes the file exactly.
 */
import { ROLES } from '../../schemas/measure';

const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

/**
 * @param id the schema's absolute URL on the site.
 * @param measureCount how many measures the plan has (stated in the description).
 */
export function measuresJsonSchema(id: string, measureCount: number) {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: id,
    title: '《山西省推进服务业提质增效2022年行动计划》措施数据 measures.json',
    description: `计划的文件信息与全部 ${measureCount} 条措施（原文、所在部分、行业领域、工作专班、责任单位及职责、页面路径）。`,
    type: 'object',
    required: ['meta', 'document', 'measures'],
    additionalProperties: false,
    properties: {
      meta: {
        type: 'object',
        description: '文件信息：版本日期（生成日期）、许可与原文出处',
        required: ['version', 'title', 'publisher', 'homepage', 'source', 'licence'],
        additionalProperties: false,
        properties: {
          version: { ...isoDate, description: '版本日期：本批文件的生成日期（ISO 8601）' },
          title: { type: 'string', description: '数据集名称' },
          publisher: { type: 'string', description: '整理者（本站，非官方）' },
          homepage: { type: 'string', description: '开放数据页面的完整网址' },
          source: {
            type: 'object',
            description: '原文出处',
            required: ['title', 'number', 'issuer', 'signed', 'official'],
            additionalProperties: false,
            properties: {
              title: { type: 'string', description: '计划标题' },
              number: { type: 'string', description: '文号' },
              issuer: { type: 'string', description: '发文机关' },
              signed: { ...isoDate, description: '成文日期' },
              official: {
                type: 'array',
                description: '官方发布的网页',
                items: {
                  type: 'object',
                  required: ['url', 'site', 'published'],
                  additionalProperties: false,
                  properties: {
                    url: { type: 'string', description: '网址' },
                    site: { type: 'string', description: '网站' },
                    published: { ...isoDate, description: '发布日期' },
                  },
                },
              },
            },
          },
          licence: {
            type: 'object',
            description: '许可',
            required: ['plan', 'derived'],
            additionalProperties: false,
            properties: {
              plan: { type: 'string', description: '原文的性质：公开发布的政府文件，不适用著作权保护' },
              derived: {
                type: 'object',
                description: '本站编辑整理的数据的许可',
                required: ['name', 'title', 'path', 'statement'],
                additionalProperties: false,
                properties: {
                  name: { type: 'string', description: 'SPDX 标识，如 CC-BY-4.0' },
                  title: { type: 'string', description: '许可名称' },
                  path: { type: 'string', description: '许可文本网址' },
                  statement: { type: 'string', description: '许可声明' },
                },
              },
            },
          },
        },
      },
      document: {
        type: 'object',
        description: '文件信息',
        required: ['title', 'number', 'issuer', 'signed', 'printed', 'noticeTitle'],
        additionalProperties: false,
        properties: {
          title: { type: 'string', description: '计划标题' },
          number: { type: 'string', description: '文号，如 晋政办发〔2022〕35号' },
          issuer: { type: 'string', description: '发文机关' },
          signed: { ...isoDate, description: '成文日期（ISO 8601）' },
          printed: { ...isoDate, description: '印发日期（ISO 8601）' },
          noticeTitle: { type: 'string', description: '通知标题' },
        },
      },
      measures: {
        type: 'array',
        description: '措施，按编号排列',
        items: {
          type: 'object',
          required: ['number', 'title', 'text', 'part', 'sector', 'taskForce', 'agencies', 'url'],
          additionalProperties: false,
          properties: {
            number: { type: 'integer', minimum: 1, description: '措施编号' },
            title: { type: 'string', minLength: 1, description: '标题句（不含句号）' },
            text: { type: 'string', minLength: 1, description: '措施全文：标题句、正文与责任单位括号，按原文' },
            part: { type: 'integer', minimum: 1, maximum: 7, description: '所在部分序号（一至七）' },
            sector: { type: ['string', 'null'], description: '行业领域编号，不属于行业领域时为 null' },
            taskForce: { type: ['string', 'null'], description: '工作专班编号，无则为 null' },
            agencies: {
              type: 'array',
              minItems: 1,
              description: '责任单位，顺序同原文括号',
              items: {
                type: 'object',
                required: ['id', 'name', 'role'],
                additionalProperties: false,
                properties: {
                  id: { type: 'string', description: '单位编号（见 agencies.csv）' },
                  name: { type: 'string', description: '该措施原文中的单位写法' },
                  role: { enum: [...ROLES], description: 'lead 牵头、responsible 负责、cooperate 配合' },
                },
              },
            },
            url: { type: 'string', pattern: '^https?://[^/]+/.*measures/\\d+/$', description: '措施页面的完整网址' },
          },
        },
      },
    },
  } as const;
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
