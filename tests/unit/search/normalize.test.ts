/** src/lib/search/engine/normalize: what was typed becomes a query and terms. */
import { describe, expect, it } from 'vitest';
import {
  askedNumber,
  MAX_QUERY,
  normalizeQuery,
  parseNumeral,
  splitTerms,
} from '../../../src/lib/search/engine/normalize';

describe('normalize', () => {
  it('reads Chinese numerals', () => {
    expect(parseNumeral('十二')).toBe(12);
    expect(parseNumeral('六十六')).toBe(66);
    expect(parseNumeral('一百零五')).toBe(105);
    expect(parseNumeral('十万')).toBeNaN();
  });

  it('folds full-width letters and digits, keeps ranges and decimals, drops other punctuation', () => {
    expect(normalizeQuery('５Ｇ应用')).toBe('5g应用');
    expect(normalizeQuery('“民航”——纾困！')).toBe('民航 纾困');
    expect(normalizeQuery('3～5年')).toBe('3-5年');
    expect(normalizeQuery('0.5个百分点')).toBe('0.5个百分点');
  });

  it('maps traditional characters through the table it is given', () => {
    expect(normalizeQuery('養老', new Map([['養', '养']]))).toBe('养老');
  });

  it('cuts a pasted page to the longest query looked at', () => {
    expect(Array.from(normalizeQuery('养'.repeat(500))).length).toBe(MAX_QUERY);
  });

  it('asks for a measure only in the forms people use for numbers', () => {
    expect(askedNumber('第十二条')).toBe(12);
    expect(askedNumber('12')).toBe(12);
    expect(askedNumber('十二')).toBeUndefined();
    expect(askedNumber('12条措施')).toBeUndefined();
  });

  it('splits terms on spaces and where Han meets Latin letters, without repeats', () => {
    expect(splitTerms('养老 jiazheng服务 养老')).toEqual(['养老', 'jiazheng', '服务']);
  });
});
