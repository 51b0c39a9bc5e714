/** The words the outcome pages and sections use (English); same keys as ../zh/outcome.ts. */
import type { OutcomeStatus } from '../../../../schemas/outcome';
import type { OutcomeText } from '../zh/outcome';
import { count } from './plural';
import { MONTHS } from '../../../site/dates';

const STATUS: Record<OutcomeStatus, string> = {
  met: 'Met',
  'partly-met': 'Partly met',
  'not-met': 'Not met',
  'no-comparable-figure': 'No comparable figure',
  'evidence-of-action': 'Evidence of action',
  'no-evidence-found': 'No public evidence found',
};

export const outcome: OutcomeText = {
  status: STATUS,
  statusHelp: {
    met: 'The figure in a public source reaches the target (computed by this site from the two figures).',
    'partly-met': 'The figure reaches at least half of the target, but not the target.',
    'not-met': 'The figure is under half of the target, or above a ceiling (“below”, “reduce to”).',
    'no-comparable-figure':
      'A related figure was found, but it measures something else (cumulative vs new, one city vs the province, another year).',
    'evidence-of-action':
      'A dated public record shows the measure’s concrete step happened (a document issued, a programme launched, a list published).',
    'no-evidence-found': 'No evidence was found in the public sources searched; this does not mean nothing was done.',
  },
  since: 'What happened since',
  pageTitle: 'Outcomes: what became of each promise',
  pageIntro: (printed) =>
    `The plan was issued in ${MONTHS[printed.getUTCMonth()]} ${printed.getUTCFullYear()}. This page lists, for every quantified target and every measure, the public evidence since: the source, its date and the exact quote that holds the figure or the fact. Whether a target was met is computed by this site from the target’s figure and the source’s, never typed by an editor.`,
  asOf: (date) => `Checked: ${date}`,
  noEvidence: (date) => `No public evidence found in the sources searched (as of ${date}).`,
  queriesTried: 'Queries tried',
  source: 'Source',
  reprintOf: 'Original publisher',
  published: 'Published',
  quote: 'Quote from the source',
  figure: 'Figure',
  period: 'Period',
  comparability: 'Comparability (editorial note)',
  action: 'What happened (editorial summary)',
  editorialMark: 'Editorial',
  cite: 'Cite this evidence',
  citeNote: 'The citation names the original source; this site is only where it was compiled.',
  target: 'Target',
  measure: (n) => `Measure ${n}`,
  counts: 'Records by status',
  allRecords: 'All records',
  filterPart: 'Part',
  filterAgency: 'Responsible body',
  filterAll: 'All',
  filterApply: 'Filter',
  filterEmpty: 'No records match.',
  filterCount: (shown, all) => `Showing ${shown} of ${all}`,
  promise: 'Target',
  outcome: 'Outcome',
  chartCaption: 'Target and outcome: comparable quantified targets, the outcome as a percentage of the target',
  chartNote: 'Comparable targets only; the 100% line is the target (for a ceiling, under the line means met).',
  ofTarget: 'of target',
  howJudged: 'How outcomes are found and judged',
  report: 'Know a better source? Tell us',
  agencySection: 'What happened since: this body’s measures',
  agencySummary: (withEvidence, all) =>
    `Of the ${count(all, 'measure', 'measures')} this body takes part in, ${withEvidence} ${withEvidence === 1 ? 'has' : 'have'} public evidence of action.`,
  seeAll: 'All outcomes',
  tally: (counts) => counts.map((c) => `${c.label}: ${c.count}`).join(' · '),
};
