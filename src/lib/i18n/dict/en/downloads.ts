import type { DownloadsText } from '../zh/downloads';

export const downloads: DownloadsText = {
  measures: {
    title: 'Measures',
    description: (f) =>
      `The ${f.measures} measures, one per row, with the full text (Chinese), the part and sector they belong to, and the responsibility parenthesis.`,
    columns: {
      number: (f) => `Measure number 1–${f.measures}, also the N of the permanent address /measures/N/`,
      title: 'Measure title in Chinese (the first sentence of the original, without its full stop)',
      title_en:
        "Measure title in English (this site's unofficial translation); empty where the measure is not translated",
      text: 'Full text of the measure in Chinese, as published: title sentence, body and responsibility parenthesis',
      part: 'Number of the part it belongs to, 1–7',
      part_heading: 'Heading of that part (Chinese)',
      sector: 'Id of its sector (parts three and four only), otherwise empty',
      sector_heading: 'Heading of that sector (Chinese), otherwise empty',
      task_force: 'Id of the task force in charge, otherwise empty',
      task_force_name: 'Name of that task force (Chinese), otherwise empty',
      responsibility: 'The responsibility parenthesis, as published (Chinese)',
      url: "Full address of the measure's page on this site",
    },
  },
  agencies: {
    title: 'Agencies',
    description:
      'Every body named in a responsibility parenthesis, one per row, with the measures it leads, is responsible for and supports.',
    columns: {
      id: "Agency id (this site's stable identifier)",
      name: 'Name of the body as written in the original (Chinese)',
      name_en: "Name of the body in English (this site's unofficial translation); empty where there is none",
      full_name: 'Full name (Chinese), only where certain, otherwise empty',
      kind: 'Kind of body: provincial-department, central-branch (central government branch in Shanxi), central-enterprise (company of a central state-owned enterprise), cooperative (supply and marketing cooperative), public-institution, zone-administration, party-office, leading-group, city-governments (the city governments)',
      aliases: 'Other spellings in the original, separated by "|"',
      lead_measures: 'Numbers of the measures it leads, separated by "|"',
      responsible_measures: 'Numbers of the measures it is responsible for, separated by "|"',
      cooperate_measures: 'Numbers of the measures it supports, separated by "|"',
    },
  },
  responsibilities: {
    title: 'Responsibilities',
    description:
      'Which body does what in which measure: one "measure – body – role" per row, in the order of the parenthesis.',
    columns: {
      measure: 'Measure number',
      position: 'Position in the responsibility parenthesis, from 1',
      agency: 'Agency id (see agencies.csv)',
      name: "The body's name as written in this measure (Chinese)",
      role: 'Role: lead, responsible, cooperate (a body that "leads and is responsible" has two rows)',
      role_label: 'The role in Chinese',
    },
  },
  sentences: {
    title: 'Sentences',
    description:
      'Every sentence of every measure, one per row, with a link that opens that sentence (the same rows are in sentences.json).',
    columns: {
      measure: 'Measure number',
      sentence: 'Sentence number: sentence 1 is the title sentence (page anchors #s1, #s2…)',
      text: 'The sentence as published, in Chinese (the responsibility parenthesis is not part of it; see measures.csv)',
      url: "Full address of the sentence on this site (with the sentence's anchor)",
    },
  },
  targets: {
    title: 'Quantified targets',
    description:
      'Every quantified target of the plan, with the words of the original and the sentence they come from. Indicator names are editorial summaries.',
    columns: {
      id: 'Target id (editorial)',
      measure: 'Number of the measure it is in; empty outside the measures (such as part one, general requirements)',
      part: 'Number of the part, only when the target is not in a measure',
      sentence: "Sentence number: a measure's sentence 1 is its title sentence (page anchors #s1, #s2…)",
      source: "Full address of the sentence on this site (with the sentence's anchor)",
      sentence_text: 'The sentence as published (Chinese)',
      quote: 'The words of the original that state the target (Chinese)',
      indicator: 'Indicator (editorial summary in Chinese, not the original)',
      figure:
        'The figure as written in the original (Chinese), such as 7.5, 3-5 or an ordinal ("fourth"); empty for targets without a figure',
      value: 'The value (the lower bound of a range; "fourth" is 4); empty for targets without a figure',
      value_max: 'Upper bound of a range; the same as value otherwise',
      unit: 'Unit as written in the original (Chinese), such as % or 100 million yuan',
      goal: 'For a target without a figure, the state to reach (words of the original); empty when there is a figure',
      comparators:
        'Qualifiers of the original in Chinese (strive to, reach, or more, about, or less…), separated by "|"',
      deadline: 'The deadline given in the original (Chinese), such as the end of 2022; empty when none is given',
      agencies: 'Ids of the leading and responsible bodies, separated by "|" (from the responsibility parenthesis)',
      agency_names: 'Names of the leading and responsible bodies (Chinese), separated by "|"',
      note: 'Editorial note (Chinese)',
    },
  },
  outcomes: {
    title: 'Outcomes and evidence',
    description: (f) =>
      `What became of the plan's commitments: one row for each of ${f.targetOutcomes} quantified targets and ${f.measureOutcomes} measures, with the public source, its date and the quoted words; where no evidence was found, the search terms tried (the same rows are in outcomes.json).`,
    columns: {
      kind: 'target (a quantified target) or measure',
      ref: 'Target id (the id of targets.csv) or measure number',
      status:
        'Targets: met, partly-met, not-met, no-comparable-figure (computed by the build from the two figures); measures: evidence-of-action; both may be no-evidence-found',
      figure: 'The actual figure in the source (targets only)',
      unit: 'Unit of the actual figure',
      period: 'Period of the actual figure',
      comparability: 'Comparability note (editorial): how the figure differs from the target',
      action: 'Measures: the action the source shows happened (editorial summary)',
      source_url: 'Address of the source page (a stored copy of a public page was read)',
      source_publisher:
        'Publisher of the source page; for a reprint the original publisher is in source_original_publisher',
      source_original_publisher: 'For a reprint, who first published the figure or fact',
      source_published: 'Publication date of the source',
      source_title: 'Title of the source',
      quote: 'The shortest quote of the source that holds the figure or fact',
      queries: 'Search terms tried when no evidence was found (separated by |)',
      checked: 'Date this record was last checked',
      page: 'The page of this site that shows the record',
    },
  },
  relief: {
    title: 'Business support',
    description:
      'Editorial classification of the support the measures offer businesses: kind of support, industries and kinds of firm named, the sentence it rests on, the bodies to ask.',
    columns: {
      id: 'Classification id (editorial)',
      measure: 'Measure number',
      measure_title: 'Measure title (Chinese)',
      support: (f) => `Kind of support: ${f.supportTypes.join(', ')}`,
      support_label: 'The kind of support in Chinese (editorial classification)',
      sentence: 'Number of the sentence it rests on (page anchor #sN)',
      source: "Full address of that sentence on this site (with the sentence's anchor)",
      sentence_text: 'That sentence as published (Chinese)',
      quote: 'The words of that sentence that offer the support (Chinese)',
      amount: 'The amount stated in the original, otherwise empty',
      recipient: 'Who benefits when it is not the applying firm itself (words of the original), otherwise empty',
      industries: 'Ids of the industries the original names, separated by "|"; empty when the original names none',
      industry_labels: 'The industries in Chinese',
      firms: (f) => `Ids of the kinds of firm the original names (${f.firmTypes.join(', ')}), separated by "|"`,
      firm_labels: 'The kinds of firm in Chinese',
      directness:
        'direct (reaches firms directly), channel (through banks and other intermediaries), framework (a policy framework or cultivation) — editorial judgement',
      directness_label: 'The directness in Chinese',
      contacts: 'Ids of the bodies to ask (the leading and responsible bodies of the measure), separated by "|"',
      contact_names: 'Names of the bodies to ask (Chinese)',
      note: 'Editorial note (Chinese)',
    },
  },
};
