/**
 * What each field of /data/measures.json means (Chinese): the published JSON Schema (measures.schema.json) carries
 * these descriptions, and /data/ lists them. Keyed by the field's dotted path (measures[].agencies[].role).
 */
export type MeasuresJsonField =
  | 'meta'
  | 'meta.version'
  | 'meta.title'
  | 'meta.publisher'
  | 'meta.homepage'
  | 'meta.source'
  | 'meta.source.title'
  | 'meta.source.number'
  | 'meta.source.issuer'
  | 'meta.source.signed'
  | 'meta.source.official[]'
  | 'meta.source.official[].url'
  | 'meta.source.official[].site'
  | 'meta.source.official[].published'
  | 'meta.licence'
  | 'meta.licence.plan'
  | 'meta.licence.derived'
  | 'meta.licence.derived.name'
  | 'meta.licence.derived.title'
  | 'meta.licence.derived.path'
  | 'meta.licence.derived.statement'
  | 'document'
  | 'document.title'
  | 'document.number'
  | 'document.issuer'
  | 'document.signed'
  | 'document.printed'
  | 'document.noticeTitle'
  | 'measures[]'
  | 'measures[].number'
  | 'measures[].title'
  | 'measures[].titleEn'
  | 'measures[].text'
  | 'measures[].part'
  | 'measures[].sector'
  | 'measures[].taskForce'
  | 'measures[].agencies[]'
  | 'measures[].agencies[].id'
  | 'measures[].agencies[].name'
  | 'measures[].agencies[].nameEn'
  | 'measures[].agencies[].role'
  | 'measures[].url';

export type MeasuresJsonText = Record<MeasuresJsonField, string>;

export const measuresJson: MeasuresJsonText = {
  meta: '文件信息：版本日期（生成日期）、许可与原文出处',
  'meta.version': '版本日期：本批文件的生成日期（ISO 8601）',
  'meta.title': '数据集名称',
  'meta.publisher': '整理者（本站，非官方）',
  'meta.homepage': '开放数据页面的完整网址',
  'meta.source': '原文出处',
  'meta.source.title': '计划标题',
  'meta.source.number': '文号',
  'meta.source.issuer': '发文机关',
  'meta.source.signed': '成文日期',
  'meta.source.official[]': '官方发布的网页',
  'meta.source.official[].url': '网址',
  'meta.source.official[].site': '网站',
  'meta.source.official[].published': '发布日期',
  'meta.licence': '许可',
  'meta.licence.plan': '原文的性质：公开发布的政府文件，不适用著作权保护',
  'meta.licence.derived': '本站编辑整理的数据的许可',
  'meta.licence.derived.name': 'SPDX 标识，如 CC-BY-4.0',
  'meta.licence.derived.title': '许可名称',
  'meta.licence.derived.path': '许可文本网址',
  'meta.licence.derived.statement': '许可声明',
  document: '文件信息',
  'document.title': '计划标题',
  'document.number': '文号，如 晋政办发〔2022〕35号',
  'document.issuer': '发文机关',
  'document.signed': '成文日期（ISO 8601）',
  'document.printed': '印发日期（ISO 8601）',
  'document.noticeTitle': '通知标题',
  'measures[]': '措施，按编号排列',
  'measures[].number': '措施编号',
  'measures[].title': '标题句（不含句号）',
  'measures[].titleEn': '标题的英文（本站非官方英文版的译文）；尚未翻译的措施为空字符串',
  'measures[].text': '措施全文：标题句、正文与责任单位括号，按原文',
  'measures[].part': '所在部分序号（一至七）',
  'measures[].sector': '行业领域编号，不属于行业领域时为 null',
  'measures[].taskForce': '工作专班编号，无则为 null',
  'measures[].agencies[]': '责任单位，顺序同原文括号',
  'measures[].agencies[].id': '单位编号（见 agencies.csv）',
  'measures[].agencies[].name': '该措施原文中的单位写法',
  'measures[].agencies[].nameEn': '单位名称的英文（本站非官方英文版的译名）；没有译名时为空字符串',
  'measures[].agencies[].role': 'lead 牵头、responsible 负责、cooperate 配合',
  'measures[].url': '措施页面的完整网址',
};
