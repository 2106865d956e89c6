import { readXlsx } from './xlsx-reader';

// exceljs is a new dependency; where it is not installed yet, say so instead of failing.
const hasExceljs = (() => {
  try {
    require.resolve('exceljs');
    return true;
  } catch {
    return false;
  }
})();
const describeXlsx = hasExceljs ? describe : describe.skip;
if (!hasExceljs) console.warn('xlsx-reader.spec skipped: exceljs is not installed (npm install)');

describeXlsx('readXlsx', () => {
  it('reads the first sheet as text rows with spreadsheet row numbers; dates become YYYY-MM-DD', async () => {
    const ExcelJS = require('exceljs') as typeof import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('村民');
    sheet.addRow(['姓名', '出生日期', '身份证号']);
    sheet.addRow([]);
    sheet.addRow(['张三', new Date(Date.UTC(1980, 0, 2)), '11010519491231002X']);
    sheet.addRow([{ richText: [{ text: '李' }, { text: '四' }] }, '1990-05-06', 12345]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await readXlsx(buffer)).toEqual([
      { row: 1, cells: ['姓名', '出生日期', '身份证号'] },
      { row: 3, cells: ['张三', '1980-01-02', '11010519491231002X'] },
      { row: 4, cells: ['李四', '1990-05-06', '12345'] },
    ]);
  });

  it('refuses something that is not a workbook', async () => {
    await expect(readXlsx(Buffer.from('not a zip'))).rejects.toThrow('无法读取 XLSX');
  });
});
