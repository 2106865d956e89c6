import { SUBJECT_TYPE_LABELS, SubjectType, todayInChina } from '@village/platform-common';
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
  grid: '网格',
  roles: '身份',
} as const;

/**
 * Optional start date of each role named in 身份 (入党日期 for 党员 and 预备党员, “村民代表起始日期” and the
 * like for the others); without one a role starts on the day of the import.
 */
export const ROLE_START_COLUMNS: Record<SubjectType, string> = {
  [SubjectType.PARTY_MEMBER]: '入党日期',
  [SubjectType.REPRESENTATIVE]: `${SUBJECT_TYPE_LABELS[SubjectType.REPRESENTATIVE]}起始日期`,
  [SubjectType.VILLAGER]: `${SUBJECT_TYPE_LABELS[SubjectType.VILLAGER]}起始日期`,
  [SubjectType.VOLUNTEER]: `${SUBJECT_TYPE_LABELS[SubjectType.VOLUNTEER]}起始日期`,
  [SubjectType.ELDER]: `${SUBJECT_TYPE_LABELS[SubjectType.ELDER]}起始日期`,
  [SubjectType.BRANCH_SECRETARY]: '任党支部书记日期',
  [SubjectType.VILLAGE_DIRECTOR]: '任村委会主任日期',
  [SubjectType.COMMITTEE_MEMBER]: '任两委委员日期',
  [SubjectType.INFO_COLLECTOR]: '任信息员日期',
};

type Column = keyof typeof IMPORT_COLUMNS;
const REQUIRED: Column[] = ['name', 'gender', 'birthDate', 'idNumber'];

const ROLE_WORDS: Record<string, { type: SubjectType; probationary: boolean }> = {
  党员: { type: SubjectType.PARTY_MEMBER, probationary: false },
  预备党员: { type: SubjectType.PARTY_MEMBER, probationary: true },
  村民代表: { type: SubjectType.REPRESENTATIVE, probationary: false },
  村民: { type: SubjectType.VILLAGER, probationary: false },
  志愿者: { type: SubjectType.VOLUNTEER, probationary: false },
  五老: { type: SubjectType.ELDER, probationary: false },
  党支部书记: { type: SubjectType.BRANCH_SECRETARY, probationary: false },
  村委会主任: { type: SubjectType.VILLAGE_DIRECTOR, probationary: false },
  两委委员: { type: SubjectType.COMMITTEE_MEMBER, probationary: false },
  信息员: { type: SubjectType.INFO_COLLECTOR, probationary: false },
};

const DATE_FORMS = '如 1966-05-07、1966/5/7、1966年5月7日';

export interface ImportRole {
  type: SubjectType;
  probationary: boolean;
  /** YYYY-MM-DD from the role's start-date column; null: the day of the import. */
  startDate: string | null;
}

export interface ImportRow {
  row: number;
  name: string;
  gender: Gender | null;
  /** YYYY-MM-DD when the cell held a date in any accepted form, else the cell as given. */
  birthDate: string;
  idNumber: string;
  phone: string | null;
  householdCode: string | null;
  isHead: boolean;
  /** The grid's code or name as given; resolved against the village's grids by the service. */
  grid: string | null;
  roles: ImportRole[];
  errors: string[];
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Excel serial numbers of 1900-03-01 and 2100-12-31: below 61 Excel counts a 1900-02-29 that never was. */
const SERIAL_MIN = 61;
const SERIAL_MAX = 73415;

/**
 * A date as people and Excel write it: 1966-05-07, 1966-5-7, 1966/5/7, 1966.5.7, 1966年5月7日, 19660507 (a
 * time of day after it, as Excel's CSV export adds, is ignored), or an Excel serial day number (24234 is
 * 1966-05-07: what a date cell holds when its format is lost; 1900–2100 alone is read as a year and
 * refused). YYYY-MM-DD when it is a real day, else null.
 */
export function parseSheetDate(text: string): string | null {
  const value = text.trim();
  const serial = /^\d{2,5}(\.\d+)?$/.test(value) ? Math.floor(Number(value)) : NaN;
  // 1900–2100 alone is a year someone typed, not a day of 1905.
  const looksLikeYear = /^\d{4}$/.test(value) && serial >= 1900 && serial <= 2100;
  if (serial >= SERIAL_MIN && serial <= SERIAL_MAX && !looksLikeYear) {
    return new Date(EXCEL_EPOCH + serial * 86_400_000).toISOString().slice(0, 10);
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (compact) {
    const date = `${compact[1]}-${compact[2]}-${compact[3]}`;
    return isCalendarDate(date) ? date : null;
  }
  const match =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(value);
  if (!match) return null;
  const date = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  return isCalendarDate(date) ? date : null;
}

/**
 * Reads an import sheet row by row: the first row given is the header, every later one a data row whose
 * problems are collected, not thrown. Nothing but the read rows is kept, so a sheet can be fed to it
 * while it is being parsed.
 */
export class ImportRowReader {
  private index: Map<Column, number> | null = null;
  private roleStarts = new Map<SubjectType, number>();
  private readonly today = todayInChina();
  readonly rows: ImportRow[] = [];

  add(sheetRow: SheetRow): void {
    if (!this.index) {
      this.readHeader(sheetRow);
      return;
    }
    const { index } = this;
    const cell = (at: number | undefined) => (at === undefined ? '' : (sheetRow.cells[at] ?? '').trim());
    this.rows.push(
      readRow(
        sheetRow,
        (column) => cell(index.get(column)),
        (type) => cell(this.roleStarts.get(type)),
        this.today,
      ),
    );
  }

  /** The data rows; refuses a sheet without a header or without data. */
  finish(): ImportRow[] {
    if (!this.index) throw new SheetFormatError('第 1 行应为表头（姓名、性别、出生日期、身份证号…）');
    if (!this.rows.length) throw new SheetFormatError('文件中没有数据行');
    return this.rows;
  }

  private readHeader(header: SheetRow): void {
    if (header.row !== 1) throw new SheetFormatError('第 1 行应为表头（姓名、性别、出生日期、身份证号…）');
    const labels = header.cells.map((cell) => cell.trim());
    const index = new Map<Column, number>();
    for (const [column, label] of Object.entries(IMPORT_COLUMNS) as [Column, string][]) {
      const at = labels.indexOf(label);
      if (at >= 0) index.set(column, at);
    }
    const missing = REQUIRED.filter((c) => !index.has(c)).map((c) => IMPORT_COLUMNS[c]);
    if (missing.length) throw new SheetFormatError(`表头缺少列：${missing.join('、')}`);
    for (const [type, label] of Object.entries(ROLE_START_COLUMNS) as [SubjectType, string][]) {
      const at = labels.indexOf(label);
      if (at >= 0) this.roleStarts.set(type, at);
    }
    this.index = index;
  }
}

/** Reads the header row and every data row; what is wrong with a row is collected, not thrown. */
export function readImportRows(rows: Iterable<SheetRow>): ImportRow[] {
  const reader = new ImportRowReader();
  for (const row of rows) reader.add(row);
  return reader.finish();
}

function readRow(
  sheetRow: SheetRow,
  cell: (column: Column) => string,
  roleStart: (type: SubjectType) => string,
  today: string,
): ImportRow {
  const errors: string[] = [];
  const fail = (column: Column, reason: string) => errors.push(`${IMPORT_COLUMNS[column]}：${reason}`);

  const name = cell('name');
  if (!name) fail('name', '不能为空');
  else if (name.length > 64) fail('name', '不能超过 64 个字');

  const genderText = cell('gender');
  const gender = genderText === '男' ? Gender.MALE : genderText === '女' ? Gender.FEMALE : null;
  if (!gender) fail('gender', '应填“男”或“女”');

  const birthText = cell('birthDate');
  const birthDate = parseSheetDate(birthText);
  if (!birthDate) fail('birthDate', `应为真实日期（${DATE_FORMS}）`);

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
  for (const [type, label] of Object.entries(ROLE_START_COLUMNS) as [SubjectType, string][]) {
    const text = roleStart(type);
    if (!text) continue;
    const role = roles.find((r) => r.type === type);
    const date = parseSheetDate(text);
    if (!role) errors.push(`${label}：身份中没有“${SUBJECT_TYPE_LABELS[type]}”，不应填写`);
    else if (!date) errors.push(`${label}：应为真实日期（${DATE_FORMS}）`);
    else if (birthDate && date < birthDate) errors.push(`${label}：不能早于出生日期`);
    else if (date > today) errors.push(`${label}：不能晚于今天`);
    else role.startDate = date;
  }
  return {
    row: sheetRow.row,
    name,
    gender,
    birthDate: birthDate ?? birthText,
    idNumber,
    phone,
    householdCode,
    isHead,
    grid: cell('grid') || null,
    roles,
    errors,
  };
}

/** Every imported resident is a villager (村民); the column adds the other subject roles. */
function readRoles(text: string, fail: (reason: string) => void): ImportRole[] {
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
  return [...roles].map(([type, probationary]) => ({ type, probationary, startDate: null }));
}
