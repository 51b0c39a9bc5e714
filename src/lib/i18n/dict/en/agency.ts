/** Words of the responsible bodies' pages: the list's note, one body's facts and contacts, its partners (English). */
import type { AgencyText } from '../zh/agency';

export const agency: AgencyText = {
  intro: (n) => [
    `All ${n} bodies, most measures first. Lead (<span lang="zh-CN">牵头</span>), responsible (<span lang="zh-CN">负责</span>) and cooperating (<span lang="zh-CN">配合</span>) follow the parenthesis at the end of each measure; where a measure says <span lang="zh-CN">牵头负责</span> (lead and responsible) the body counts in both columns, so the three columns can add up to more than the total. English names are this site’s renderings (see the `,
    { text: 'glossary', href: '/en/glossary/#agencies' },
    ').',
  ],
  chineseName: 'Chinese name',
  fullName: 'Full name',
  fullNameMissing: '(not given: the full name could not be established)',
  englishName: 'English name',
  englishOfficial: 'the body’s official English name',
  englishRendering: 'this site’s rendering, not an official English name',
  glossary: 'glossary',
  kind: 'Kind',
  now: 'Now',
  reorganised: (date) => `, since ${date}: the body was reorganised after the plan was signed. `,
  source: 'Source: ',
  note: 'Note',
  editorialNote: '(editorial note)',
  spellings: 'Spellings in the text',
  measures: 'Measures',
  count: (n) => `${n} measures`,
  filter: 'filter the measure list',
  contact: {
    heading: 'How to get in touch',
    website: 'Official website: ',
    evidence: [' (confirmed by this site from a ', 'stored copy of a page of that site', '). '],
    none: 'This site could not confirm this body’s website, telephone or address from an official source, so none is given. ',
    hotline: ['The government service hotline ', ' answers questions (in Chinese).'],
    askLead:
      'For the measures this body leads, ask it first; for the others, ask the measure’s lead body (without one, the first body named as responsible).',
  },
  partners: {
    heading: (n) => `Partners (${n})`,
    none: (name) => `None of the measures of the ${name} names another body.`,
    intro: (name) => `The bodies named in the same measures as the ${name}, by weight of cooperation. `,
    weightNote:
      '“Weight”: where a measure names n bodies, each pair of them counts 1/(n−1), and a measure two bodies carry alone counts 1, so that a measure such as measure 57, which names nine lead bodies, does not outweigh real pairwise cooperation. ',
    graph: 'See them in the graph',
    region: (name) => `Partners of the ${name}`,
    caption: (name) => `Partners of the ${name}, the measures shared and the roles of both`,
    body: 'Body',
    weight: 'Weight',
    shared: 'Measures shared (this body’s role / the partner’s)',
    sharedBy: (n) => `, ${n} bodies in all`,
  },
};
