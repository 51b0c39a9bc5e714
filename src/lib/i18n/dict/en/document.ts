/** Words of the cited-document pages (English); same keys as ../zh/document.ts. */
import type { DocumentText } from '../zh/document';

export const document: DocumentText = {
  listTitle: 'Documents the plan cites',
  listIntro:
    'Other documents the plan cites by title in its measures, one page each: the measures that cite it, and its number and issuer as the plan gives them. A date, an official address or a term of the document is listed only where a stored copy of a public page confirms it, with that source.',
  number: 'Document number',
  issuer: 'Issuer',
  issuerNote: '(as the plan writes it)',
  date: 'Date',
  official: 'Official address',
  notConfirmed: 'Could not be confirmed from a stored public page, so none is given.',
  citedBy: 'Cited by',
  terms: 'Terms relevant to businesses in difficulty (a national policy of 2022)',
  termsIntro:
    'The document’s own words on rent, taxes and fees, social insurance, loans and charges, each with its source; the full document and local implementing rules decide what applies.',
  source: 'Source',
  measure: (n) => `Measure ${n}`,
  citedInMeasure: 'Documents this measure cites: ',
  kind: {
    rent: 'Rent relief',
    'tax-fee': 'Tax and fee relief',
    jobs: 'Jobs and social insurance',
    credit: 'Loans and finance',
    guarantee: 'Financing guarantees',
    insurance: 'Insurance',
    subsidy: 'Subsidies and awards',
    fees: 'Stopping arbitrary charges',
  },
  colon: ': ',
  listSeparator: ', ',
};
