/** Words of the full text (/en/plan/) and a part's page (/en/parts/N/) (English). */
import type { FullTextText } from '../zh/full-text';
import { UNOFFICIAL } from '../../i18n';

export const fullText: FullTextText = {
  title: (title) => `Full text: ${title}`,
  description: (title, number, n) =>
    `${title} (${number}), the full text in English: notice, general requirements, ${n} measures and distribution list, with an anchor for every part, sector and measure. ${UNOFFICIAL}`,
  toc: 'Contents',
  notice: 'Notice',
  plan: 'Action plan',
  copyTo: 'Copied to',
  open: (n) => `Open the page of measure ${n}`,
  printFrom: (url) =>
    `This text is from ${url}, an unofficial English translation of the text published by the General Office of the Shanxi Provincial People's Government. ${UNOFFICIAL}`,
  officialLabel: 'This is an unofficial English translation. Official Chinese text',
  spaced: true,
  partCount: (n) => `This part has ${n} measures.`,
  filterPart: 'Filter the measure list by this part',
};
