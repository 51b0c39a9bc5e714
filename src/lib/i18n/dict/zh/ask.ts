/**
 * Whom to ask and when the plan applied, in Chinese: the dates notice (src/components/DatesNotice.astro) and the
 * "how to ask" line (src/components/HowToAsk.astro) of the relief cards and measure pages.
 */
import type { Role } from '../../../model/model';
import { ROLE_LABELS } from '../../../model/responsibility';
import { HOTLINE } from '../../../editorial/contacts';
import { cnDate } from '../../../site/dates';

export interface AskText {
  /** The dates notice: the plan's year, its signing date as the edition writes dates. */
  dates: (year: number, signed: Date) => string;
  /** The link to the explanation of the dates (/about/#dates, in Chinese). */
  datesLink: string;
  label: string;
  first: string;
  /** Opens the bracket after the body to ask first: its role in this measure. */
  role: (role: Role) => string;
  close: string;
  website: string;
  end: string;
  /** Around the hotline's number. */
  hotline: [string, string];
}

export const ask: AskText = {
  dates: (year, signed) =>
    `这是${year}年度的行动计划（${cnDate(signed)}签发）。其中的措施为${year}年而定，可能已经到期、调整或被新的政策取代；办理前请向主管单位咨询，或拨打${HOTLINE.name}核实现行政策。`,
  datesLink: '关于日期的说明',
  label: '怎么问：',
  first: '先问',
  role: (role) => `（本条${ROLE_LABELS[role]}单位`,
  close: '）',
  website: '，官网',
  end: '；',
  hotline: ['也可拨打', '政务服务便民热线咨询。'],
};
