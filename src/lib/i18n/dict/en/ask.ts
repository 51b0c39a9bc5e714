/** Whom to ask and when the plan applied, in English; same keys as ../zh/ask.ts. */
import type { AskText } from '../zh/ask';
import type { Role } from '../../../model/model';
import { HOTLINE } from '../../../editorial/contacts';
import { enDate } from '../../../site/dates';

const ROLE: Record<Role, string> = {
  lead: 'lead',
  responsible: 'responsible',
  cooperate: 'cooperating',
};

// the dates sentence ends with a space: the link to the explanation follows it (the Chinese needs none)
export const ask: AskText = {
  dates: (year, signed) =>
    `This is the action plan for ${year} (signed ${enDate(signed)}). Its measures were set for that year and may have ended, changed or been replaced; check the current policy with the responsible body or the ${HOTLINE.number} government service hotline (in Chinese). `,
  datesLink: 'About the dates (in Chinese)',
  label: 'Whom to ask: ',
  first: 'first ',
  role: (role) => ` (the ${ROLE[role]} body of this measure`,
  close: ')',
  website: ', website',
  end: '; ',
  hotline: ['or call the ', ' government service hotline (in Chinese).'],
};
