import type { DataText } from '../zh/data';

export const data: DataText = {
  title: 'Open data',
  description:
    'Downloads of the Shanxi service-sector action plan 2022: the full text, measures, responsible bodies, quantified targets and business support, with every field described. The files are in Chinese, with English measure titles and agency names.',
  intro: (sep) =>
    `The files on this page are generated from this site's content at every build and hold what the pages show. The text of the plan in them is the Chinese original; measures.csv and agencies.csv add this site's unofficial English measure titles and agency names. Tables are CSV: UTF-8 (with a BOM, so Excel opens the Chinese correctly), CRLF line ends, quoted as in RFC 4180; several values in one cell are separated by "${sep}". Address columns (url, source) hold full addresses that can be clicked in a spreadsheet.`,
  versionLabel: 'Version date: ',
  versionNote: ' (the date these files were generated). ',
  metaWhere: ['JSON files state the version date, licence and source of the text in ', ', CSV files in ', '.'],
  formulaGuard: (guarded) =>
    `To keep spreadsheets from running a cell as a formula, a text cell starting with = + - @ gets an apostrophe (') in front; ${guarded ? `${guarded} ${guarded === 1 ? 'cell' : 'cells'} of the current data ${guarded === 1 ? 'has' : 'have'} one.` : 'no cell of the current data needs one.'}`,
  filesHeading: 'Files',
  fileColumns: { file: 'File', content: 'Content', rows: 'Rows', nature: 'Nature' },
  editorial: 'Editorial',
  original: 'Original',
  withSchema: ', with a ',
  schemaName: 'JSON Schema',
  files: {
    measuresJson: 'Document information and every measure (JSON)',
    sentencesJson: 'Sentences (JSON, the same rows as sentences.csv, with the file information)',
    outcomesJson: 'Outcomes and evidence (JSON, the same rows as outcomes.csv, with the file information)',
    planTxt: 'The full text as plain text (Chinese), one paragraph per line in reading order',
    datapackage: 'Description of every CSV file (Frictionless Data Package): version, licence, fields',
  },
  licenceHeading: 'Copyright and nature',
  licenceLabel: 'Licence: ',
  planLicence:
    'The original is a government document published for the public ("this document is published openly"); under Article 5 of the Copyright Law of the PRC it is not protected by copyright and may be used freely. This site claims no rights in it.',
  derivedLicence: [
    "This site's editorial data (structured fields, classifications, indicator names, reasons and notes) is offered under",
    ': free to use and adapt; please credit Plan Explorer (unofficial edition) and its address.',
  ],
  ccBy: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  source: (issuer, title, number, signed) =>
    `The original is a government document published openly by the ${issuer}: "${title}" (${number}, ${signed}). Under Article 5 of the Copyright Law of the PRC, documents of an administrative nature issued by state organs are not protected by that law. This site is not an official site and claims no rights in the original, which it corrects only for the recorded extraction errors.`,
  editorialNote: [
    'Editorial data',
    " — the indicator names of quantified targets; the kinds of support, industries, kinds of firm and directness of business support; the reasons given for numbers that are not targets — are this site's reading of the original, not the plan's words, and not the issuing office's interpretation. Each names the sentence of the original it rests on: check it before use. Please credit the source (see How to cite below).",
  ],
  citeHeading: 'How to cite',
  citeOfficial:
    'The official document (the same formats as "Cite" on the measure pages; the date in the citation is the date this page was generated: change it to the date you accessed it):',
  citeSite: "This site's full-text page (an unofficial edition):",
  citeData: 'The dataset:',
  citeDataset: (site, title, accessed, url) =>
    `${site}. (${accessed}). Open data of "${title}" (unofficial edition) [Data set]. ${url}`,
  fieldsOf: (file) => `Fields of ${file}`,
  fieldColumns: { field: 'Field', type: 'Type', description: 'Description' },
  measuresJsonIntro: (n) => [
    `Document information and all ${n} measures. Fields are only ever added, never removed or renamed; the structure is in `,
    ' (JSON Schema draft-07).',
  ],
  editorialTable: ' This table is editorial, derived data.',
  colon: ': ',
  planTxt:
    'The full text as plain text (UTF-8, Chinese): header, notice, each part of the plan, sector headings, every measure (starting with its number and a full stop) and the copy-to list, one paragraph per line in reading order.',
};
