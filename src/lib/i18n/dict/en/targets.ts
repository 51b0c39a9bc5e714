/** The targets page's words in English; same keys as ../zh/targets.ts. */
import type { TargetsText } from '../zh/targets';
import { UNOFFICIAL } from '../../i18n';

export const targets: TargetsText = {
  title: 'Quantified targets',
  description: (n) =>
    `All ${n} quantified targets of the plan: figure, unit, qualifiers, deadline and responsible bodies, each linked to its sentence. ${UNOFFICIAL}`,
  intro: (n, d) =>
    `The plan sets ${n} quantified targets; ${d} of them give a deadline. Every row links to the sentence it stands in.`,
  note: {
    label: 'Editorial: ',
    text: 'the indicator is this site’s short name for what is measured, and, like the figure, the deadline and the notes, it stays in Chinese as compiled; the sentence is given in English translation and in the plan’s Chinese, with the target’s words highlighted. Every other number in the text (document numbers, dates, counts, award rules …) is listed below with the reason it is not a target; the lists are also in the ',
    link: 'open data',
    end: '.',
  },
  sourceMeasure: (m, s) => `Measure ${m}, sentence ${s}`,
  sourcePart: (numeral, heading) => `${numeral}. ${heading}`,
  tableLabel: 'All quantified targets',
  sortHint: 'Select a column heading to sort by it; select it again to reverse the order.',
  colSource: 'Where',
  colIndicator: 'Indicator (editorial)',
  colValue: 'Target',
  colDeadline: 'Deadline',
  colResult: 'Outcome',
  colQuote: 'Sentence (English, Chinese)',
  colAgencies: 'Responsible bodies',
  noDeadline: 'No deadline in the text',
  evidence: 'Evidence',
  noAgencies: '(general requirements: no body named)',
  sep: ', ',
  colon: ': ',
  downloads: 'Downloads: ',
  downloadsEnd: '.',
  outcomesHeading: 'Since then: targets and outcomes',
  outcomesIntro: {
    text: 'The public evidence found for each target since: the source, its date of publication and the exact quote holding the figure. The outcome is computed by this site from the target’s figure and the source’s, not typed by an editor; figures that do not measure the same thing are listed as not comparable, with the difference explained. For every measure, see ',
    outcomesLink: 'Outcomes',
    middle: '; how outcomes are judged: ',
    aboutLink: 'About',
    end: '.',
  },
  dataTable: (caption) => `${caption} (data table)`,
  otherHeading: 'Numbers that are not targets',
  otherIntro:
    'Every number in the parts and measures of the text, in Arabic digits or in Chinese numerals (such as “two tools” or “eight task forces”, but not the word for “one” used as an article or inside a word), is either a target in the table above (a figure or a deadline) or listed below with the reason it is not one (an editorial judgement). Measure numbers are not counted.',
  otherLabel: 'Numbers that are not targets',
  colNumber: 'Number',
  colReason: 'Reason',
  colNote: 'Note (Chinese)',
  nonTargetReason: {
    'document-number': 'Document number',
    date: 'Year or date',
    count: 'Number of items listed',
    'reward-rule': 'Award rule',
    ratio: 'Ratio',
    name: 'Part of a name',
    rule: 'A rule, not a target',
    baseline: 'Starting point of a target',
    ordinal: 'Ordinal',
    phrase: 'Set phrase, not a quantity',
  },
};
