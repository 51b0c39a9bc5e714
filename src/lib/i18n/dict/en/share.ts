import type { ShareText } from '../zh/share';

export const share: ShareText = {
  footer: 'Plan Explorer · unofficial English edition',
  siteTitle: (title) => title,
  siteSubtitle: (issuer, n) => `${issuer} · ${n} measures: full text, search, citations`,
  measureKicker: (number, n) => `${number} · Measure ${n}`,
  measureSubtitle: (title) => title,
  siteAlt: (title, number) => `${title} (${number}), unofficial English edition`,
  measureAlt: (number, n, title) => `${number}, Measure ${n}: ${title}`,
};
