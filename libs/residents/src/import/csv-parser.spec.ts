import { parseCsv, SheetFormatError } from './csv-parser';

describe('parseCsv', () => {
  it('splits plain records and numbers them like spreadsheet rows', () => {
    expect(parseCsv('a,b\r\nc,d\n')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['c', 'd'] },
    ]);
  });

  it('strips a UTF-8 BOM and handles a last line without a line end', () => {
    expect(parseCsv('\uFEFF姓名,性别\n张三,男')).toEqual([
      { row: 1, cells: ['姓名', '性别'] },
      { row: 2, cells: ['张三', '男'] },
    ]);
  });

  it('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
    expect(parseCsv('"a,1","say ""hi""","two\nlines"\nx,,""')).toEqual([
      { row: 1, cells: ['a,1', 'say "hi"', 'two\nlines'] },
      { row: 2, cells: ['x', '', ''] },
    ]);
  });

  it('drops empty records but keeps the numbering of later rows', () => {
    expect(parseCsv('h\n\n,\nv\n')).toEqual([
      { row: 1, cells: ['h'] },
      { row: 4, cells: ['v'] },
    ]);
  });

  it('refuses an unclosed quote and text after a closing quote', () => {
    expect(() => parseCsv('a\n"b,c')).toThrow(SheetFormatError);
    expect(() => parseCsv('"a"b,c')).toThrow('第 1 行');
  });
});
