/** The glossary page's words (names and terms come from content/glossary.yaml), in English. */
import type { GlossaryText } from '../zh/glossary';
import { UNOFFICIAL } from '../../i18n';

export const glossary: GlossaryText = {
  title: 'Glossary',
  description: (title, number) =>
    `English renderings of the names and recurring terms of ${title} (${number}), with the Chinese beside each. ${UNOFFICIAL}`,
  intro: 'Every English name and recurring term this site uses for the plan, with the Chinese it renders.',
  renderings: {
    someOfficial: 'The renderings are this site’s own, except the agency names marked official.',
    noneOfficial: 'All renderings are this site’s own: none is an official English name.',
  },
  authoritative: 'The Chinese text is authoritative.',
  sectionsNav: 'Glossary sections',
  sections: {
    document: 'Document',
    roles: 'Roles',
    agencies: 'Responsible bodies',
    taskForces: 'Task forces',
    sectors: 'Sectors',
    parts: 'Parts',
    terms: 'Terms',
    conventions: 'Conventions',
  },
  headings: {
    document: 'The document',
    roles: 'Roles in a responsibility parenthesis',
    agencies: 'Responsible bodies',
    taskForces: 'Task forces',
    sectors: 'Sectors',
    parts: 'Parts',
    terms: 'Recurring terms',
    conventions: 'How the translation is written and checked',
  },
  document: { title: 'Title', number: 'Document number', notice: 'Notice', issuer: 'Issued by', header: 'Masthead' },
  rolesCaption: 'The three roles',
  columns: { english: 'English', chinese: 'Chinese', official: 'Official English name?', note: 'Note' },
  agenciesCaption: (n) => `${n} bodies: the name the plan uses, and the full name where known`,
  official: { yes: 'yes', no: 'no: this site’s rendering' },
  termsCaption: (n) => `${n} terms`,
};
