/**
 * Words of the relief finder (/en/relief/) in English; same keys as ../zh/relief.ts. The English names of the
 * editorial vocabulary (kinds of help, industries, firm types, directness) are this site's own renderings of its own
 * Chinese classification, not official terms (the page says so); they follow the glossary and the translations
 * where those name the same thing (content/glossary.yaml: small and micro enterprises, struggling industries…).
 */
import type { ReliefText } from '../zh/relief';
import { UNOFFICIAL } from '../../i18n';

export const relief: ReliefText = {
  title: 'Business support finder',
  description: `Find the plan’s relief and support measures for businesses by industry, kind of help and type of firm, with the sentences they rest on and the bodies to ask. ${UNOFFICIAL}`,
  lede: (n) =>
    `${n} measures of the plan offer support to businesses. Choose your industry and the support you need (several at once) to see the measures, the sentences they rest on and the bodies to ask.`,
  caveat: 'Please note: ',
  caveatText: (year) =>
    `the measures were set for ${year} and may have ended; the classification is this site’s editorial reading, and the Chinese text is authoritative.`,
  editorial: 'Editorial classification: ',
  editorialText:
    'The kinds of help, industries, firm types and how directly each applies are this site’s classification of the text: not the plan’s words, and not the issuing body’s interpretation. Their English names are this site’s own, unofficial renderings. Every classification shows the sentence it rests on in Chinese, with the words it rests on highlighted, beside an unofficial English translation; the Chinese text and the responsible departments’ interpretation prevail. The bodies to ask are the measure’s lead and responsible bodies.',
  directnessHow: 'How directly a measure applies',
  rankingHow: 'How the results are ranked',
  rankingIntro:
    'By how directly a measure helps the chosen industry and firm type: each classified sentence scores the sum of the four items below, a measure takes the score of its best sentence, and equal scores go by measure number.',
  rankSupport: 'Kind of help: ',
  points: (n) => `${n} points`,
  labelSep: ', ',
  stepSep: '; ',
  end: '.',
  rankIndustry: (named, general) =>
    `Industry: ${named} points when the text names the chosen industry, ${general} points when it is not limited to any industry and applies to all firms; a measure only for other industries is not shown.`,
  rankDirectness: 'How it reaches the firm: ',
  directnessSep: ', ',
  rankFirm: (named, none, other) =>
    `Type of firm (when chosen): ${named} points when the text names the chosen type (micro, small and medium-sized enterprises include small and micro enterprises), ${none} points when it names no type, ${other} points when it names only other types.`,
  rankExample:
    'For example, for catering: measure 2 (special support for the 5 struggling industries, catering among them) and measure 1 (tax and fee cuts, job retention and rent relief for all industries) come first, then the loans and insurance that name catering, then the government procurement rules and market promotion.',
  supports: {
    'tax-fee': 'Tax and fee cuts',
    rent: 'Rent relief',
    credit: 'Loans and financing',
    guarantee: 'Financing guarantees',
    insurance: 'Insurance',
    subsidy: 'Subsidies and awards',
    jobs: 'Job retention and social insurance',
    'fast-track': 'Fast approval and benefits without application',
    procurement: 'Government procurement',
    market: 'Market and consumption promotion',
    cultivation: 'Recognition and development programs',
    'sector-relief': 'Measures for struggling industries',
  },
  industries: {
    catering: 'Catering',
    retail: 'Retail and commerce',
    tourism: 'Tourism',
    transport: 'Road, waterway and railway transport',
    aviation: 'Civil aviation',
    accommodation: 'Accommodation',
    logistics: 'Logistics and delivery',
    ecommerce: 'E-commerce',
    exhibitions: 'Conventions and exhibitions',
    'hr-services': 'Human resources services',
    housekeeping: 'Housekeeping services',
    'elderly-care': 'Elderly care',
    childcare: 'Childcare',
    'real-estate': 'Real estate',
    auto: 'Car sales',
    sports: 'Sports',
    tech: 'Technology enterprises',
    'agri-services': 'Agricultural service organizations',
    green: 'Green and low-carbon',
    laozihao: 'Time-honored brands',
  },
  firms: {
    'micro-small': 'Small and micro enterprises',
    sme: 'Micro, small and medium-sized enterprises',
    private: 'Private enterprises',
    hardship: 'Enterprises in struggling industries',
  },
  directness: {
    direct: 'Direct to firms',
    channel: 'Through banks and other institutions',
    framework: 'Policy framework or program',
  },
  directnessHelp: {
    direct: 'The text itself gives firms a cut, money, an easier procedure or a market opportunity',
    channel:
      'The text requires or encourages banks, insurers, guarantors and similar institutions to provide it to firms',
    framework: 'The text announces rules still to be made, a development program or promotional events',
  },
  typeNav: 'Kinds of help',
  typeChip: (label, n) => `${label} (${n})`,
  review: 'Review record',
  reviewIntro: (all, listed, left) =>
    `All ${all} measures were reviewed one by one for support a firm can apply for or benefit from: ${listed} are classified above, ${left} are not. The rule (editorial, applied to every measure alike): a measure is listed when its text states any of the following:`,
  threshold: [
    '① money or relief a firm can receive: tax and fee cuts, rent relief, subsidies, awards, deferred payment or repayment;',
    '② financing, guarantees or insurance for firms: products, instruments, or a requirement on financial institutions to provide them;',
    '③ programs that select or recognize firms and their projects, parks or brands: recognition, demonstrations, pilots, development programs;',
    '④ services or rules that directly ease doing business: benefits without application, faster approval, dedicated channels, taking part in government procurement, support mechanisms for named firms, data links with financial institutions;',
    '⑤ promotions firms can take part in: sales promotions, housing fairs, visitor programs.',
  ],
  thresholdOut:
    'A measure that only sets a direction (“encourage”, “support”, “promote”, “develop” without any of the above), builds infrastructure or public services, places requirements on firms, runs pilots for cities, districts or counties, or assigns government work is not listed. ',
  leftOutIntro: 'The measures not listed, each with the reason (editorial judgment, in Chinese):',
  leftOutShow: (n) => `Show the ${n} measures not listed`,
  reasonSep: ': ',
  download: 'Download the classification: ',
  fieldsBefore: ' (its fields are explained under ',
  fieldsLink: 'Open data',
  fieldsAfter: ').',
  form: {
    heading: 'Find support',
    submit: 'Find',
    reset: 'Clear',
    industry: 'Industry',
    anyIndustry: 'Any industry',
    firm: 'Type of firm (optional)',
    anyFirm: 'Any',
    supports: 'Kind of help (several allowed; none means any kind)',
    noscript:
      'JavaScript is off, so the finder cannot filter or rank: below are all the measures by kind of help; a kind’s name takes you to it.',
    results: 'Results',
  },
  script: {
    named: 'the text names {name}',
    general: 'the text names no industry',
    match: 'Match: {parts}',
    partSep: ' · ',
    found: 'Measures found: {n}, the most directly applicable first.',
    none: 'No measure meets all the conditions. Try fewer, for example several kinds of help or none.',
    ignored: 'Conditions in the address that could not be read were ignored: {list}',
    ignoredSep: ', ',
  },
  card: {
    amount: 'Amount: ',
    recipient: 'Recipient: ',
    anyIndustry: 'Any industry',
    firmSep: ' · ',
    source: (measure, sentence) => `Measure ${measure}, sentence ${sentence}`,
    note: 'Editor’s note (in Chinese): ',
    contacts: 'Bodies to ask: ',
    contactSep: ', ',
    national: (title, number) =>
      `Relevant terms of the national policy “${title}”${number ? ` (${number})` : ''} (2022)`,
  },
};
