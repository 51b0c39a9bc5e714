import { describe, expect, it } from 'vitest';
import { chunksFor, parseUnicodeRange, titleSize, cardTree, cardChars } from '../../src/lib/publishing/share-card';

describe('share cards', () => {
  it('reads CSS unicode-range lists, single code points and ranges', () => {
    expect(parseUnicodeRange('U+4e00-4e3f,U+ff0c, U+2014')).toEqual([
      [0x4e00, 0x4e3f],
      [0xff0c, 0xff0c],
      [0x2014, 0x2014],
    ]);
    expect(() => parseUnicodeRange('U+4e00,bogus')).toThrow(/"bogus"/u);
  });

  it('loads only the font chunks that hold the text, and names characters no chunk has', () => {
    const chunks = { '[1]': 'U+4e00-4e3f', '[2]': 'U+5000-50ff', latin: 'U+0000-00ff' };
    expect(chunksFor('一丁 A', chunks)).toEqual({ chunks: ['[1]', 'latin'], missing: [] });
    expect(chunksFor('一☃', chunks)).toEqual({ chunks: ['[1]'], missing: ['☃'] });
  });

  it('sets a measure title larger than the plan name, and puts every line of text on the card', () => {
    expect(titleSize('形成工作合力')).toBeGreaterThan(titleSize('《山西省推进服务业提质增效2022年行动计划》'));
    const text = {
      kicker: '晋政办发〔2022〕35号 · 第66条',
      title: '形成工作合力',
      subtitle: '《计划》',
      footer: 'Plan Explorer',
    };
    const json = JSON.stringify(cardTree(text, 'F'));
    for (const s of Object.values(text)) expect(json).toContain(JSON.stringify(s));
    expect(cardChars(text)).toContain('第66条');
  });
});
