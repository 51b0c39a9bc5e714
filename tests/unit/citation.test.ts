import { describe, expect, it } from 'vitest';
import {
  bibKey,
  citeFormats,
  citeSourceOf,
  citeUrl,
  cnIsoDate,
  formatCitation,
  localIsoDate,
  quotedText,
  type CiteSource,
} from '../../src/lib/citation/citation';

const OFFICIAL = 'http://swt.shanxi.gov.cn/ztzl/scztbzzl/202211/t20221117_7445956.shtml';
const doc = {
  title: '山西省推进服务业提质增效2022年行动计划',
  docNumber: '晋政办发〔2022〕35号',
  issuer: '山西省人民政府办公厅',
  signed: '2022-04-14',
  official: { url: OFFICIAL, site: '山西省商务厅网站', published: '2022-04-22' },
  siteName: 'Plan Explorer',
};
const SENTENCES = [
  '完善寄递末端网络。',
  '加快邮政、快递末端基础设施建设，纳入城镇老旧小区改造工作体系。',
  '鼓励邮政快递企业和社会第三方企业共同建设末端综合服务场所……。',
];
const measure: CiteSource = {
  ...doc,
  url: 'https://example.org/sub/measures/14/',
  measure: 14,
  measureTitle: '完善寄递末端网络',
  sentences: SENTENCES,
};
const sentence: CiteSource = { ...measure, sentence: 3 };
const ACCESSED = '2026-11-27';

describe('cite the official document (GB/T 7714-2015 [EB/OL])', () => {
  it('names the issuer, the official address and its publication date 2022-04-22, not this site', () => {
    expect(formatCitation('official', measure, ACCESSED)).toBe(
      `山西省人民政府办公厅. 山西省推进服务业提质增效2022年行动计划（晋政办发〔2022〕35号）: 第14条 完善寄递末端网络[EB/OL]. (2022-04-22)[2026-11-27]. ${OFFICIAL}.`,
    );
  });
  it('keeps the sentence in the locator; the official page has no sentence anchors', () => {
    const t = formatCitation('official', sentence, ACCESSED);
    expect(t).toContain(': 第14条第3句 完善寄递末端网络[EB/OL]');
    expect(t.endsWith(`${OFFICIAL}.`)).toBe(true);
    expect(t).not.toContain('example.org');
  });
  it('is not offered when no official publication is known', () => {
    const { official: _o, ...noOfficial } = measure;
    expect(citeFormats(noOfficial)).not.toContain('official');
    expect(citeFormats(measure)).toEqual(['official', 'plain', 'gbt7714', 'markdown', 'bibtex', 'quote']);
  });
});

describe('cite this page: the site as an unofficial edition, never as the issuer', () => {
  it('plain Chinese: the plan, the article, the number, the site as 非官方整理版, the URL, the access date and the official address', () => {
    expect(formatCitation('plain', measure, ACCESSED)).toBe(
      `《山西省推进服务业提质增效2022年行动计划》第14条，晋政办发〔2022〕35号。Plan Explorer非官方整理版：https://example.org/sub/measures/14/（2026年11月27日访问）；官方发布：${OFFICIAL}（2022年4月22日发布）。`,
    );
  });
  it('points at a sentence with its anchor', () => {
    expect(formatCitation('plain', sentence, ACCESSED)).toContain(
      '》第14条第3句，晋政办发〔2022〕35号。Plan Explorer非官方整理版：https://example.org/sub/measures/14/#s3（',
    );
  });
  it('GB/T 7714: the site is the author and the title says unofficial edition', () => {
    expect(formatCitation('gbt7714', measure, ACCESSED)).toBe(
      'Plan Explorer. 山西省推进服务业提质增效2022年行动计划（晋政办发〔2022〕35号）: 第14条 完善寄递末端网络（非官方整理版）[EB/OL]. [2026-11-27]. https://example.org/sub/measures/14/.',
    );
    expect(formatCitation('gbt7714', measure, ACCESSED).startsWith('山西省人民政府办公厅')).toBe(false);
  });
  it('Markdown: a link whose text names the article, with the official publication linked', () => {
    expect(formatCitation('markdown', sentence, ACCESSED)).toBe(
      `[《山西省推进服务业提质增效2022年行动计划》第14条第3句：完善寄递末端网络](https://example.org/sub/measures/14/#s3)（晋政办发〔2022〕35号，Plan Explorer非官方整理版，访问日期：2026-11-27；[官方发布](${OFFICIAL})）`,
    );
    expect(formatCitation('markdown', { ...measure, measureTitle: 'a[b]' }, ACCESSED)).toContain('：a\\[b\\]](');
  });
});

describe('BibTeX', () => {
  const bib = formatCitation('bibtex', sentence, ACCESSED);
  it('is one @misc entry with an ASCII key and balanced braces', () => {
    expect(bib.startsWith('@misc{shanxi-2022-35-m14-s3,\n')).toBe(true);
    expect(bib.endsWith('\n}')).toBe(true);
    const depth = [...bib].reduce((d, c) => d + (c === '{' ? 1 : c === '}' ? -1 : 0), 0);
    expect(depth).toBe(0);
  });
  it('names the site as author and the issuer and official address in the note', () => {
    expect(bib).toContain('  author = {{Plan Explorer}},');
    expect(bib).toContain('  url = {https://example.org/sub/measures/14/#s3},');
    expect(bib).toContain('  urldate = {2026-11-27},');
    expect(bib).toContain(
      `非官方整理版。原文：山西省人民政府办公厅，晋政办发〔2022〕35号，2022-04-14；官方发布：${OFFICIAL}。`,
    );
  });
  it('escapes braces in text fields', () => {
    expect(formatCitation('bibtex', { ...measure, measureTitle: '{x}' }, ACCESSED)).toContain('\\{x\\}');
  });
  it('keys the document and a measure differently', () => {
    expect(bibKey({ ...doc, url: 'u' })).toBe('shanxi-2022-35');
    expect(bibKey(measure)).toBe('shanxi-2022-35-m14');
  });
});

describe('quote + citation', () => {
  it('quotes the sentence in the URL, then says where it comes from', () => {
    expect(formatCitation('quote', { ...measure, sentence: 2 }, ACCESSED)).toBe(
      `“加快邮政、快递末端基础设施建设，纳入城镇老旧小区改造工作体系。”——《山西省推进服务业提质增效2022年行动计划》第14条第2句（晋政办发〔2022〕35号）。官方发布：${OFFICIAL}（2022年4月22日发布）；Plan Explorer非官方整理版：https://example.org/sub/measures/14/#s2（2026年11月27日访问）。`,
    );
  });
  it('quotes the whole measure when no sentence is chosen', () => {
    expect(quotedText(measure)).toBe(SENTENCES.join(''));
    expect(citeFormats({ ...doc, url: 'u' })).not.toContain('quote');
  });
});

describe('sources and dates', () => {
  it('builds the source of a measure from the document, first official source first', () => {
    const src = citeSourceOf(
      {
        title: doc.title,
        number: doc.docNumber,
        issuer: doc.issuer,
        signed: new Date('2022-04-14'),
        officialSources: [{ url: OFFICIAL, site: '山西省商务厅网站', published: new Date('2022-04-22') }],
      },
      'https://example.org/measures/14/',
      { number: 14, title: '完善寄递末端网络', sentences: SENTENCES },
    );
    expect(src).toEqual({ ...measure, url: 'https://example.org/measures/14/' });
  });
  it('refuses an access date that is not YYYY-MM-DD', () => {
    expect(() => formatCitation('plain', measure, '27/11/2026')).toThrow(/YYYY-MM-DD/u);
  });
  it('formats dates', () => {
    expect(cnIsoDate('2022-04-04')).toBe('2022年4月4日');
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
  it('replaces a fragment already in the URL', () => {
    expect(citeUrl({ ...sentence, url: 'https://example.org/measures/14/#s9' })).toBe(
      'https://example.org/measures/14/#s3',
    );
    expect(citeUrl({ ...measure, url: 'https://example.org/measures/14/#s9' })).toBe(
      'https://example.org/measures/14/',
    );
  });
});
