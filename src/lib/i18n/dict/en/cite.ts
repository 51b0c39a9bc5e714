/** Words of the cite menu, the sentence links of the document's text and the official-source line (English). */
import type { CiteText } from '../zh/cite';
import { UNOFFICIAL } from '../../i18n';
import { enDate } from '../../../site/dates';

export const cite: CiteText = {
  summary: {
    measure: 'Cite this measure',
    part: 'Cite this part or one of its sentences',
    document: 'Cite this document or one of its sentences',
  },
  wholeButton: {
    measure: 'Cite the whole measure instead',
    part: 'Cite the whole part instead',
    document: 'Cite the whole document instead',
  },
  citing: 'Citing: ',
  noscript: 'The access date is the date this page was built; change it to the date you read it.',
  copy: 'Copy',
  copyLabel: (format) => `Copy the ${format} citation`,
  groups: (_site) => [
    {
      id: 'en',
      heading: 'Cite the English translation',
      help: `${UNOFFICIAL} Each citation names the official Chinese document.`,
      formats: ['plainEn', 'apa', 'chicago'],
    },
  ],
  scope: 'Measure {m}',
  scopeSentence: { measure: 'Measure {m}, sentence {s}', passage: '{p}, sentence {s}' },
  where: { measure: 'sentence {s}', passage: '{p}, sentence {s}' },
  copied: '{label} citation copied',
  refused: 'The browser refused to copy: the citation is selected; press Ctrl+C (⌘C) to copy it',
  linkCopied: 'Link to {w} copied',
  link: 'Link to {w}: {url}',
  passages: {
    recipients: 'Notice, recipients',
    notice: 'Notice',
    preamble: 'Action plan, opening paragraph',
    copyTo: 'Copied to',
    part: (numeral, heading) => `Part ${numeral} (${heading})`,
  },
  wholeDocument: 'The whole document',
  sentenceLink: (passage, n) => `Link to ${passage}, sentence ${n}`,
  officialColon: ': ',
  officialSeparator: '; ',
  officialEnd: true,
  officialNote: (page, _issuer) => [
    page.role === 'issuer' ? ' (published by the issuing office on ' : ' (republished on ',
    page.site,
    `; the page gives its publication date as ${enDate(page.published)}${
      page.role === 'republication' ? ', which is that site’s date, not the document’s' : ''
    })`,
  ],
};
