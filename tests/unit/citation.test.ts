import { describe, expect, it } from 'vitest';
import { bibKey, citeUrl, cnIsoDate, formatCitation, localIsoDate, type CiteSource } from '../../src/lib/citation';

const doc = {
  title: '山西省推进服务业提质增效2022年行动计划',
  docNumber: '晋政办发〔2022〕35号',
  issuer: '山西省人民政府办公厅',
  signed: '2022-04-14',
};
const measure: CiteSource = { ...doc, url: 'https://example.org/sub/measures/14/', measure: 14, measureTitle: '完善寄递末端网络' };
const sentence: CiteSource = { ...measure, sentence: 3 };
const ACCESSED = '2026-11-27';

describe('plain Chinese reference', () => {
  it('names the plan, the article, the document number, the permanent URL and the access date', () => {
    expect(formatCitation('plain', measure, ACCESSED)).toBe(
      '《山西省推进服务业提质增效2022年行动计划》第14条，晋政办发〔2022〕35号，https://example.org/sub/measures/14/（2026年11月27日访问）。',
    );
  });
  it('points at a sentence with its anchor', () => {
    expect(formatCitation('plain', sentence, ACCESSED)).toBe(
      '《山西省推进服务业提质增效2022年行动计划》第14条第3句，晋政办发〔2022〕35号，https://example.org/sub/measures/14/#s3（2026年11月27日访问）。',
    );
  });
  it('cites the whole document when no measure is given', () => {
    expect(formatCitation('plain', { ...doc, url: 'https://example.org/plan/' }, ACCESSED)).toBe(
      '《山西省推进服务业提质增效2022年行动计划》，晋政办发〔2022〕35号，https://example.org/plan/（2026年11月27日访问）。',
    );
  });
});

describe('GB/T 7714-2015', () => {
  it('is an electronic resource [EB/OL] with publication date and citation date', () => {
    expect(formatCitation('gbt7714', measure, ACCESSED)).toBe(
      '山西省人民政府办公厅. 山西省推进服务业提质增效2022年行动计划（晋政办发〔2022〕35号）: 第14条 完善寄递末端网络[EB/OL]. (2022-04-14)[2026-11-27]. https://example.org/sub/measures/14/.',
    );
  });
  it('includes the sentence in locator and URL', () => {
    const t = formatCitation('gbt7714', sentence, ACCESSED);
    expect(t).toContain(': 第14条第3句 完善寄递末端网络[EB/OL]');
    expect(t.endsWith('https://example.org/sub/measures/14/#s3.')).toBe(true);
  });
});

describe('Markdown', () => {
  it('is a link whose text names the article', () => {
    expect(formatCitation('markdown', sentence, ACCESSED)).toBe(
      '[《山西省推进服务业提质增效2022年行动计划》第14条第3句：完善寄递末端网络](https://example.org/sub/measures/14/#s3)（晋政办发〔2022〕35号，访问日期：2026-11-27）',
    );
  });
  it('escapes square brackets in the link text', () => {
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
  it('carries author as a corporate name, URL with anchor and access date', () => {
    expect(bib).toContain('  author = {{山西省人民政府办公厅}},');
    expect(bib).toContain('  url = {https://example.org/sub/measures/14/#s3},');
    expect(bib).toContain('  urldate = {2026-11-27},');
    expect(bib).toContain('  year = {2022},');
  });
  it('escapes braces in text fields', () => {
    const t = formatCitation('bibtex', { ...measure, measureTitle: '{x}' }, ACCESSED);
    expect(t).toContain('\\{x\\}');
  });
  it('keys the document and a measure differently', () => {
    expect(bibKey({ ...doc, url: 'u' })).toBe('shanxi-2022-35');
    expect(bibKey(measure)).toBe('shanxi-2022-35-m14');
  });
});

describe('dates and URLs', () => {
  it('refuses an access date that is not YYYY-MM-DD', () => {
    expect(() => formatCitation('plain', measure, '27/11/2026')).toThrow(/YYYY-MM-DD/u);
  });
  it('formats dates', () => {
    expect(cnIsoDate('2022-04-04')).toBe('2022年4月4日');
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
  it('replaces a fragment already in the URL', () => {
    expect(citeUrl({ ...sentence, url: 'https://example.org/measures/14/#s9' })).toBe('https://example.org/measures/14/#s3');
    expect(citeUrl({ ...measure, url: 'https://example.org/measures/14/#s9' })).toBe('https://example.org/measures/14/');
  });
});
