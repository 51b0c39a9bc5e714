/** The about page's words around its prose (content/pages/en/about.md holds the prose itself), in English. */
import type { AboutText } from '../zh/about';

export const about: AboutText = {
  officialSource: 'The original on an official website',
  corrections: {
    caption: 'Every correction',
    columns: { description: 'Correction', from: 'Extracted text', to: 'Corrected to', reason: 'Reason' },
    breaksFrom: 'line breaks, spaces at page starts',
    breaksTo: 'continuous text',
  },
  published: (site, date) => `; the page on ${site} gives ${date} as its publication date`,
  untranslated: (numbers) => (numbers.length ? `; not yet translated (shown in Chinese): ${numbers.join(', ')}` : ''),
};
