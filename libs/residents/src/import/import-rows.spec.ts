import { SubjectType } from '@village/platform-common';
import { Gender } from '../residents/resident-status.enum';
import { parseCsv } from './csv-parser';
import { readImportRows } from './import-rows';

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
      gridCode: 'G1',
      errors: [],
    });
    expect(row.roles).toEqual([
      { type: SubjectType.VILLAGER, probationary: false },
      { type: SubjectType.PARTY_MEMBER, probationary: true },
      { type: SubjectType.REPRESENTATIVE, probationary: false },
      { type: SubjectType.VOLUNTEER, probationary: false },
    ]);
  });

  it('collects every problem of a row under the column name', () => {
    const [row] = readImportRows(parseCsv(`${HEADER}\n,未知,1990-02-30,,abc,,是,,书记`));
    expect(row.errors).toEqual([
      '姓名：不能为空',
      '性别：应填“男”或“女”',
      '出生日期：应为 YYYY-MM-DD 格式的真实日期',
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
});
