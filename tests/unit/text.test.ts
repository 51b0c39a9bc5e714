import { describe, expect, it } from 'vitest';
import { cnNumeral, splitSentences } from '../../src/lib/model/text';
import { cnDate } from '../../src/lib/site/dates';

describe('cnNumeral', () => {
  it('writes the numerals of parts and sectors', () => {
    expect([1, 5, 7, 10, 11, 14, 20, 66].map(cnNumeral)).toEqual([
      '一',
      '五',
      '七',
      '十',
      '十一',
      '十四',
      '二十',
      '六十六',
    ]);
  });
  it('refuses what it cannot write', () => {
    expect(() => cnNumeral(0)).toThrow(RangeError);
    expect(() => cnNumeral(1.5)).toThrow(RangeError);
  });
});

describe('cnDate', () => {
  it('prints a date the way the document does', () => {
    expect(cnDate(new Date('2022-04-14'))).toBe('2022年4月14日');
  });
});

describe('splitSentences', () => {
  it('splits at 。 and ； but not inside brackets or quotes', () => {
    const text = '引导企业按照“一控二降三提升”原则（适度控高度。降密度）开发。年底前推广；其后总结。';
    expect(splitSentences(text)).toEqual([
      '引导企业按照“一控二降三提升”原则（适度控高度。降密度）开发。',
      '年底前推广；',
      '其后总结。',
    ]);
  });
  it('keeps a trailing fragment and loses no character', () => {
    const text = '第一句。第二句没有句号';
    expect(splitSentences(text).join('')).toBe(text);
    expect(splitSentences(text)).toHaveLength(2);
  });
});
