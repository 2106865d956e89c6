import { ImportFormat } from './dto/import-residents.input';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, readSheet } from './read-sheet';

const HEADER = '姓名,性别,出生日期,身份证号';
const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

describe('readSheet limits', () => {
  it('refuses more than the row limit and a file whose base64 would not fit the 3 MB body, saying so', async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => `甲,男,1980-1-1,x`);
    await expect(readSheet(ImportFormat.CSV, b64([HEADER, ...rows].join('\n')))).rejects.toThrow(
      '数据行超过 50000 行',
    );
    expect(MAX_IMPORT_BYTES).toBe(2_347_008);
    await expect(readSheet(ImportFormat.CSV, 'A'.repeat(3 * 1024 * 1024))).rejects.toThrow(
      '文件超过 2.24 MB',
    );
    await expect(readSheet(ImportFormat.CSV, b64(Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x41)))).rejects.toThrow(
      '文件超过 2.24 MB',
    );
  });

  it('refuses CSV that is not UTF-8 and content that is not base64', async () => {
    await expect(readSheet(ImportFormat.CSV, b64(Buffer.from([0xd0, 0xd5, 0xc3, 0xfb])))).rejects.toThrow(
      'UTF-8',
    );
    await expect(readSheet(ImportFormat.CSV, '不是base64')).rejects.toThrow('base64');
  });

  it('accepts exactly the row limit', async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, () => `甲,男,1980-1-1,x`);
    expect(await readSheet(ImportFormat.CSV, b64([HEADER, ...rows].join('\n')))).toHaveLength(
      MAX_IMPORT_ROWS,
    );
  });
});
