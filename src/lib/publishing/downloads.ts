/**
 * The open-data downloads (/data/…): each CSV table is declared once, as columns with a name and how to read the
 * value (plan-columns.ts, editorial-columns.ts); what the table and each column mean is in the dictionary
 * (i18n/dict/…/downloads.ts, the same keys in both languages), so the file and its documentation cannot drift apart.
 * The files are one set for both editions. Lists inside a cell are joined with LIST_SEPARATOR. Pure.
 */
import type { Plan, Measure, Agency } from '../model/model';
import type { Derived, Relief, Target } from '../editorial/derived';
import type { Outcome } from '../editorial/outcomes';
import { FIRM_TYPES, SUPPORT_TYPES } from '../../schemas/relief-vocab';
import { guardFormula, toCsv } from './csv';
import type { EnglishNames } from './api';
import { readingOrder } from '../model/reading-order';
import type { Dictionary } from '../i18n/dict';
import { paths } from '../site/paths';
import {
  downloads as zhDownloads,
  type ColumnText,
  type DataFacts,
  type DownloadsText,
} from '../i18n/dict/zh/downloads';
import {
  agencyColumns,
  measureColumns,
  responsibilityColumns,
  responsibilityRows,
  sentenceColumns,
  sentenceRows,
  type Column,
  type ResponsibilityRow,
  type SentenceRow,
} from './plan-columns';
import { outcomeColumns, reliefColumns, targetColumns } from './editorial-columns';

export { LIST_SEPARATOR } from './plan-columns';

export interface Ctx {
  plan: Plan;
  derived: Derived;
  /** What became of each target and measure (content/outcomes.yaml). */
  outcomes: Outcome[];
  /** The absolute URL of a root-relative path: SITE_URL, the base, the path (links click in a spreadsheet). */
  url: (path: string) => string;
  /** The English edition's measure titles (by number) and agency names (by id); a missing entry is an empty cell. */
  english: EnglishNames;
}

export interface Table<R> {
  file: string;
  /** Whether the rows are editorial (derived) rather than the plan's own structure. */
  editorial: boolean;
  columns: (ctx: Ctx) => Column<R>[];
  rows: (ctx: Ctx) => R[];
}

export const TABLES = {
  measures: {
    file: 'measures.csv',
    editorial: false,
    columns: measureColumns,
    rows: ({ plan }: Ctx) => plan.measures,
  } satisfies Table<Measure>,
  agencies: {
    file: 'agencies.csv',
    editorial: false,
    columns: agencyColumns,
    rows: ({ plan }: Ctx) => plan.agencies,
  } satisfies Table<Agency>,
  responsibilities: {
    file: 'responsibilities.csv',
    editorial: false,
    columns: responsibilityColumns,
    rows: ({ plan }: Ctx) => responsibilityRows(plan),
  } satisfies Table<ResponsibilityRow>,
  sentences: {
    file: 'sentences.csv',
    editorial: false,
    columns: sentenceColumns,
    rows: ({ plan }: Ctx) => sentenceRows(plan),
  } satisfies Table<SentenceRow>,
  targets: {
    file: 'targets.csv',
    editorial: true,
    columns: targetColumns,
    rows: ({ derived }: Ctx) => derived.targets,
  } satisfies Table<Target>,
  outcomes: {
    file: 'outcomes.csv',
    editorial: true,
    columns: outcomeColumns,
    rows: ({ outcomes }: Ctx) => outcomes,
  } satisfies Table<Outcome>,
  relief: {
    file: 'relief.csv',
    editorial: true,
    columns: reliefColumns,
    rows: ({ derived }: Ctx) => derived.relief,
  } satisfies Table<Relief>,
} satisfies Record<keyof DownloadsText, Omit<Table<never>, 'columns' | 'rows'> & { columns: unknown; rows: unknown }>;
export type TableName = keyof typeof TABLES;

const columnsOf = (name: TableName, ctx: Ctx) => (TABLES[name].columns as (c: Ctx) => Column<unknown>[])(ctx);
const rowsOf = (name: TableName, ctx: Ctx) => (TABLES[name].rows as (c: Ctx) => unknown[])(ctx);

/** How many rows a table has. */
export const rowCount = (name: TableName, ctx: Ctx): number => rowsOf(name, ctx).length;

/** How many cells of all the tables a spreadsheet would run as a formula: each gets a leading apostrophe (csv.ts). */
export function guardedCells(ctx: Ctx): number {
  let guarded = 0;
  for (const name of Object.keys(TABLES) as TableName[]) {
    const columns = columnsOf(name, ctx);
    for (const row of rowsOf(name, ctx)) {
      for (const c of columns) {
        const v = c.get(row);
        if (typeof v === 'string' && guardFormula(v) !== v) guarded++;
      }
    }
  }
  return guarded;
}

/** The facts some descriptions state, read from the content. */
export function dataFacts({ plan, outcomes }: Ctx): DataFacts {
  return {
    measures: plan.measures.length,
    targetOutcomes: outcomes.filter((o) => o.kind === 'target').length,
    measureOutcomes: outcomes.filter((o) => o.kind === 'measure').length,
    supportTypes: SUPPORT_TYPES,
    firmTypes: FIRM_TYPES,
  };
}

const say = (s: ColumnText, ctx: Ctx) => (typeof s === 'function' ? s(dataFacts(ctx)) : s);

/** A table's title, in the language of `text` (Chinese by default: datapackage.json). */
export const tableTitle = (name: TableName, text: DownloadsText = zhDownloads): string => text[name].title;

/** What a table holds, for the /data/ page and datapackage.json. */
export function tableDescription(name: TableName, ctx: Ctx, text: DownloadsText = zhDownloads): string {
  return say(text[name].description, ctx);
}

/** Columns (name and description) of a table, for the /data/ page and datapackage.json. */
export function tableColumns(
  name: TableName,
  ctx: Ctx,
  text: DownloadsText = zhDownloads,
): { name: string; description: string }[] {
  const descriptions = text[name].columns as Record<string, ColumnText | undefined>;
  return columnsOf(name, ctx).map(({ name: column }) => {
    const d = descriptions[column];
    if (d === undefined) throw new Error(`downloads: column ${name}.${column} has no description in the dictionary`);
    return { name: column, description: say(d, ctx) };
  });
}

/** The CSV file of a table. */
export function tableCsv(name: TableName, ctx: Ctx): string {
  const columns = columnsOf(name, ctx);
  return toCsv(
    columns.map((c) => c.name),
    rowsOf(name, ctx).map((r) => columns.map((c) => c.get(r))),
  );
}

/** A table as JSON: its metadata, then one object per row keyed by the CSV column names (same values, unguarded). */
export function tableJson<M>(name: TableName, ctx: Ctx, meta: M): { meta: M; rows: Record<string, string | number>[] } {
  const columns = columnsOf(name, ctx);
  return {
    meta,
    rows: rowsOf(name, ctx).map((r) => Object.fromEntries(columns.map((c) => [c.name, c.get(r) ?? '']))),
  };
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

/** One file of the open-data page's list: its name, root-relative address, title in the reader's language, rows. */
export interface DataFile {
  file: string;
  /** Root-relative address (the page adds the base). */
  href: string;
  title: string;
  /** How many rows (records) it holds; none for plain text and metadata. */
  rows?: number;
  /** Whether it holds editorial (derived) data rather than the plan's own text and structure. */
  editorial: boolean;
}

/** Every file the open-data page offers, in its order, described in the language of `t` (the edition's dictionary). */
export function dataFiles(ctx: Ctx, t: Pick<Dictionary, 'data' | 'downloads'>): DataFile[] {
  const files = t.data.files;
  const file = (name: string, title: string, editorial: boolean, rows?: number): DataFile => ({
    file: name,
    href: paths.dataFile(name),
    title,
    editorial,
    ...(rows === undefined ? {} : { rows }),
  });
  return [
    { ...file('measures.json', files.measuresJson, false, ctx.plan.measures.length), href: paths.measuresJson() },
    ...(Object.keys(TABLES) as TableName[]).map((n) =>
      file(TABLES[n].file, tableTitle(n, t.downloads), TABLES[n].editorial, rowCount(n, ctx)),
    ),
    file('sentences.json', files.sentencesJson, false, rowCount('sentences', ctx)),
    file('outcomes.json', files.outcomesJson, true, rowCount('outcomes', ctx)),
    file(PLAN_TEXT_FILE, files.planTxt, false),
    file('datapackage.json', files.datapackage, false),
  ];
}
