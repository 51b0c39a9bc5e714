/** The explorer pages' own prose in English; same keys as ../zh/explore-pages.ts. */
import type { ExplorePagesText } from '../zh/explore-pages';

export const explorePages: ExplorePagesText = {
  overviewDescription: (a, m) => `How ${a} agencies share the ${m} measures: network, matrix and sectors.`,
  overviewIntro: (s) =>
    `The plan’s ${s.measures} measures are shared among ${s.agencies} agencies in ${s.links} agency–measure responsibilities, by role: ${s.roles} (in measure 61 one agency “leads and is responsible”, counted once, as lead); ${s.shared} measures name two or more agencies. Every number here is counted from the parenthesis naming the responsible agencies at the end of each measure.`,
  roleLinks: (role, n) => `${role} ${n}`,
  topHeading: 'The agencies with the most measures',
  topCaption: (n) => `The ${n} agencies with the most measures, and their roles`,
  colAgency: 'Agency',
  colMeasures: 'Measures',
  colGraph: 'Network',
  view: 'View',
  viewIn: (name) => `View ${name} in the network`,
  graphDescription: (a, m) =>
    `A network of ${a} agencies and ${m} measures: who leads, who is responsible, who cooperates.`,
  graphIntro: (a, m, links) =>
    `The ${links} responsibilities between ${a} agencies (large circles, their area shows the number of measures) and ${m} measures (small dots, coloured by part). The line shows the role: thick solid for lead, dashed for responsible, dotted for cooperating. The layout is computed at build time and is the same at every visit. Choose an agency, a measure, a sector or a task force, and the network, the matrix and the sectors mark it together.`,
  graphTableHeading: 'Each agency’s measures (table)',
  graphTableCaption: 'Measure numbers per agency and role (agencies by number of measures)',
  matrixDescription: (a, m) =>
    `The responsibility matrix of ${a} agencies × ${m} measures, and the agencies that share the most measures.`,
  matrixIntro:
    'One row per agency (by number of measures, most first), one column per measure (grouped by part and sector). With JavaScript, the header buttons re-sort the rows, and an agency name or a measure number selects it in every view.',
  pairsHeading: 'Who works with whom most',
  pairsIntro: (n) =>
    `Pairs of agencies named in the same measures, by partner weight (at least 3 shared measures, the first ${n} pairs). Each agency’s page lists all its partners.`,
  pairWith: 'and',
  pairCount: (n, w) => `named together in ${n} measures, partner weight ${w}`,
  sectorsDescription: 'Measures and roles per part, sector and task force, counted from the measures themselves.',
  sectorsIntro:
    'Measures, roles and agencies per part and sector, and the load of each task force. Every number is counted at build time from the measures. Choose a sector, a task force or a measure, and the network and the matrix mark it too.',
  partsHeading: 'Parts',
  partsCaption: 'Measures, sectors, roles and agencies per part',
  colPart: 'Part',
  colPartMeasures: 'Measures',
  colSectors: 'Sectors',
  colAgencies: 'Agencies',
  tfHeading: 'The load of each task force',
  tfIntro:
    'A task force is named by a sector or part heading (such as “(the finance task force responsible)”); follow a task force to see its measures in the network.',
  colTf: 'Task force',
  colWhere: 'Parts or sectors in its charge',
  colTfMeasures: 'Measures',
  colAgencyCount: 'Agencies',
};
