/**
 * English words for English search: tokens with their places, Porter stems (the `stemmer` package),
 * function words, and the small table of everyday words → the translation's own wording.
 * Used at build time (tests of the table) and in the browser (the English engine).
 */
import { stemmer } from 'stemmer';

export interface Token {
  /** Stem of the lower-cased word. */
  stem: string;
  /** Character range in the text. */
  i: number;
  j: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of an English text with their stems and places; markup of marked Chinese terms is not text. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (/\p{Script=Han}/u.test(w)) continue;
    out.push({ stem: stem(w), i: m.index, j: m.index + m[0].length });
  }
  return out;
}

/** The Porter stem of one lower-case word (elderly → elderli, services → servic); numbers as they are. */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/u, '');
  return /^[a-z]+$/u.test(w) && w.length > 2 ? stemmer(w) : w;
}

/** English function words and ways of asking: not topics (kept out of queries, not out of the text). */
export const EN_STOPWORDS = new Set(
  (
    'a an the and or of for to in on at by with from into about as is are was be been being it its this that these those ' +
    'what which who whom how why when where does do did can could will would should shall may might must any some there ' +
    'i me my we our you your they them their he she his her not no yes if than then so such also more most very ' +
    'plan plans shanxi province provincial policy policies measure measures get got has have having'
  ).split(' '),
);

/**
 * Everyday English → the translation's wording. Each key is what people type (one word or a phrase);
 * each value lists words or phrases the translation uses (a test checks that every one occurs).
 * Derived, editorial: add an entry only with the translation's sentence that it rests on.
 */
export const EN_SYNONYMS: Record<string, string[]> = {
  elderly: ['elderly', 'older people', 'very old', 'aged'],
  senior: ['elderly', 'older people'],
  seniors: ['elderly', 'older people'],
  aged: ['elderly', 'aged'],
  'aged care': ['elderly care'],
  'senior care': ['elderly care'],
  'old people': ['elderly', 'older people'],
  'old age': ['elderly', 'older people'],
  'nursing home': ['elderly care service institutions', 'elderly care beds'],
  'nursing homes': ['elderly care service institutions', 'elderly care beds'],
  childcare: ['childcare', 'infants and young children'],
  'child care': ['childcare', 'infants and young children'],
  nursery: ['childcare', 'nursery'],
  nurseries: ['childcare', 'nursery'],
  daycare: ['childcare', 'nursery'],
  kids: ['children'],
  babies: ['infants'],
  baby: ['infants'],
  toddlers: ['infants and young children', 'childcare'],
  sme: ['small and medium-sized', 'small and micro'],
  smes: ['small and medium-sized', 'small and micro'],
  msme: ['micro, small and medium-sized'],
  msmes: ['micro, small and medium-sized'],
  'small business': ['small and micro', 'small and medium-sized', 'small businesses'],
  'small businesses': ['small and micro', 'small and medium-sized', 'small businesses'],
  'small firms': ['small and micro', 'small and medium-sized'],
  startups: ['entrepreneurship'],
  startup: ['entrepreneurship'],
  covid: ['epidemic'],
  'covid-19': ['epidemic'],
  coronavirus: ['epidemic'],
  pandemic: ['epidemic'],
  'hit by': ['affected by'],
  airlines: ['civil aviation', 'airlines'],
  airline: ['civil aviation', 'airlines'],
  trucking: ['road, waterway and railway transport', 'freight'],
  truckers: ['road, waterway and railway transport', 'freight'],
  payroll: ['job-stabilization'],
  'keep staff': ['job-stabilization'],
  'paid out': ['disbursement', 'payment'],
  quickly: ['rapid'],
  restaurant: ['catering'],
  restaurants: ['catering'],
  hotels: ['accommodation'],
  hotel: ['accommodation'],
  parcel: ['express delivery'],
  parcels: ['express delivery'],
  courier: ['express delivery'],
  couriers: ['express delivery'],
  loan: ['loans', 'credit', 'financing'],
  loans: ['loans', 'credit', 'financing'],
  lending: ['loans', 'credit'],
  taxes: ['tax'],
  rent: ['rent'],
  housing: ['housing'],
  mortgage: ['housing provident fund', 'housing loans'],
  'provident fund': ['provident fund'],
  'minimum wage': ['minimum wage'],
  skiing: ['ice and snow'],
  ski: ['ice and snow'],
  'winter sports': ['ice and snow'],
  ecommerce: ['e-commerce'],
  'online shopping': ['e-commerce', 'online'],
  'second-hand cars': ['used-car'],
  'second hand cars': ['used-car'],
  maids: ['domestic'],
  housekeeping: ['domestic', 'household services'],
  'domestic help': ['domestic', 'household services'],
  ipo: ['listing', 'listed'],
  ipos: ['listing', 'listed'],
  stadiums: ['sports venues'],
  gyms: ['sports venues', 'fitness'],
  gym: ['sports venues', 'fitness'],
  esg: ['green'],
  'climate finance': ['green finance'],
  tourists: ['tourism', 'tourist'],
  travel: ['tourism', 'travel'],
  shipping: ['logistics', 'freight'],
  trucks: ['freight'],
  '5g': ['5g'],
};

/** Generic words (support, help): they weigh little and never make a full match alone (as GENERIC in ./stopwords). */
export const EN_GENERIC = new Set('support supports help helps assistance'.split(' '));
