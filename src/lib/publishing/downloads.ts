/**
 * The open-data downloads (/data/…): each CSV table is declared once, as columns with a name, a
 * description (shown on /data/) and how to read the value — so the file and its documentation
 * cannot drift apart. Lists inside a cell are joined with LIST_SEPARATOR. Pure.
 */
import type { Plan, Measure, Agency } from '../model/model';
import type { Derived, Relief, Target } from '../editorial/derived';
import type { Outcome } from '../editorial/outcomes';
import { toCsv, type Cell } from './csv';
import { paths } from '../site/paths';
import { readingOrder } from '../model/reading-order';
import { ROLE_LABELS } from '../model/responsibility';
import {
  DIRECTNESS_LABELS,
  FIRM_LABELS,
  FIRM_TYPES,
  INDUSTRY_LABELS,
  SUPPORT_LABELS,
  SUPPORT_TYPES,
} from '../../schemas/relief-vocab';
import { sentencePath } from '../model/sentences';
import type { Role } from '../model/model';

/** Joins several values in one cell: 1|4|7. */
export const LIST_SEPARATOR = '|';
const list = (xs: readonly (string | number)[]) => xs.join(LIST_SEPARATOR);

export interface Column<R> {
  name: string;
  description: string;
  get: (row: R) => Cell;
}

export interface Ctx {
  plan: Plan;
  derived: Derived;
  /** What became of each target and measure (content/outcomes.yaml). */
  outcomes: Outcome[];
  /** The absolute URL of a root-relative path: SITE_URL, the base, the path (links click in a spreadsheet). */
  url: (path: string) => string;
}

export interface Table<R> {
  file: string;
  title: string;
  /** What the file holds; a function when it states a count taken from the content. */
  description: string | ((ctx: Ctx) => string);
  /** Whether the rows are editorial (derived) rather than the plan's own structure. */
  editorial: boolean;
  columns: (ctx: Ctx) => Column<R>[];
  rows: (ctx: Ctx) => R[];
}

export interface ResponsibilityRow {
  measure: number;
  position: number;
  agency: string;
  name: string;
  role: Role;
}

const measureColumns = ({ plan, url }: Ctx): Column<Measure>[] => [
  {
    name: 'number',
    description: `措施编号 1–${plan.measures.length}，也是永久地址 /measures/N/ 中的 N`,
    get: (m) => m.number,
  },
  { name: 'title', description: '措施标题（原文首句，不含句号）', get: (m) => m.title },
  { name: 'text', description: '措施全文，按原文：标题句、正文与责任单位括号', get: (m) => m.text },
  { name: 'part', description: '所在部分的序号 1–7（一至七）', get: (m) => plan.partById.get(m.partId)!.number },
  { name: 'part_heading', description: '所在部分的标题', get: (m) => plan.partById.get(m.partId)!.heading },
  { name: 'sector', description: '所在行业领域的编号（仅第三、四部分），否则为空', get: (m) => m.sectorId ?? '' },
  {
    name: 'sector_heading',
    description: '所在行业领域的标题，否则为空',
    get: (m) => (m.sectorId ? plan.sectorById.get(m.sectorId)!.heading : ''),
  },
  { name: 'task_force', description: '负责的工作专班编号，否则为空', get: (m) => m.taskForceId ?? '' },
  {
    name: 'task_force_name',
    description: '负责的工作专班名称，否则为空',
    get: (m) => (m.taskForceId ? plan.taskForceById.get(m.taskForceId)!.name : ''),
  },
  { name: 'responsibility', description: '责任单位括号，按原文', get: (m) => m.responsibility },
  { name: 'url', description: '本站措施页面的完整网址', get: (m) => url(paths.measure(m.number)) },
];

const agencyColumns = (): Column<Agency>[] => [
  { name: 'id', description: '单位编号（本站使用的稳定标识）', get: (a) => a.id },
  { name: 'name', description: '原文中的单位名称', get: (a) => a.name },
  { name: 'full_name', description: '全称（仅在确定时填写，否则为空）', get: (a) => a.fullName },
  {
    name: 'kind',
    description:
      '单位类型：provincial-department 省直部门、central-branch 中央驻晋单位、central-enterprise 中央企业所属企业、cooperative 供销合作社、public-institution 事业单位、zone-administration 园区管委会、party-office 党委部门、leading-group 领导小组、city-governments 各市人民政府',
    get: (a) => a.kind,
  },
  { name: 'aliases', description: `原文中的其他写法，以“${LIST_SEPARATOR}”分隔`, get: (a) => list(a.aliases) },
  { name: 'lead_measures', description: `牵头的措施编号，以“${LIST_SEPARATOR}”分隔`, get: (a) => list(a.roles.lead) },
  {
    name: 'responsible_measures',
    description: `负责的措施编号，以“${LIST_SEPARATOR}”分隔`,
    get: (a) => list(a.roles.responsible),
  },
  {
    name: 'cooperate_measures',
    description: `配合的措施编号，以“${LIST_SEPARATOR}”分隔`,
    get: (a) => list(a.roles.cooperate),
  },
];

const responsibilityColumns = (): Column<ResponsibilityRow>[] => [
  { name: 'measure', description: '措施编号', get: (r) => r.measure },
  { name: 'position', description: '在责任单位括号中的次序，从 1 起', get: (r) => r.position },
  { name: 'agency', description: '单位编号（见 agencies.csv）', get: (r) => r.agency },
  { name: 'name', description: '该措施原文中的单位写法', get: (r) => r.name },
  {
    name: 'role',
    description: '职责：lead 牵头、responsible 负责、cooperate 配合（“牵头负责”记为两行）',
    get: (r) => r.role,
  },
  { name: 'role_label', description: '职责的中文', get: (r) => ROLE_LABELS[r.role] },
];

const targetColumns = ({ url }: Ctx): Column<Target>[] => [
  { name: 'id', description: '目标编号（编辑设定）', get: (t) => t.id },
  {
    name: 'measure',
    description: '所在措施编号；在措施之外（如“一、总体要求”）则为空',
    get: (t) => t.location.measure ?? '',
  },
  { name: 'part', description: '所在部分序号，仅当目标不在措施中时填写', get: (t) => t.location.part ?? '' },
  { name: 'sentence', description: '句子序号：措施的第 1 句为标题句（页面锚点 #s1、#s2…）', get: (t) => t.sentence },
  {
    name: 'source',
    description: '该句在本站的完整网址（带句子锚点）',
    get: (t) => url(sentencePath(t.location, t.sentence)),
  },
  { name: 'sentence_text', description: '该句原文', get: (t) => t.sentenceText },
  { name: 'quote', description: '原文中表述目标的字句', get: (t) => t.quote },
  { name: 'indicator', description: '指标（编辑概括，非原文）', get: (t) => t.indicator },
  { name: 'figure', description: '原文数值写法，如 7.5、3-5、第四；无数值的目标为空', get: (t) => t.figure },
  { name: 'value', description: '数值（区间取下限；第四 记为 4）；无数值的目标为空', get: (t) => t.value ?? '' },
  { name: 'value_max', description: '区间上限；非区间时与 value 相同', get: (t) => t.valueMax ?? '' },
  { name: 'unit', description: '原文单位，如 %、亿元、家、个', get: (t) => t.unit },
  {
    name: 'goal',
    description: '无数值的目标所要达到的状态（原文字句，如 全覆盖）；有数值时为空',
    get: (t) => t.goal ?? '',
  },
  {
    name: 'comparators',
    description: `原文限定词（力争、达到、以上、左右、以下…），以“${LIST_SEPARATOR}”分隔`,
    get: (t) => list(t.comparators),
  },
  { name: 'deadline', description: '原文给出的期限，如 2022年末；未给出则为空', get: (t) => t.deadline ?? '' },
  {
    name: 'agencies',
    description: `牵头与负责单位编号，以“${LIST_SEPARATOR}”分隔（取自措施的责任单位括号）`,
    get: (t) => list(t.agencies.map((a) => a.id)),
  },
  {
    name: 'agency_names',
    description: `牵头与负责单位名称，以“${LIST_SEPARATOR}”分隔`,
    get: (t) => list(t.agencies.map((a) => a.name)),
  },
  { name: 'note', description: '编辑说明', get: (t) => t.note },
];

const reliefColumns = ({ plan, url }: Ctx): Column<Relief>[] => [
  { name: 'id', description: '分类编号（编辑设定）', get: (r) => r.id },
  { name: 'measure', description: '措施编号', get: (r) => r.measure },
  { name: 'measure_title', description: '措施标题', get: (r) => plan.measureByNumber.get(r.measure)!.title },
  { name: 'support', description: `支持类型编号：${SUPPORT_TYPES.join('、')}`, get: (r) => r.support },
  { name: 'support_label', description: '支持类型的中文（编辑分类）', get: (r) => SUPPORT_LABELS[r.support] },
  { name: 'sentence', description: '依据句的序号（页面锚点 #sN）', get: (r) => r.sentence },
  {
    name: 'source',
    description: '依据句在本站的完整网址（带句子锚点）',
    get: (r) => url(sentencePath({ measure: r.measure }, r.sentence)),
  },
  { name: 'sentence_text', description: '依据句原文', get: (r) => r.sentenceText },
  { name: 'quote', description: '依据句中表明支持的原文字句', get: (r) => r.quote },
  { name: 'amount', description: '原文写明的金额，否则为空', get: (r) => r.amount ?? '' },
  {
    name: 'recipient',
    description: '受益对象不是申请企业本身时，原文中的受益对象（如 人力资源服务产业园），否则为空',
    get: (r) => r.recipient ?? '',
  },
  {
    name: 'industries',
    description: `原文点名的行业编号，以“${LIST_SEPARATOR}”分隔；为空表示原文未限定行业`,
    get: (r) => list(r.industries),
  },
  { name: 'industry_labels', description: '行业的中文', get: (r) => list(r.industries.map((i) => INDUSTRY_LABELS[i])) },
  {
    name: 'firms',
    description: `原文点名的企业类型编号（${FIRM_TYPES.join('、')}），以“${LIST_SEPARATOR}”分隔`,
    get: (r) => list(r.firms),
  },
  { name: 'firm_labels', description: '企业类型的中文', get: (r) => list(r.firms.map((f) => FIRM_LABELS[f])) },
  {
    name: 'directness',
    description: 'direct 直接惠企、channel 经金融机构等落实、framework 政策框架或培育（编辑判断）',
    get: (r) => r.directness,
  },
  { name: 'directness_label', description: '直接程度的中文', get: (r) => DIRECTNESS_LABELS[r.directness] },
  {
    name: 'contacts',
    description: `可咨询的单位编号（该措施的牵头与负责单位），以“${LIST_SEPARATOR}”分隔`,
    get: (r) => list(r.contacts.map((a) => a.id)),
  },
  { name: 'contact_names', description: '可咨询的单位名称', get: (r) => list(r.contacts.map((a) => a.name)) },
  { name: 'note', description: '编辑说明', get: (r) => r.note },
];

export interface SentenceRow {
  measure: number;
  sentence: number;
  text: string;
}

const sentenceColumns = ({ url }: Ctx): Column<SentenceRow>[] => [
  { name: 'measure', description: '措施编号', get: (r) => r.measure },
  { name: 'sentence', description: '句子序号：第 1 句为标题句（页面锚点 #s1、#s2…）', get: (r) => r.sentence },
  { name: 'text', description: '该句原文（责任单位括号不在句中，见 measures.csv）', get: (r) => r.text },
  {
    name: 'url',
    description: '该句在本站的完整网址（带句子锚点）',
    get: (r) => url(sentencePath({ measure: r.measure }, r.sentence)),
  },
];

/** Every sentence of every measure, in order: one row per sentence. */
export function sentenceRows(plan: Plan): SentenceRow[] {
  return plan.measures.flatMap((m) => m.sentences.map((text, i) => ({ measure: m.number, sentence: i + 1, text })));
}

export function responsibilityRows(plan: Plan): ResponsibilityRow[] {
  return plan.measures.flatMap((m) =>
    m.agencies.map((a, i) => ({ measure: m.number, position: i + 1, agency: a.id, name: a.name, role: a.role })),
  );
}

const outcomeColumns = ({ url }: Ctx): Column<Outcome>[] => [
  { name: 'kind', description: 'target（量化目标）或 measure（措施）', get: (o) => o.kind },
  { name: 'ref', description: '目标编号（同 targets.csv 的 id）或措施编号', get: (o) => o.ref },
  {
    name: 'status',
    description:
      '目标：met 达到、partly-met 部分达到、not-met 未达到、no-comparable-figure 无可比数据（由构建按两个数值计算）；措施：evidence-of-action 有实施证据；两者均可为 no-evidence-found 未找到公开证据',
    get: (o) => o.status,
  },
  { name: 'figure', description: '来源中的实际数值（仅目标）', get: (o) => o.figure },
  { name: 'unit', description: '实际数值的单位', get: (o) => o.unit },
  { name: 'period', description: '实际数值所属期间', get: (o) => o.period },
  { name: 'comparability', description: '可比性说明（编辑撰写）：与目标口径的差别', get: (o) => o.comparability },
  { name: 'action', description: '措施：来源显示已发生的实施行动（编辑概括）', get: (o) => o.action },
  { name: 'source_url', description: '来源网页地址（所读取的公开网页存档）', get: (o) => o.source?.url ?? '' },
  {
    name: 'source_publisher',
    description: '来源网页的发布者；转载时另列原发布机构（source_original_publisher）',
    get: (o) => o.source?.publisher ?? '',
  },
  {
    name: 'source_original_publisher',
    description: '转载时数据或事实的原发布机构',
    get: (o) => o.source?.original_publisher ?? '',
  },
  { name: 'source_published', description: '来源发布日期', get: (o) => o.source?.published ?? '' },
  { name: 'source_title', description: '来源标题', get: (o) => o.source?.title ?? '' },
  { name: 'quote', description: '来源原文中含该数值或事实的最短引文', get: (o) => o.quote },
  { name: 'queries', description: '未找到证据时所用的检索词（以 | 分隔）', get: (o) => list(o.queries) },
  { name: 'checked', description: '本条最近一次核查的日期', get: (o) => o.checked },
  {
    name: 'page',
    description: '本站展示该条的页面',
    get: (o) => url(o.measure ? paths.measure(o.measure) : '/targets/'),
  },
];

export const TABLES = {
  measures: {
    file: 'measures.csv',
    title: '措施表',
    description: ({ plan }: Ctx) =>
      `${plan.measures.length} 条措施，每行一条，含全文、所在部分与行业领域、责任单位括号。`,
    editorial: false,
    columns: measureColumns,
    rows: ({ plan }: Ctx) => plan.measures,
  } satisfies Table<Measure>,
  agencies: {
    file: 'agencies.csv',
    title: '责任单位表',
    description: '责任单位括号中出现的全部单位，每行一个，含其牵头、负责、配合的措施。',
    editorial: false,
    columns: agencyColumns,
    rows: ({ plan }: Ctx) => plan.agencies,
  } satisfies Table<Agency>,
  responsibilities: {
    file: 'responsibilities.csv',
    title: '职责表',
    description: '措施与单位的对应关系：每行一个“措施—单位—职责”，顺序同原文括号。',
    editorial: false,
    columns: responsibilityColumns,
    rows: ({ plan }: Ctx) => responsibilityRows(plan),
  } satisfies Table<ResponsibilityRow>,
  sentences: {
    file: 'sentences.csv',
    title: '句子表',
    description: '每条措施的每一句，每行一句，附可直接打开的句子链接（同样的内容另有 sentences.json）。',
    editorial: false,
    columns: sentenceColumns,
    rows: ({ plan }: Ctx) => sentenceRows(plan),
  } satisfies Table<SentenceRow>,
  targets: {
    file: 'targets.csv',
    title: '量化目标表',
    description: '计划中的每一个量化目标，附原文字句与出处句子。指标名称为编辑概括。',
    editorial: true,
    columns: targetColumns,
    rows: ({ derived }: Ctx) => derived.targets,
  } satisfies Table<Target>,
  outcomes: {
    file: 'outcomes.csv',
    title: '进展与证据表',
    description: ({ outcomes }: Ctx) =>
      `计划发布后各项承诺的进展：${outcomes.filter((o) => o.kind === 'target').length} 个量化目标与 ${outcomes.filter((o) => o.kind === 'measure').length} 条措施各一行，附公开来源、发布日期与原文引文；未找到证据的列出检索词（同样的内容另有 outcomes.json）。`,
    editorial: true,
    columns: outcomeColumns,
    rows: ({ outcomes }: Ctx) => outcomes,
  } satisfies Table<Outcome>,
  relief: {
    file: 'relief.csv',
    title: '惠企政策分类表',
    description: '对措施中惠企支持内容的编辑分类：支持类型、点名的行业与企业类型、依据句、可咨询单位。',
    editorial: true,
    columns: reliefColumns,
    rows: ({ derived }: Ctx) => derived.relief,
  } satisfies Table<Relief>,
};
export type TableName = keyof typeof TABLES;

/** What a table holds, for the /data/ page. */
export function tableDescription(name: TableName, ctx: Ctx): string {
  const d: Table<unknown>['description'] = TABLES[name].description;
  return typeof d === 'function' ? d(ctx) : d;
}

/** Columns (name and description) of a table, for the /data/ page. */
export function tableColumns(name: TableName, ctx: Ctx): { name: string; description: string }[] {
  return (TABLES[name].columns as (c: Ctx) => Column<unknown>[])(ctx).map(({ name, description }) => ({
    name,
    description,
  }));
}

/** The CSV file of a table. */
export function tableCsv(name: TableName, ctx: Ctx): string {
  const t = TABLES[name];
  const columns = (t.columns as (c: Ctx) => Column<unknown>[])(ctx);
  const rows = (t.rows as (c: Ctx) => unknown[])(ctx);
  return toCsv(
    columns.map((c) => c.name),
    rows.map((r) => columns.map((c) => c.get(r))),
  );
}

/** A table as JSON: its metadata, then one object per row keyed by the CSV column names (same values, unguarded). */
export function tableJson<M>(name: TableName, ctx: Ctx, meta: M): { meta: M; rows: Record<string, string | number>[] } {
  const t = TABLES[name];
  const columns = (t.columns as (c: Ctx) => Column<unknown>[])(ctx);
  const rows = (t.rows as (c: Ctx) => unknown[])(ctx);
  return { meta, rows: rows.map((r) => Object.fromEntries(columns.map((c) => [c.name, c.get(r) ?? '']))) };
}

/** The whole document as plain text, one block (heading, paragraph, measure) per line, in reading order. */
export function planText(plan: Plan): string {
  return (
    readingOrder(plan)
      .map((b) => b.text)
      .join('\n') + '\n'
  );
}

export const PLAN_TEXT_FILE = 'plan.txt';
export const MEASURES_SCHEMA_FILE = 'measures.schema.json';
