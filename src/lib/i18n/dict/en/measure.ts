/** Words of a measure's page (English); same keys as ../zh/measure.ts. */
import type { MeasureText } from '../zh/measure';
import { UNOFFICIAL } from '../../i18n';

export const measure: MeasureText = {
  description: (title, docNumber, n, text) =>
    `${title} (${docNumber}), measure ${n}${text ? `: ${text.slice(0, 140)}…` : ' (Chinese text; not yet translated).'} ${UNOFFICIAL}`,
  untranslated: [
    'This measure has not been translated yet. The Chinese text is shown; sentence anchors (#s1, #s2, …) are the same as on the ',
    'Chinese page',
    '.',
  ],
  zhToggle: 'Show the Chinese side by side',
  n: (k) => `Measure ${k}`,
  who: 'Responsible bodies',
  original: 'Original: ',
  inPlan: 'Read it in the full text: ',
  inPlanLink: (title, k) => `${title}, measure ${k}`,
  related: 'Related measures',
  same: (kind) => (kind === 'sector' ? 'Same sector: ' : 'Same part: '),
  sharedLead: () => ['Also led by ', ''],
  allInGroup: (kind, n) => `All ${n} other measures of this ${kind === 'sector' ? 'sector' : 'part'}`,
  allOfAgency: (name) => `Every measure of ${name}`,
  pager: 'Previous and next measure',
  sentenceLink: (i) => `Link to sentence ${i}`,
  hint: 'Every sentence has its own link: hover over a sentence or Tab to it, then use the # at its end. Sentence numbers match the Chinese page.',
  printUrl: 'This measure: ',
  listSep: '; ',
  translatorNotes: 'Translator’s notes',
  sentence: (i) => `Sentence ${i}`,
};
