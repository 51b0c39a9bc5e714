import { describe, expect, it } from 'vitest';
import { BOM, parseCsv, parseCsvObjects, toCsv } from '../../src/lib/publishing/csv';

describe('toCsv', () => {
  it('starts with a BOM, ends every row with CRLF and leaves plain fields unquoted', () => {
    const csv = toCsv(['number', 'title'], [[14, '完善寄递末端网络']]);
    expect(csv).toBe(`${BOM}number,title\r\n14,完善寄递末端网络\r\n`);
  });

  it('quotes fields with commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    const csv = toCsv(['a', 'b', 'c'], [['x,y', '说“好”的"引号"', 'line1\nline2']]);
    expect(csv).toBe(`${BOM}a,b,c\r\n"x,y","说“好”的""引号""","line1\nline2"\r\n`);
  });

  it('writes null and undefined as empty fields', () => {
    expect(toCsv(['a', 'b'], [[null, undefined]])).toBe(`${BOM}a,b\r\n,\r\n`);
  });

  it('refuses a row whose length differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['only one']])).toThrow(/row 1 has 1 fields, the header has 2/);
  });
});

describe('parseCsv', () => {
  it('reads back exactly what toCsv wrote, however awkward the values', () => {
    const rows = [
      ['（省邮政管理局牵头，省商务厅配合）', '2∶2∶4∶2', ''],
      ['"quoted"', 'a\r\nb', ',,,'],
      [' leading space', '尾部空格 ', '|'],
    ];
    const parsed = parseCsv(toCsv(['x', 'y', 'z'], rows));
    expect(parsed).toEqual([['x', 'y', 'z'], ...rows]);
  });

  it('reads a file written by hand with LF line ends and no BOM', () => {
    expect(parseCsv('a,b\n1,"x ""y"""\n')).toEqual([
      ['a', 'b'],
      ['1', 'x "y"'],
    ]);
  });

  it('fails on an unterminated quote rather than guessing', () => {
    expect(() => parseCsv('a\n"open')).toThrow(/unterminated/);
  });

  it('parses objects keyed by header and rejects ragged rows', () => {
    expect(parseCsvObjects(toCsv(['id', 'name'], [['tax', '省税务局']]))).toEqual([{ id: 'tax', name: '省税务局' }]);
    expect(() => parseCsvObjects('a,b\r\n1\r\n')).toThrow(/row 2/);
  });
});
