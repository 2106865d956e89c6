import { SubjectType } from '@village/platform-common';
import { Gender } from '../residents/resident-status.enum';
import { parseCsv } from './csv-parser';
import { parseSheetDate, readImportRows } from './import-rows';

const HEADER = '姓名,性别,出生日期,身份证号,联系电话,户号,是否户主,网格,身份';

describe('readImportRows', () => {
  it('maps the Chinese columns and parses roles separated by commas or 、', () => {
    const [row] = readImportRows(
      parseCsv(
        `${HEADER}\n张三,男,1949-12-31,11010519491231002x,13800000000,H01,是,G1,"预备党员、村民代表,志愿者"`,
      ),
    );
    expect(row).toMatchObject({
      row: 2,
      name: '张三',
      gender: Gender.MALE,
      idNumber: '11010519491231002X',
      householdCode: 'H01',
      isHead: true,
      grid: 'G1',
      errors: [],
    });
    expect(row.roles).toEqual([
      { type: SubjectType.VILLAGER, probationary: false, startDate: null },
      { type: SubjectType.PARTY_MEMBER, probationary: true, startDate: null },
      { type: SubjectType.REPRESENTATIVE, probationary: false, startDate: null },
      { type: SubjectType.VOLUNTEER, probationary: false, startDate: null },
    ]);
  });

  it('collects every problem of a row under the column name', () => {
    const [row] = readImportRows(parseCsv(`${HEADER}\n,未知,1990-02-30,,abc,,是,,书记`));
    expect(row.errors).toEqual([
      '姓名：不能为空',
      '性别：应填“男”或“女”',
      '出生日期：应为真实日期（如 1966-05-07、1966/5/7、1966年5月7日）',
      '身份证号：不能为空',
      '联系电话：电话号码格式不正确',
      '是否户主：户主必须填写户号',
      expect.stringContaining('身份：无法识别“书记”'),
    ]);
  });

  it('refuses a file without the required headers or without data', () => {
    expect(() => readImportRows(parseCsv('姓名,性别\n张三,男'))).toThrow('表头缺少列：出生日期、身份证号');
    expect(() => readImportRows(parseCsv(HEADER))).toThrow('没有数据行');
  });

  it('accepts birth dates as Excel and people write them', () => {
    for (const text of [
      '1966-05-07',
      '1966-5-7',
      '1966/5/7',
      '1966/05/07',
      '1966.5.7',
      '1966年5月7日',
      '19660507',
    ]) {
      expect([text, parseSheetDate(text)]).toEqual([text, '1966-05-07']);
    }
    expect(parseSheetDate('1966/5/7 0:00:00')).toBe('1966-05-07'); // Excel's CSV export of a date cell
    expect(parseSheetDate('24234')).toBe('1966-05-07'); // an Excel serial day (a date cell without its format)
    expect(parseSheetDate('24234.5')).toBe('1966-05-07');
    expect(parseSheetDate('61')).toBe('1900-03-01');
    for (const bad of ['1966/2/30', '1966-13-01', '5/7/1966', '60', '1966', '', 'abc', '1966-5-7-1']) {
      expect([bad, parseSheetDate(bad)]).toEqual([bad, null]);
    }
    const [row] = readImportRows(parseCsv(`${HEADER}\n张三,男,1949/12/31,11010519491231002x,,,,,`));
    expect(row).toMatchObject({ birthDate: '1949-12-31', errors: [] });
  });

  it('reads a start date per role from 入党日期 and the “…起始日期” columns', () => {
    const header = `${HEADER},入党日期,村民代表起始日期,村民起始日期`;
    const [good, early, stray, bad] = readImportRows(
      parseCsv(
        [
          header,
          `甲,男,1949-12-31,x,,,,,"预备党员,村民代表",2020/7/1,2021-1-5,`,
          `乙,男,1949-12-31,x,,,,,党员,1940-01-01,,`,
          `丙,男,1949-12-31,x,,,,,,2020-07-01,2021-01-05,1950-1-1`,
          `丁,男,1949-12-31,x,,,,,党员,2020-02-30,,`,
        ].join('\n'),
      ),
    );
    expect(good.errors).toEqual([]);
    expect(good.roles).toEqual([
      { type: SubjectType.VILLAGER, probationary: false, startDate: null },
      { type: SubjectType.PARTY_MEMBER, probationary: true, startDate: '2020-07-01' },
      { type: SubjectType.REPRESENTATIVE, probationary: false, startDate: '2021-01-05' },
    ]);
    expect(early.errors).toEqual(['入党日期：不能早于出生日期']);
    expect(stray.errors).toEqual([
      '入党日期：身份中没有“党员”，不应填写',
      '村民代表起始日期：身份中没有“村民代表”，不应填写',
    ]);
    expect(stray.roles).toEqual([
      { type: SubjectType.VILLAGER, probationary: false, startDate: '1950-01-01' },
    ]);
    expect(bad.errors).toEqual([expect.stringContaining('入党日期：应为真实日期')]);
  });
});
