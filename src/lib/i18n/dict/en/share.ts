import type { ShareText } from '../zh/share';

export const share: ShareText = {
  footer: 'Plan Explorer · unofficial English edition',
  siteTitle: (title) => title,
  siteSubtitle: (issuer, n) => `${issuer} · ${n} measures: full text, search, citations`,
  measureKicker: (number, n) => `${number} · Measure ${n}`,
  measureSubtitle: (title) => title,
  siteAlt:
    'Shanxi Province 2022 Action Plan for Improving the Quality and Efficiency of the Service Industry (Jin Zheng Ban Fa [2022] No. 35), unofficial English edition',
  measureAlt: (number, n, title) => `${number}, Measure ${n}: ${title}`,
};
