/** The home page's words in English; same keys as ../zh/home.ts. */
import { UNOFFICIAL } from '../../i18n';
import type { HomeText } from '../zh/home';

export const home: HomeText = {
  description: (title, number, measures) =>
    `${title} (${number}): the full text and all ${measures} measures with the bodies responsible, in an unofficial English translation aligned sentence by sentence with the Chinese. ${UNOFFICIAL}`,
  heading: (title) => title,
  number: 'Document number',
  issuer: 'Issued by',
  signed: 'Signed',
  printed: 'Printed',
  all: 'All measures',
  noMeasures: 'This part sets out the general requirements and has no numbered measures.',
  waysTitle: 'Where to start',
  searchName: 'Search all measures',
  searchLabel: 'Find a measure: English or Chinese words, pinyin, a body or a number',
  placeholder: 'e.g. rent relief, elderly care, 12',
  searchButton: 'Search',
  business: 'Businesses: what support can I get?',
  businessText: 'Tax and fee relief, rent, loans… by industry and type of firm, with the bodies to ask',
  research: 'Research: who is responsible for what?',
  researchText: (c) => `${c.agencies} bodies and ${c.measures} measures as a network, a matrix and by sector`,
  press: 'Press: full text, citing and data',
  fullText: 'Full text',
  cite: 'How to cite',
  data: 'Open data',
  citizen: 'Everyone: what does the plan promise?',
  browse: 'By part and sector',
  targets: 'Targets',
  outcomes: 'What happened since',
  summary: (c) =>
    `${c.parts} parts, ${c.sectors} sectors and ${c.measures} measures, naming ${c.agencies} responsible bodies and ${c.taskForces} task forces.`,
  elsewhere: 'In Chinese only for now:',
  glossaryIntro: 'Terms and names:',
  glossary: 'glossary',
};
