import { ImportFormat } from './dto/import-residents.input';
import { MAX_IMPORT_ROWS, readSheet } from './read-sheet';

const HEADER = '姓名,性别,出生日期,身份证号';
const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

describe('readSheet limits', () => {
  it('refuses more than the row limit and more than 2 MB, saying so', async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `人${i},男,1980-01-01,x`);
    await expect(readSheet(ImportFormat.CSV, b64([HEADER, ...rows].join('\n')))).rejects.toThrow(
      '数据行超过 5000 行',
    );
    await expect(readSheet(ImportFormat.CSV, 'A'.repeat(3 * 1024 * 1024))).rejects.toThrow('文件超过 2 MB');
  });

  it('refuses CSV that is not UTF-8 and content that is not base64', async () => {
    await expect(readSheet(ImportFormat.CSV, b64(Buffer.from([0xd0, 0xd5, 0xc3, 0xfb])))).rejects.toThrow(
      'UTF-8',
    );
    await expect(readSheet(ImportFormat.CSV, '不是base64')).rejects.toThrow('base64');
  });

  it('accepts exactly the row limit', async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => `人${i},男,1980-01-01,x`);
    expect(await readSheet(ImportFormat.CSV, b64([HEADER, ...rows].join('\n')))).toHaveLength(
      MAX_IMPORT_ROWS,
    );
  });
});
