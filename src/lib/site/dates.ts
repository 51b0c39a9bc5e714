/** Dates as the site prints them: in the document's Chinese form, ISO, and English. Pure; runs in the browser too. */

/** A date as printed in the document: 2022年4月14日 (UTC calendar date). */
export function cnDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** ISO calendar date, 2022-04-14. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The English month names, January first (dates in English, and the translation check of months). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date in English: April 14, 2022 (UTC calendar date). */
export function enDate(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}
