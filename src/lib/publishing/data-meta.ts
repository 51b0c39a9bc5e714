/**
 * What every download says about itself: the version (the date the files were generated), the
 * licence, and where the text comes from. Shown on /data/, carried inside the JSON files, and, for
 * the CSV files (which have no room for metadata), in /data/datapackage.json (Frictionless Data
 * Package) next to each file. Pure.
 */
import type { Plan } from '../model/model';
import { paths } from '../site/paths';
import { TABLES, tableColumns, tableDescription, tableTitle, type Ctx, type TableName } from './downloads';
import { isoDate } from '../site/dates';
import type { DataMeta } from './measures-schema';

/**
 * The licence statement. The plan is a public government document (此件公开发布): under Article 5 of
 * the Copyright Law of the PRC, documents of a legislative, administrative or judicial nature are not
 * protected, so its text carries no licence. The site's editorial data is offered under CC BY 4.0.
 */
export const LICENCE = {
  plan: '原文是公开发布的政府文件（此件公开发布），依《中华人民共和国著作权法》第五条不适用著作权保护，可自由使用；本站对原文不主张任何权利。',
  derived: {
    name: 'CC-BY-4.0',
    title: '知识共享 署名 4.0 国际（CC BY 4.0）',
    path: 'https://creativecommons.org/licenses/by/4.0/',
    statement:
      '本站编辑整理的数据（结构化字段、分类、指标名称、理由与说明）以 CC BY 4.0 提供：可自由使用、改编，请注明来源 Plan Explorer（非官方整理版）及网址。',
  },
} as const;

/** The metadata of the downloads generated on `generated` (the build date). */
export function dataMeta(plan: Plan, generated: Date, url: Ctx['url']): DataMeta {
  const d = plan.document;
  return {
    version: isoDate(generated),
    title: `《${d.title}》开放数据（非官方整理版）`,
    publisher: 'Plan Explorer',
    homepage: url(paths.data()),
    source: {
      title: d.title,
      number: d.number,
      issuer: d.issuer,
      signed: isoDate(d.signed),
      official: d.officialSources.map((s) => ({ url: s.url, site: s.site, published: isoDate(s.published) })),
    },
    licence: { plan: LICENCE.plan, derived: { ...LICENCE.derived } },
  };
}

/** Frictionless Data Package describing every CSV file: its columns, encoding, version and licence. */
export function dataPackage(ctx: Ctx, meta: DataMeta) {
  return {
    name: 'shanxi-2022-35-plan-explorer',
    title: meta.title,
    version: meta.version,
    created: meta.version,
    homepage: meta.homepage,
    licenses: [{ name: meta.licence.derived.name, title: meta.licence.derived.title, path: meta.licence.derived.path }],
    description: `${meta.licence.plan}${meta.licence.derived.statement}`,
    sources: meta.source.official.map((s) => ({
      title: `${meta.source.issuer}《${meta.source.title}》（${meta.source.number}），${s.site}`,
      path: s.url,
    })),
    resources: (Object.keys(TABLES) as TableName[]).map((n) => ({
      name: n,
      path: ctx.url(paths.dataFile(TABLES[n].file)),
      title: tableTitle(n),
      description: tableDescription(n, ctx),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: { fields: tableColumns(n, ctx).map((c) => ({ name: c.name, description: c.description })) },
    })),
  };
}
