/** Words of the reading pages (English); same keys as ../zh/reading.ts. */
import type { ReadingText } from '../zh/reading';
import { AGENCY_KIND_EN, ROLE_EN, UNOFFICIAL } from '../../i18n';
import { count } from './plural';

export const reading: ReadingText = {
  youAreHere: 'You are here',
  fullText: 'Full text',
  measure: (n) => `Measure ${n}`,
  role: ROLE_EN,
  agencyKind: AGENCY_KIND_EN,
  taskForce: 'Task force: ',
  reportTo: ['Send it to ', '.'],
  reportNone: 'This copy of the site was published without a report address (the deployment’s REPORT_URL setting).',
  officialText: 'Official Chinese text',
  successor: {
    open: ' (',
    inlineOpen: '; ',
    now: 'now ',
    since: (d) => `, since ${d}; `,
    source: 'source',
    close: (inline) => (inline ? '' : ')'),
  },
  sector: {
    title: (h) => `${h} (sector)`,
    description: (plan, h, n) =>
      `${plan}, sector ${h}: ${count(n, 'measure', 'measures')} and the bodies responsible. ${UNOFFICIAL}`,
    part: 'Part: ',
    taskForce: '; task force: ',
    count: (n) => `. ${count(n, 'measure', 'measures')}.`,
  },
  taskForcePage: {
    description: (plan, name, n) =>
      `The ${count(n, 'measure', 'measures')} the ${name} is in charge of (${plan}). ${UNOFFICIAL}`,
    charge: (name) => `The parts or sectors the plan puts in the charge of the ${name}:`,
    count: (n) => `${count(n, 'measure', 'measures')}.`,
    all: 'All task forces',
    countShort: (n) => ` (${count(n, 'measure', 'measures')})`,
  },
  measures: {
    title: 'All measures',
    description: (plan, n) => `All ${n} measures of the ${plan} with the bodies responsible. ${UNOFFICIAL}`,
  },
  agencies: {
    title: 'Responsible bodies',
    description: (plan, n) =>
      `All ${n} bodies named in the ${plan}, with the number of measures each leads, is responsible for or cooperates on. ${UNOFFICIAL}`,
    caption: 'Measures naming each body',
    body: 'Body',
    kind: 'Kind',
    total: 'Total',
  },
  agency: {
    title: (name) => `${name} (responsible body)`,
    description: (plan, name, n) =>
      `The ${count(n, 'measure', 'measures')} of the ${plan} that name the ${name}, grouped by lead, responsible and cooperating. ${UNOFFICIAL}`,
    group: (role, n) => `${role} (${n})`,
  },
  part: {
    description: (plan, numeral, heading, n) =>
      `Part ${numeral} of the ${plan}, “${heading}”${n ? `, with ${count(n, 'measure', 'measures')}` : ''}. ${UNOFFICIAL}`,
    others: 'Other parts',
  },
};
