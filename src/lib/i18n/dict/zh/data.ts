/** The open-data page (/data/) (Chinese). The tables' and columns' own descriptions are in ./downloads.ts. */

export interface DataText {
  title: string;
  description: string;
  intro: (separator: string) => string;
  versionLabel: string;
  versionNote: string;
  /** 'JSON 文件在 meta 中、CSV 文件在 datapackage.json 中写明…': the words around the two code names. */
  metaWhere: [string, string, string];
  /** What the CSV files do to cells a spreadsheet would run as a formula, and how many cells of the data have it. */
  formulaGuard: (guarded: number) => string;
  filesHeading: string;
  fileColumns: { file: string; content: string; rows: string; nature: string };
  editorial: string;
  original: string;
  withSchema: string;
  /** The name of the measures.json schema's link (after `withSchema`). */
  schemaName: string;
  files: { measuresJson: string; sentencesJson: string; outcomesJson: string; planTxt: string; datapackage: string };
  licenceHeading: string;
  licenceLabel: string;
  /** The plan's text carries no licence: why. */
  planLicence: string;
  /** The words around the CC BY 4.0 link. */
  derivedLicence: [string, string];
  ccBy: string;
  source: (issuer: string, title: string, number: string, signed: string) => string;
  editorialNote: [string, string];
  citeHeading: string;
  citeOfficial: string;
  citeSite: string;
  citeData: string;
  /** The dataset citation: site name, plan title, date accessed, address. */
  citeDataset: (site: string, title: string, accessed: string, url: string) => string;
  fieldsOf: (file: string) => string;
  fieldColumns: { field: string; type: string; description: string };
  measuresJsonIntro: (n: number) => [string, string];
  editorialTable: string;
  /** Between a table's title and its description. */
  colon: string;
  planTxt: string;
}

export const data: DataText = {
  title: '开放数据',
  description:
    '《山西省推进服务业提质增效2022年行动计划》全文、措施、责任单位、量化目标与惠企政策分类的下载文件及字段说明。',
  intro: (sep) =>
    `本页的文件在每次建站时由本站内容自动生成，与网页显示的内容一致。表格文件为 CSV：UTF-8 编码（带 BOM，Excel 可直接打开中文）、CRLF 换行、按 RFC 4180 加引号；一个单元格中有多个值时以“${sep}”分隔。网址栏（url、source）都是完整网址，在表格软件中可直接点击。`,
  versionLabel: '版本日期：',
  versionNote: '（本批文件的生成日期）。',
  metaWhere: ['JSON 文件在 ', ' 中、CSV 文件在 ', ' 中写明版本日期、许可和原文出处。'],
  formulaGuard: (guarded) =>
    `为防止表格软件把单元格当作公式执行，以 = + - @ 开头的文本单元格前加了一个英文单引号（'）；${guarded ? `目前的数据中有 ${guarded} 个这样的单元格。` : '目前的数据中没有这样的单元格。'}`,
  filesHeading: '文件一览',
  fileColumns: { file: '文件', content: '内容', rows: '行数', nature: '性质' },
  editorial: '编辑整理',
  original: '原文',
  withSchema: '，附 ',
  schemaName: 'JSON Schema',
  files: {
    measuresJson: '文件信息与全部措施（JSON）',
    sentencesJson: '句子表（JSON，与 sentences.csv 相同，附文件信息）',
    outcomesJson: '进展与证据表（JSON，与 outcomes.csv 相同，附文件信息）',
    planTxt: '全文纯文本，按阅读顺序每段一行',
    datapackage: '各 CSV 文件的说明（Frictionless Data Package）：版本、许可、字段',
  },
  licenceHeading: '版权与性质',
  licenceLabel: '许可：',
  planLicence:
    '原文是公开发布的政府文件（此件公开发布），依《中华人民共和国著作权法》第五条不适用著作权保护，可自由使用；本站对原文不主张任何权利。',
  derivedLicence: [
    '本站编辑整理的数据（结构化字段、分类、指标名称、理由与说明）以',
    '提供：可自由使用和改编，请注明来源 Plan Explorer（非官方整理版）及网址。',
  ],
  ccBy: '知识共享 署名 4.0 国际（CC BY 4.0）',
  source: (issuer, title, number, signed) =>
    `原文是${issuer}公开发布的政府文件《${title}》（${number}，${signed}），“此件公开发布”。依《中华人民共和国著作权法》第五条，国家机关具有行政性质的文件不适用该法保护。本站不是官方网站，对原文不主张任何权利；原文只按已记录的提取错误作了更正，见全文核对说明。`,
  editorialNote: [
    '编辑整理的数据',
    '——量化目标的“指标”名称、惠企政策的支持类型、行业、企业类型与适用程度、非目标数字的理由——是本站对原文的解读，不是计划的原话，也不代表发文机关的解释。每条都注明了所依据的原文句子，使用时请核对原文。使用时请注明出处（见下文“如何引用”）。',
  ],
  citeHeading: '如何引用',
  citeOfficial: '引用官方文件（与措施页“引用本条”中的格式相同；方括号中的日期是本页生成日期，请改为您访问的日期）：',
  citeSite: '引用本站的全文页（本站是非官方整理版）：',
  citeData: '引用数据集：',
  citeDataset: (site, title, accessed, url) =>
    `${site}. ${title}开放数据（非官方整理版）[DS/OL]. [${accessed}]. ${url}`,
  fieldsOf: (file) => `${file} 字段`,
  fieldColumns: { field: '字段', type: '类型', description: '说明' },
  measuresJsonIntro: (n) => [`文件信息与全部 ${n} 条措施。字段只增不删、不改名；结构见 `, '（JSON Schema draft-07）。'],
  editorialTable: ' 本表为编辑整理的派生数据。',
  colon: '：',
  planTxt:
    '全文纯文本（UTF-8）：文件头、通知、计划正文的各部分、行业领域标题、每条措施（以“编号.”开头）和抄送，按阅读顺序每段一行。',
};
