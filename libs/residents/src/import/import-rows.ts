import { SubjectType } from '@village/platform-common';
import { isCalendarDate } from '../pii/id-number';
import { Gender } from '../residents/resident-status.enum';
import { SheetFormatError, type SheetRow } from './csv-parser';

/** The columns of the import file, by their Chinese headers. */
export const IMPORT_COLUMNS = {
  name: '姓名',
  gender: '性别',
  birthDate: '出生日期',
  idNumber: '身份证号',
  phone: '联系电话',
  householdCode: '户号',
  isHead: '是否户主',
  gridCode: '网格',
  roles: '身份',
} as const;

type Column = keyof typeof IMPORT_COLUMNS;
const REQUIRED: Column[] = ['name', 'gender', 'birthDate', 'idNumber'];

const ROLE_WORDS: Record<string, { type: SubjectType; probationary: boolean }> = {
  党员: { type: SubjectType.PARTY_MEMBER, probationary: false },
  预备党员: { type: SubjectType.PARTY_MEMBER, probationary: true },
  村民代表: { type: SubjectType.REPRESENTATIVE, probationary: false },
  村民: { type: SubjectType.VILLAGER, probationary: false },
  志愿者: { type: SubjectType.VOLUNTEER, probationary: false },
  五老: { type: SubjectType.ELDER, probationary: false },
};

export interface ImportRow {
  row: number;
  name: string;
  gender: Gender | null;
  birthDate: string;
  idNumber: string;
  phone: string | null;
  householdCode: string | null;
  isHead: boolean;
  gridCode: string | null;
  roles: { type: SubjectType; probationary: boolean }[];
  errors: string[];
}

/** Reads the header row and every data row; what is wrong with a row is collected, not thrown. */
export function readImportRows(rows: SheetRow[]): ImportRow[] {
  const [header, ...data] = rows;
  if (!header || header.row !== 1)
    throw new SheetFormatError('第 1 行应为表头（姓名、性别、出生日期、身份证号…）');
  const index = new Map<Column, number>();
  for (const [column, label] of Object.entries(IMPORT_COLUMNS) as [Column, string][]) {
    const at = header.cells.findIndex((cell) => cell.trim() === label);
    if (at >= 0) index.set(column, at);
  }
  const missing = REQUIRED.filter((c) => !index.has(c)).map((c) => IMPORT_COLUMNS[c]);
  if (missing.length) throw new SheetFormatError(`表头缺少列：${missing.join('、')}`);
  if (!data.length) throw new SheetFormatError('文件中没有数据行');
  return data.map((sheetRow) =>
    readRow(sheetRow, (column) => {
      const at = index.get(column);
      return at === undefined ? '' : (sheetRow.cells[at] ?? '').trim();
    }),
  );
}

function readRow(sheetRow: SheetRow, cell: (column: Column) => string): ImportRow {
  const errors: string[] = [];
  const fail = (column: Column, reason: string) => errors.push(`${IMPORT_COLUMNS[column]}：${reason}`);

  const name = cell('name');
  if (!name) fail('name', '不能为空');
  else if (name.length > 64) fail('name', '不能超过 64 个字');

  const genderText = cell('gender');
  const gender = genderText === '男' ? Gender.MALE : genderText === '女' ? Gender.FEMALE : null;
  if (!gender) fail('gender', '应填“男”或“女”');

  const birthDate = cell('birthDate').replace(/\//g, '-');
  if (!isCalendarDate(birthDate)) fail('birthDate', '应为 YYYY-MM-DD 格式的真实日期');

  const idNumber = cell('idNumber').toUpperCase();
  if (!idNumber) fail('idNumber', '不能为空');

  const phone = cell('phone') || null;
  if (phone && !/^[0-9+-]{5,20}$/.test(phone)) fail('phone', '电话号码格式不正确');

  const householdCode = cell('householdCode') || null;
  if (householdCode && !/^[0-9A-Za-z-]{1,32}$/.test(householdCode)) {
    fail('householdCode', '只能包含字母、数字或连字符，长度 1–32');
  }

  const headText = cell('isHead');
  if (headText && headText !== '是' && headText !== '否') fail('isHead', '应填“是”或“否”');
  const isHead = headText === '是';
  if (isHead && !householdCode) fail('isHead', '户主必须填写户号');

  const roles = readRoles(cell('roles'), (reason) => fail('roles', reason));
  return {
    row: sheetRow.row,
    name,
    gender,
    birthDate,
    idNumber,
    phone,
    householdCode,
    isHead,
    gridCode: cell('gridCode') || null,
    roles,
    errors,
  };
}

/** Every imported resident is a villager (村民); the column adds the other subject roles. */
function readRoles(text: string, fail: (reason: string) => void): ImportRow['roles'] {
  const words = text
    .split(/[,，、]/)
    .map((w) => w.trim())
    .filter(Boolean);
  const roles = new Map<SubjectType, boolean>([[SubjectType.VILLAGER, false]]);
  for (const word of words) {
    const role = ROLE_WORDS[word];
    if (!role) {
      fail(`无法识别“${word}”（可填：${Object.keys(ROLE_WORDS).join('、')}）`);
      continue;
    }
    if (
      role.type === SubjectType.PARTY_MEMBER &&
      roles.has(SubjectType.PARTY_MEMBER) &&
      roles.get(role.type) !== role.probationary
    ) {
      fail('“党员”和“预备党员”只能填一个');
    }
    roles.set(role.type, role.probationary);
  }
  return [...roles].map(([type, probationary]) => ({ type, probationary }));
}
